/** The recogniser of simple rule-file patterns, which run on JavaScript's RegExp instead of RE2. */
import {describe, expect, it} from 'vitest'
import {isSimplePattern, MAX_SIMPLE_LENGTH} from '../src/simple-pattern.js'
import {shippedPatterns} from './helpers/rule-data.js'

describe('isSimplePattern', () => {
  it('accepts every pattern of the shipped rules', () => {
    const patterns = shippedPatterns()
    expect(patterns).toContain('^0077[0-9]{3,7}$')
    expect(patterns).toContain('^1[3-9][0-9]{9}$')
    for (const pattern of patterns) expect(isSimplePattern(pattern), pattern).toBe(true)
  })

  it('accepts literals, escaped syntax characters, \\d, classes and bounded quantifiers', () => {
    for (const pattern of ['^$', '', 'abc', '^\\+81\\(0\\)\\d{2,4}$', '[^0-9]?', '[a-cx\\d]{0,3}', '0{1000}', '[😀-😂]', 'a-b', '\\$$', 'a\\$', '\\\\$', '\\d{0,9}\\d{0,9}']) {
      expect(isSimplePattern(pattern), pattern).toBe(true)
    }
  })

  it('rejects every construct outside the subset', () => {
    for (const pattern of [
      '(a+)+',
      '(a)',
      '(?:a)',
      'a|b',
      'a*',
      'a+',
      'a{2,}',
      'a{,2}',
      'a{3,2}',
      'a{1001}',
      'a{01}',
      'a??',
      'a{1,2}?',
      '.',
      '^.$',
      '\\1',
      '(a)\\1',
      '(?=a)',
      '(?!a)',
      '(?<=a)b',
      '[[:digit:]]',
      '[]a]',
      '[^]',
      '[]',
      '[z-a]',
      '[a-]',
      '[-a]',
      '[\\d-z]',
      '[a\\-b]',
      '\\w',
      '\\s',
      '\\b',
      '\\D',
      '\\x41',
      '\\u0041',
      '\\p{L}',
      '\\n',
      '\\/',
      '\\',
      'a^',
      '$a',
      '^^a',
      'a$$',
      '{',
      '}',
      ']',
      '?a',
      '^?',
      'a\n',
      '\uD800',
      '\uFFFD',
      '(?i)a'
    ]) {
      expect(isSimplePattern(pattern), pattern).toBe(false)
    }
  })

  it('bounds the backtracking work per start position and the matched length', () => {
    // Work is paths (the product of the ways each atom can repeat) times length (the sum of their maximal repetitions).
    expect(isSimplePattern('\\d{0,99}a')).toBe(true) // 100 * 100
    expect(isSimplePattern('\\d{0,99}aa')).toBe(false) // 100 * 101
    expect(isSimplePattern('\\d{0,9}\\d{0,9}')).toBe(true) // 100 * 18
    expect(isSimplePattern('\\d{0,99}\\d{0,99}')).toBe(false) // 10^4 * 198
    expect(isSimplePattern('a?'.repeat(9))).toBe(true) // 512 * 9
    expect(isSimplePattern('a?'.repeat(10))).toBe(false) // 1024 * 10
    expect(isSimplePattern('a{1000}')).toBe(true)
    expect(isSimplePattern(`a{${MAX_SIMPLE_LENGTH}}b`)).toBe(false)
    expect(isSimplePattern('[0-9]{500}'.repeat(3))).toBe(false)
  })
})
