import {describe, expect, it} from 'vitest'
import {ApartIndex} from '../../src/checks/apart-index.js'
import {apart, type DayRange} from '../../src/checks/duration-days.js'

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 2 ** 32
  }
}

describe('ApartIndex (the corpus phase without comparing every pair)', () => {
  it('answers as comparing every pair does, with keys, odd ranges and ties', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed)
      const pick = () => [0, 0.5, 1, 2, 3, 7, 10, 14, 30, NaN][Math.floor(next() * (seed % 5 === 0 ? 10 : 9))]!
      const ranges: DayRange[] = Array.from({length: 5 + Math.floor(next() * 60)}, () => {
        const a = pick()
        const b = pick()
        return next() < 0.1 ? {low: Math.max(a, b), high: Math.min(a, b)} : {low: Math.min(a, b), high: Math.max(a, b)}
      })
      const keys = ranges.map(() => String(Math.floor(next() * 8)))
      const index = new ApartIndex(ranges, keys)
      ranges.forEach((range, i) => {
        const brute = ranges.map((_, j) => j).filter((j) => keys[j] !== keys[i] && apart(range, ranges[j]!))
        expect(index.count(i)).toBe(brute.length)
        expect(index.first(i, 3)).toEqual(brute.slice(0, 3))
      })
    }
  })
})
