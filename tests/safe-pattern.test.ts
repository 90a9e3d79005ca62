/**
 * compileSafePattern: simple patterns (src/simple-pattern.ts) on JavaScript's RegExp with RE2's
 * results, RE2 for every other pattern, and re2-wasm loaded only for those.
 */
import {RE2} from 're2-wasm'
import {describe, expect, it, vi} from 'vitest'
import {compileSafePattern} from '../src/safe-pattern.js'
import {isSimplePattern} from '../src/simple-pattern.js'
import {shippedPatterns} from './helpers/rule-data.js'

/** A small deterministic pseudo-random generator (mulberry32), so that failures can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!

/** Atoms of the simple subset, each with characters it matches (for inputs that can match). */
const ATOMS: ReadonlyArray<[string, string[]]> = [
  ['0', ['0']],
  ['7', ['7']],
  ['a', ['a']],
  ['-', ['-']],
  [' ', [' ']],
  ['é', ['é']],
  ['😀', ['😀']],
  ['\\.', ['.']],
  ['\\+', ['+']],
  ['\\(', ['(']],
  ['\\d', ['0', '5', '9']],
  ['[0-9]', ['0', '9']],
  ['[3-9]', ['3', '9']],
  ['[^0-9]', ['a', '😀', '\n', '\uD800']],
  ['[^\\d]', ['a', 'é', '\uDC00']],
  ['[a\\d]', ['a', '4']],
  ['[😀-😂]', ['😁']],
  ['[é-ë]', ['ê']],
  ['[^a-c]', ['d', '😂', '٣']]
]
const QUANTIFIERS = ['', '', '?', '{2}', '{0,2}', '{1,3}', '{0}']
const NOISE = ['0', '3', '9', 'a', 'b', '-', ' ', '.', '+', '(', 'é', 'ê', '😀', '😁', '\n', '\uD800', '\uDC00', '٣', '\uFFFD']

/** A random simple pattern, and a text built to match it (unless its noise spoils it). */
function randomCase(next: () => number): {pattern: string; text: string} {
  let pattern = next() < 0.5 ? '^' : ''
  let text = ''
  const atoms = 1 + Math.floor(next() * 5)
  for (let i = 0; i < atoms; i++) {
    const [atom, matches] = pick(next, ATOMS)
    const quantifier = pick(next, QUANTIFIERS)
    pattern += atom + quantifier
    const count = quantifier === '' ? 1 : quantifier === '?' ? Math.floor(next() * 2) : quantifier === '{2}' ? 2 : quantifier === '{0}' ? 0 : 1 + Math.floor(next() * 2)
    for (let k = 0; k < count; k++) text += pick(next, matches)
  }
  if (next() < 0.5) pattern += '$'
  if (next() < 0.3) text = pick(next, NOISE) + text
  if (next() < 0.3) text += pick(next, NOISE)
  if (next() < 0.2) text = text.slice(0, Math.floor(next() * text.length))
  return {pattern, text}
}

describe('compileSafePattern', () => {
  it('matches simple patterns exactly as RE2 does (generated patterns and texts)', () => {
    const next = random(20261122)
    let matched = 0
    let unmatched = 0
    for (let i = 0; i < 3000; i++) {
      const {pattern, text} = randomCase(next)
      expect(isSimplePattern(pattern), pattern).toBe(true)
      const expected = new RE2(pattern, 'u').test(text)
      expect(compileSafePattern(pattern).test(text), `${JSON.stringify(pattern)} on ${JSON.stringify(text)}`).toBe(expected)
      if (expected) matched++
      else unmatched++
    }
    // Both outcomes are common, so the comparison is not vacuous.
    expect(matched).toBeGreaterThan(500)
    expect(unmatched).toBeGreaterThan(500)
  })

  it('matches the shipped patterns as RE2 does on numbers around their shapes', () => {
    const texts = ['00777111', '0077711', '007771111111', '0077711111111', '00882100510', '0088210', '005311234567', '13812345678', '12812345678', '138123456789', '4001234567', '40012345678', '', '0077-7-111', '１３８１２３４５６７８']
    let matched = 0
    for (const pattern of shippedPatterns()) {
      for (const text of texts) {
        const expected = new RE2(pattern, 'u').test(text)
        expect(compileSafePattern(pattern).test(text), `${pattern} on ${text}`).toBe(expected)
        if (expected) matched++
      }
    }
    expect(matched).toBeGreaterThanOrEqual(5)
  })

  it('compiles the shipped patterns without loading RE2, and loads it for the first other pattern', async () => {
    vi.resetModules()
    const fresh = await import('../src/safe-pattern.js')
    for (const pattern of shippedPatterns()) fresh.compileSafePattern(pattern)
    expect(fresh.compileSafePattern('^0077[0-9]{3,7}$').test('00777111')).toBe(true)
    expect(fresh.compileSafePattern('^1[3-9][0-9]{9}$').test('12812345678')).toBe(false)
    expect(fresh.re2Loaded()).toBe(false)
    // Text with a lone surrogate goes to RE2, which reads it with the next code unit as one code
    // point: two code points for JavaScript, one for RE2.
    expect(/^[^0-9]{2}$/u.test('\uD800a')).toBe(true)
    expect(fresh.compileSafePattern('^[^0-9]{2}$').test('\uD800a')).toBe(false)
    expect(fresh.re2Loaded()).toBe(true)
  })

  it('keeps RE2 for flags other than u, even for a simple pattern', async () => {
    vi.resetModules()
    const fresh = await import('../src/safe-pattern.js')
    expect(fresh.compileSafePattern('^k$', 'u').test('k')).toBe(true)
    expect(fresh.re2Loaded()).toBe(false)
    expect(fresh.compileSafePattern('^k$', 'i').test('K')).toBe(true)
    expect(fresh.re2Loaded()).toBe(true)
  })

  it('keeps RE2 for other patterns: a hostile one cannot hang, unsupported ones are rejected with its reason', () => {
    expect(isSimplePattern('(a+)+$')).toBe(false)
    // With backtracking this would take about 2^5000 steps.
    expect(compileSafePattern('(a+)+$').test(`${'a'.repeat(5000)}!`)).toBe(false)
    expect(compileSafePattern('(a+)+$').test('aaa')).toBe(true)
    expect(compileSafePattern('^0077\\d+$').test('0077123')).toBe(true)
    expect(() => compileSafePattern('(a)\\1')).toThrow(/invalid escape/)
    expect(() => compileSafePattern('(?=a)')).toThrow(/invalid perl operator|missing argument/)
    expect(() => compileSafePattern('[z-a]')).toThrow(/invalid character class range/)
    expect(() => compileSafePattern('a{1001}')).toThrow(/invalid repetition size/)
  })
})
