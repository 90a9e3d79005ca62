/**
 * Attribution of phone numbers to carriers in tables, flattened tables, lists and runs: several
 * carriers' different numbers are each given to their own carrier; one number stated for several
 * carriers at once names them all.
 */
import {describe, expect, it} from 'vitest'
import {extractPhones} from '../../src/extract/phones.js'
import {inputFor} from '../helpers/articles.js'

function attributed(markdown: string, country = 'JP') {
  return extractPhones(inputFor(markdown, country)).map((p) => [p.text, p.carrier, ...(p.carriers ? [p.carriers] : [])])
}

describe('extractPhones: tables', () => {
  it('attributes rows by the carrier they name', () => {
    const md = '| 运营商 | 手机拨打 | 座机拨打 |\n| --- | --- | --- |\n| docomo | 151 | 0120-800-000 |\n| au | 157 | 0077-7-111 |\n'
    expect(attributed(md)).toEqual([
      ['151', 'jp.docomo'],
      ['0120-800-000', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0077-7-111', 'jp.au']
    ])
  })

  it('attributes columns by the carrier of their header', () => {
    const md = '| 窓口 | ドコモ | au |\n| --- | --- | --- |\n| 携帯電話から | 151 | 157 |\n| 一般電話から | 0120-800-000 | 0077-7-111 |\n'
    expect(attributed(md)).toEqual([
      ['151', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0120-800-000', 'jp.docomo'],
      ['0077-7-111', 'jp.au']
    ])
  })

  it('prefers the carrier of the row label when a note names another', () => {
    const md = '| 品牌 | 电话 | 备注 |\n| --- | --- | --- |\n| UQ mobile | 0120-929-818 | 与au不同 |\n'
    expect(attributed(md)).toEqual([['0120-929-818', 'jp.uqmobile']])
  })
})

describe('extractPhones: flattened tables and runs', () => {
  it('reads a table written as lines', () => {
    const md = 'docomo | 151 | 0120-800-000\nau | 157 | 0077-7-111\nSoftBank | 0800-919-0157\n'
    expect(attributed(md)).toEqual([
      ['151', 'jp.docomo'],
      ['0120-800-000', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0077-7-111', 'jp.au'],
      ['0800-919-0157', 'jp.softbank']
    ])
  })

  it('reads several carriers on one line, each before its number', () => {
    expect(attributed('docomo：151　au：157　SoftBank：0800-919-0157\n')).toEqual([
      ['151', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0800-919-0157', 'jp.softbank']
    ])
  })

  it('reads a slash-separated run with the carrier named per part', () => {
    expect(attributed('151（docomo）/157（au）/0800-919-0157（SoftBank）\n')).toEqual([
      ['151', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0800-919-0157', 'jp.softbank']
    ])
    expect(attributed('docomo 151 / au 157 / SoftBank 0800-919-0157\n')).toEqual([
      ['151', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0800-919-0157', 'jp.softbank']
    ])
  })

  it('pairs a group of carriers with as many numbers, in order', () => {
    expect(attributed('docomo、au、SoftBank的客服电话分别是151、157、0800-919-0157。\n')).toEqual([
      ['151', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0800-919-0157', 'jp.softbank']
    ])
    expect(attributed('docomo/au/SoftBank：151/157/0800-919-0157\n')).toEqual([
      ['151', 'jp.docomo'],
      ['157', 'jp.au'],
      ['0800-919-0157', 'jp.softbank']
    ])
    expect(attributed('TIM, Vodafone e WINDTRE: 119, 190 e 159.\n', 'IT')).toEqual([
      ['119', 'it.tim'],
      ['190', 'it.vodafone'],
      ['159', 'it.windtre']
    ])
  })

  it('gives one number stated for a group to every carrier of it', () => {
    expect(attributed('docomo、au、SoftBank统一客服热线：0570-000-000\n')).toEqual([['0570-000-000', 'jp.docomo', ['jp.docomo', 'jp.au', 'jp.softbank']]])
    expect(attributed('docomo and SoftBank share one support line: 0120-111-222.\n')).toEqual([['0120-111-222', 'jp.docomo', ['jp.docomo', 'jp.softbank']]])
  })

  it('gives a number followed by a group in brackets to every carrier of it', () => {
    expect(attributed('全国统一客服：0570-000-000（docomo/au/SoftBank通用）\n')).toEqual([['0570-000-000', 'jp.docomo', ['jp.docomo', 'jp.au', 'jp.softbank']]])
  })

  it('reads a table row whose label names a group', () => {
    const md = '| 运营商 | 客服 |\n| --- | --- |\n| docomo、au、SoftBank | 0570-000-000 |\n| docomo/au | 151/157 |\n'
    expect(attributed(md)).toEqual([
      ['0570-000-000', 'jp.docomo', ['jp.docomo', 'jp.au', 'jp.softbank']],
      ['151', 'jp.docomo'],
      ['157', 'jp.au']
    ])
  })

  it('leaves numbers of a group it cannot pair to the other levels', () => {
    expect(attributed('docomo和au：151、0120-800-000、157\n')).toEqual([
      ['151', undefined],
      ['0120-800-000', undefined],
      ['157', undefined]
    ])
  })

  it('reads a carrier name with an exclamation mark in it (Y!mobile)', () => {
    expect(attributed('如果你用的是Y!mobile，网上商店的电话是0800-919-4534。\n')).toEqual([['0800-919-4534', 'jp.ymobile']])
  })

  it('does not give a number to the carrier of the next item', () => {
    expect(attributed('SoftBank：0800-919-0157　docomo：0120-800-000\n').map((p) => p[1])).toEqual(['jp.softbank', 'jp.docomo'])
  })
})
