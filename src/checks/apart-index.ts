/**
 * Which day ranges of a group are apart from one of them, without comparing every pair: the
 * count comes from sorted bounds (a range apart from `r` starts after it ends or ends before it
 * starts), and the first few in group order from a scan that stops once they are found. Ranges of
 * the same key (one sentence) are never counted against each other. The answers are those of
 * comparing every pair with {@link apart}.
 */
import {apart, type DayRange} from './duration-days.js'

/** A group of day ranges, indexed for "which others are apart from this one". */
export class ApartIndex {
  private readonly ranges: readonly DayRange[]
  /** Sorted lows and highs of the ordered ranges (low <= high). */
  private readonly lows: number[]
  private readonly highs: number[]
  /** Indexes of ranges that are not ordered (low > high, or not numbers): compared one by one. */
  private readonly odd: number[]
  private readonly keys: readonly string[]
  /** Indexes of the ranges of each key. */
  private readonly byKey = new Map<string, number[]>()

  /** Indexes `ranges` (in group order), each with the key of where it is stated. */
  constructor(ranges: readonly DayRange[], keys: readonly string[]) {
    this.ranges = ranges
    this.keys = keys
    keys.forEach((key, i) => {
      const list = this.byKey.get(key)
      if (list) list.push(i)
      else this.byKey.set(key, [i])
    })
    this.odd = []
    const sorted: DayRange[] = []
    ranges.forEach((range, i) => (ordered(range) ? sorted.push(range) : this.odd.push(i)))
    this.lows = sorted.map((range) => range.low).sort((a, b) => a - b)
    this.highs = sorted.map((range) => range.high).sort((a, b) => a - b)
  }

  /** How many ranges of the group, of other keys, are apart from range `i`. */
  count(i: number): number {
    const range = this.ranges[i]!
    const key = this.keys[i]
    if (!ordered(range)) return this.ranges.filter((other, j) => this.keys[j] !== key && apart(range, other)).length
    // Ordered ranges apart from an ordered one either start after it or end before it, not both.
    const startAfter = this.lows.length - firstAbove(this.lows, range.high)
    const endBefore = firstAtLeast(this.highs, range.low)
    let sameKey = 0
    for (const j of this.byKey.get(key!)!) if (j !== i && ordered(this.ranges[j]!) && apart(range, this.ranges[j]!)) sameKey++
    let odd = 0
    for (const j of this.odd) if (this.keys[j] !== key && apart(range, this.ranges[j]!)) odd++
    return startAfter + endBefore - sameKey + odd
  }

  /** The indexes of the first `limit` ranges of other keys apart from range `i`, in group order. */
  first(i: number, limit: number): number[] {
    const range = this.ranges[i]!
    const wanted = Math.min(limit, this.count(i))
    const found: number[] = []
    for (let j = 0; j < this.ranges.length && found.length < wanted; j++) {
      if (this.keys[j] !== this.keys[i] && apart(range, this.ranges[j]!)) found.push(j)
    }
    return found
  }
}

/** Whether a range's bounds are numbers in order (others are compared one by one). */
function ordered(range: DayRange): boolean {
  return range.low <= range.high
}

/** The index of the first value greater than `value` in sorted `values`. */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (values[mid]! > value) high = mid
    else low = mid + 1
  }
  return low
}

/** The index of the first value not less than `value` in sorted `values` (the count of values below it). */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (values[mid]! < value) low = mid + 1
    else high = mid
  }
  return low
}
