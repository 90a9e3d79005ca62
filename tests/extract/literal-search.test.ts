import {describe, expect, it} from 'vitest'
import {escapeRegExp, literalSearch} from '../../src/extract/literal-search.js'

/** Every match from the start, continuing after each one, as `[start, end, text]`. */
function all(phrases: string[], text: string): [number, number, string][] {
  const search = literalSearch(phrases)
  const found: [number, number, string][] = []
  for (let match = search.next(text, 0); match; match = search.next(text, match.end)) found.push([match.start, match.end, text.slice(match.start, match.end)])
  return found
}

/** The same, with one alternation of the phrases sorted longest first: the behaviour to keep. */
function byAlternation(phrases: string[], text: string): [number, number, string][] {
  const sorted = [...phrases].filter(Boolean).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'giu')
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length, m[0]])
}

describe('literalSearch', () => {
  it('finds the longest phrase at each position, case-insensitively', () => {
    expect(all(['SIM', 'SIM卡', 'sim card', 'NTT DOCOMO', 'docomo'], 'ntt docomo的SIM卡和Sim Card，docomo')).toEqual([
      [0, 10, 'ntt docomo'],
      [11, 15, 'SIM卡'],
      [16, 24, 'Sim Card'],
      [25, 31, 'docomo']
    ])
  })

  it('falls back to a shorter phrase when the longer one breaks off', () => {
    expect(all(['在留カード', '在留', 'passport', 'pass'], '在留資格とpassword')).toEqual([
      [0, 2, '在留'],
      [5, 9, 'pass']
    ])
  })

  it('takes phrases with regular-expression syntax, brackets and emoji literally', () => {
    expect(all(['c.p.', '[TG]', 'a-b', '^x$', '💪TG'], 'c.p. cxpx [TG] a-b ^x$ 💪TG')).toEqual([
      [0, 4, 'c.p.'],
      [10, 14, '[TG]'],
      [15, 18, 'a-b'],
      [19, 22, '^x$'],
      [23, 27, '💪TG']
    ])
  })

  it('escapes every regular-expression syntax character, as escapeRegExp does', () => {
    const syntax = [...'.*+?^${}()|[]\\']
    const phrases = [...syntax.map((char) => `a${char}`), ...syntax.map((char) => `${char}b`), '\\\\', 'a']
    const text = `${syntax.map((char) => `a${char} ${char}b x${char}y`).join(' ')} \\\\ aa`
    expect(all(phrases, text)).toHaveLength(2 * syntax.length + 3)
    expect(all(phrases, text)).toEqual(byAlternation(phrases, text))
  })

  it('starts at `from` and finds nothing in an empty set', () => {
    expect(literalSearch(['ab']).next('ab ab', 1)).toEqual({start: 3, end: 5})
    expect(literalSearch([]).next('anything', 0)).toBeUndefined()
    expect(literalSearch(['']).next('anything', 0)).toBeUndefined()
  })

  it('matches exactly what one alternation of the phrases matches, on mixed text', () => {
    const phrases = ['护照', '护照复印件', '在留卡', '在留カード', 'passport', 'pass', 'residence card', 'card', 'carta', "carta d'identità", 'tessera', 'ID', 'id card', '身份证', '身分證']
    const text = "请携带护照复印件、在留卡或身份证；Bring your passport or residence card (ID card). Porta la carta d'identità e la tessera sanitaria. 在留カードのpassをidcard"
    expect(all(phrases, text)).toEqual(byAlternation(phrases, text))
  })

  it('passes over the places `skip` rules out, resuming where it says', () => {
    // No phrase may start inside a word of lower-case letters: resume after the word.
    const skip = (text: string, at: number) => (at > 0 && /[a-z]/.test(text[at - 1]!) ? text.slice(at).search(/[^a-z]|$/) + at : at)
    const search = literalSearch(['card', 'ard', 'id'], {skip})
    expect(search.next('discard id-card', 0)).toEqual({start: 8, end: 10})
    expect(search.next('discard id-card', 10)).toEqual({start: 11, end: 15})
    expect(search.next('discard', 0)).toBeUndefined()
  })

  it('finds the same with phrases starting with an emoji and with a BMP character', () => {
    const phrases = ['💪TG', '💪', 'tg', 'ÅB']
    const text = '💪tg x💪 TG åb 💪TGx'
    expect(all(phrases, text)).toEqual(byAlternation(phrases, text))
  })

  it('folds case as the regular-expression engine does (Kelvin sign, long s, Greek final sigma)', () => {
    const phrases = ['kg', 'sim', 'σας', 'åb', 'i']
    const text = '\u212Ag ſim ΣΑΣ \u212Bb İ ı I'
    expect(all(phrases, text)).toEqual(byAlternation(phrases, text))
    expect(all(phrases, text).length).toBeGreaterThanOrEqual(4)
  })
})
