/**
 * Positions of the items of a group by key, for corpus rules that must not compare every pair of
 * a big group (a number shared by a thousand articles).
 */
import {addToGroup} from '../group.js'

/** The positions (ascending) of the items of each key, keys in order of first appearance. */
export function positions<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number[]> {
  const found = new Map<K, number[]>()
  items.forEach((item, i) => {
    addToGroup(found, key(item), i)
  })
  return found
}

/** The first `limit` positions, ascending, of the union of ascending `lists`, leaving out `skip`. */
export function firstOf(lists: readonly (readonly number[])[], skip: ReadonlySet<number>, limit: number): number[] {
  const found: number[] = []
  for (const list of lists) {
    let taken = 0
    for (const at of list) {
      if (taken >= limit) break
      if (skip.has(at)) continue
      found.push(at)
      taken++
    }
  }
  return found.sort((a, b) => a - b).slice(0, limit)
}
