import {describe, expect, it} from 'vitest'
import {foldUrlText, originalIndex} from '../../src/extract/link-fold.js'

/** Folds with the full algorithm: a leading zero-width space rules the shortcut out (and is dropped). */
function fullFold(text: string): {text: string; map: number[]} {
  const folded = foldUrlText(`\u200B${text}`)
  expect(folded.map).toBeDefined()
  return {text: folded.text, map: folded.map!.map((i) => i - 1)}
}

describe('foldUrlText', () => {
  it('folds look-alike URLs and maps every character back', () => {
    const text = '加我 t\u2024m\u0435/kaika99 或 ｔ．ｍｅ／ｋａｉｋａ９９'
    const folded = foldUrlText(text)
    expect(folded.text).toBe('加我 t.me/kaika99 或 t.me/kaika99')
    const at = folded.text.lastIndexOf('t.me')
    expect(text[originalIndex(folded, at)]).toBe('ｔ')
    expect(originalIndex(folded, folded.text.length)).toBe(text.length)
  })

  it('drops invisible characters and keeps the map of the rest', () => {
    const folded = foldUrlText('t.\u200Bme/x')
    expect(folded.text).toBe('t.me/x')
    expect(originalIndex(folded, 2)).toBe(3)
  })

  it('reads `：//` as a scheme separator, and leaves a full-width colon in prose alone', () => {
    expect(foldUrlText('https：//bit.ly/x').text).toBe('https://bit.ly/x')
    const prose = foldUrlText('电话：0120-800-000。')
    expect(prose).toEqual({text: '电话：0120-800-000。', map: undefined})
  })

  it('leaves Russian words and CJK punctuation between CJK text as they are', () => {
    expect(foldUrlText('по-русски').text).toBe('по-русски')
    expect(foldUrlText('第一步。第二步——完成・確認').text).toBe('第一步。第二步——完成・確認')
  })

  it('takes the shortcut only when the full fold would change nothing, for every BMP character', () => {
    const missed: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      for (const text of [`a${char}b`, `1${char}2`, `${char}//`]) {
        const folded = foldUrlText(text)
        if (folded.map !== undefined) continue
        expect(folded.text).toBe(text)
        const full = fullFold(text)
        if (full.text !== text || full.map.some((i, k) => i !== k)) missed.push(`U+${code.toString(16).toUpperCase()} in ${JSON.stringify(text)}`)
      }
    }
    expect(missed).toEqual([])
  })
})
