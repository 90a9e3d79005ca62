/**
 * A small seeded pseudo-random generator (mulberry32), so the generated corpus is the same on
 * every machine and every run.
 */

/** A seeded source of random choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** One element of `items`. */
  pick<T>(items: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** `count` distinct elements of `items` (fewer when it has fewer). */
  some<T>(items: readonly T[], count: number): T[]
}

/** A generator seeded with `seed` (any 32-bit integer). */
export function random(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    some: (items, count) => {
      const pool = [...items]
      const chosen = []
      while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
      return chosen
    }
  }
}

/** A 32-bit seed mixed from a base seed and an index (so article i is the same at any corpus size). */
export function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
