import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractPhones} from '../../src/extract/phones.js'
import {inputFor, positionOf, where} from '../helpers/articles.js'

function phones(markdown: string, country?: string) {
  return extractPhones(inputFor(markdown, country)).map((p) => ({
    text: p.text,
    at: where(markdown, p.span),
    carrier: p.carrier,
    valid: p.valid,
    short: p.shortCode
  }))
}

describe('extractPhones', () => {
  it('finds the seed hotlines, one per carrier, invalid in Japan', () => {
    const source = readFileSync('tests/fixtures/seeds/000_7bd22eae7f869b67.md', 'utf8')
    const found = extractPhones(inputFor(source, 'JP'))
    expect(found.map((p) => [positionOf(source, p.span.start).line, p.carrier, p.text, p.valid, p.attribution])).toEqual([
      [61, 'jp.docomo', '00530-111-111', false, 'sentence'],
      [62, 'jp.softbank', '00530-111-111', false, 'sentence'],
      [63, 'jp.au', '00530-111-111', false, 'sentence']
    ])
  })

  it('reads full-width digits and dashes, spaces, dots and international forms', () => {
    expect(phones('docomo的客服：０１２０－８００－０００（免费）\n', 'JP')).toEqual([
      {text: '０１２０－８００－０００', at: '1:11-1:23', carrier: 'jp.docomo', valid: true, short: false}
    ])
    expect(phones('au: +81-3-6670-6944 or 0120 959 472.\n', 'JP').map((p) => [p.text, p.valid, p.at])).toEqual([
      ['+81-3-6670-6944', true, '1:5-1:20'],
      ['0120 959 472', true, '1:24-1:36']
    ])
    expect(phones('WINDTRE: 800.900.134\n', 'IT').map((p) => [p.text, p.carrier, p.valid])).toEqual([['800.900.134', 'it.windtre', true]])
  })

  it('takes short codes from the rule data only, and never emergency numbers', () => {
    expect(phones('用docomo手机拨打151，从座机拨打0120-800-000。\n', 'JP').map((p) => [p.text, p.short, p.carrier])).toEqual([
      ['151', true, 'jp.docomo'],
      ['0120-800-000', false, 'jp.docomo']
    ])
    expect(phones('火警请拨119，报警请拨110。\n', 'JP')).toEqual([])
    expect(phones('Chiama il 119 (TIM) o il 190 (Vodafone).\n', 'IT').map((p) => [p.text, p.carrier])).toEqual([
      ['119', 'it.tim'],
      ['190', 'it.vodafone']
    ])
  })

  it('keeps prices, dates, durations, counts, PO boxes and code out', () => {
    const md = [
      '2025-05-13更新：月费¥3,980，1-3个工作日，7-10个工作日，共123456人。',
      '',
      'Casella Postale 190, 10015 Ivrea (TO).',
      '',
      '示例：`0120-000-000`',
      '',
      '```',
      '0120-123-456',
      '```',
      ''
    ].join('\n')
    expect(phones(md, 'IT')).toEqual([])
    expect(phones(md, 'JP')).toEqual([])
  })

  it('splits slash-separated runs and attributes table rows', () => {
    const md = '| 运营商 | 电话 |\n| --- | --- |\n| docomo | 151/0120-800-000 |\n| au | 157 |\n'
    expect(phones(md, 'JP').map((p) => [p.text, p.carrier, p.at])).toEqual([
      ['151', 'jp.docomo', '3:12-3:15'],
      ['0120-800-000', 'jp.docomo', '3:16-3:28'],
      ['157', 'jp.au', '4:8-4:11']
    ])
  })

  it("falls back to the one carrier the article's frontmatter names", () => {
    const md = '| 窓口 | 電話番号 |\n| --- | --- |\n| 一般電話から | 0077-7-111 |\n'
    const input = {...inputFor(md, 'JP'), articleCarriers: ['jp.au']}
    expect(extractPhones(input).map((p) => [p.text, p.carrier, p.attribution])).toEqual([['0077-7-111', 'jp.au', 'article']])
    const two = {...inputFor(md, 'JP'), articleCarriers: ['jp.au', 'jp.docomo']}
    expect(extractPhones(two).map((p) => [p.text, p.carrier, p.attribution])).toEqual([['0077-7-111', undefined, 'none']])
  })

  it('attributes a list under a lead-in line to the carrier it names', () => {
    const md = 'SoftBank的客服热线：\n\n- 从手机拨打：157\n- 从座机拨打：0800-919-0157\n'
    expect(phones(md, 'JP').map((p) => [p.text, p.carrier, p.valid])).toEqual([
      ['157', 'jp.softbank', true],
      ['0800-919-0157', 'jp.softbank', true]
    ])
  })
})
