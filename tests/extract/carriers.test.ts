import {describe, expect, it} from 'vitest'
import {extractCarriers} from '../../src/extract/carriers.js'
import {inputFor, where} from '../helpers/articles.js'

function mentions(markdown: string) {
  const input = inputFor(markdown)
  return extractCarriers(input).map((c) => [c.carrier, c.text, where(markdown, c.span)])
}

describe('extractCarriers', () => {
  it('finds carriers by aliases in every script, with positions', () => {
    expect(mentions('常见运营商包括NTT Docomo、SoftBank（软银）和KDDI（au）。\n')).toEqual([
      ['jp.docomo', 'NTT Docomo', '1:8-1:18'],
      ['jp.softbank', 'SoftBank', '1:19-1:27'],
      ['jp.softbank', '软银', '1:28-1:30'],
      ['jp.au', 'KDDI', '1:32-1:36'],
      ['jp.au', 'au', '1:37-1:39']
    ])
    expect(mentions('ドコモと楽天モバイル、都科摩。TIM e Vodafone.\n').map((m) => m[0])).toEqual([
      'jp.docomo',
      'jp.rakuten',
      'jp.docomo',
      'it.tim',
      'it.vodafone'
    ])
  })

  it('does not match Latin aliases inside words or with the wrong case', () => {
    expect(mentions('Australia and autumn; a timetable; Time is short.\n')).toEqual([])
  })

  it('finds carriers in list items and table cells', () => {
    const md = '- NTT DOCOMO：00530-111-111\n\n| 运营商 | 电话 |\n| --- | --- |\n| 软银 | 157 |\n'
    expect(mentions(md)).toEqual([
      ['jp.docomo', 'NTT DOCOMO', '1:3-1:13'],
      ['jp.softbank', '软银', '5:3-5:5']
    ])
  })
})
