import {describe, expect, it} from 'vitest'
import {foldText, pastLatinWord, phraseMatcher} from '../../src/extract/document-lexicon.js'

/** Every match of a phrase set as `[text, value]`. */
function matches(phrases: [string, string][], text: string): [string, string][] {
  const match = phraseMatcher(phrases.map(([phrase, value]) => ({phrase, value})))
  return match(text).map((m) => [text.slice(m.start, m.end), m.value])
}

describe('phraseMatcher', () => {
  it('takes the longest phrase at each position, case-insensitively, the first value of a phrase listed twice', () => {
    const phrases: [string, string][] = [
      ['驾照', 'licence'],
      ['日本驾照', 'jp-licence'],
      ['Passport', 'passport'],
      ['passport', 'other']
    ]
    expect(matches(phrases, '日本驾照和PASSPORT，驾照')).toEqual([
      ['日本驾照', 'jp-licence'],
      ['PASSPORT', 'passport'],
      ['驾照', 'licence']
    ])
  })

  it('matches Latin phrases on word boundaries only, CJK anywhere', () => {
    const phrases: [string, string][] = [
      ['SIM卡', 'sim'],
      ['id', 'id'],
      ['card', 'card']
    ]
    expect(matches(phrases, 'eSIM卡 valid idcard id card 的SIM卡 àid')).toEqual([
      ['id', 'id'],
      ['card', 'card'],
      ['SIM卡', 'sim']
    ])
  })

  it('matches on folded text at the same indices', () => {
    const text = foldText('ＳＩＭ卡')
    expect(text).toBe('SIM卡')
    expect(matches([['sim卡', 'sim']], text)).toEqual([['SIM卡', 'sim']])
  })
})

describe('pastLatinWord', () => {
  it('keeps a position that starts a word or is not Latin, else skips to the end of the word', () => {
    expect(pastLatinWord('valid id', 0)).toBe(0)
    expect(pastLatinWord('valid id', 2)).toBe(5)
    expect(pastLatinWord('valid id', 6)).toBe(6)
    expect(pastLatinWord('eSIM卡', 1)).toBe(4)
    expect(pastLatinWord('卡SIM', 1)).toBe(1)
    expect(pastLatinWord('àid9 x', 1)).toBe(4)
  })
})
