import {describe, expect, it} from 'vitest'
import {extractContacts} from '../../src/extract/contacts.js'
import {inputFor, where} from '../helpers/articles.js'

function contacts(markdown: string) {
  return extractContacts(inputFor(markdown)).map((c) => [c.platform, c.handle, c.text, where(markdown, c.span)])
}

describe('extractContacts', () => {
  it('spans exactly from label to handle, across emoji and +', () => {
    const md = '希望本文能帮到你！\n\n[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08.png)]\n'
    const [found, ...rest] = extractContacts(inputFor(md))
    expect(rest).toEqual([])
    expect(found).toMatchObject({platform: 'telegram', handle: 'jx0703', text: 'TG💪+ @jx0703', inLinkText: false, inCode: false})
    expect(where(md, found!.span)).toBe('3:2-3:15')
    expect(found!.context).toEqual({block: 1, blockType: 'paragraph', sentence: 0})
  })

  it('flags handles in link text', () => {
    const md = '欢迎加入我们的讨论群组[[TG💪+ @esim1088](https://t.me/s/esim1088)]，与大家一起交流经验！\n'
    const found = extractContacts(inputFor(md))
    expect(found.map((c) => [c.handle, c.inLinkText, where(md, c.span)])).toEqual([['esim1088', true, '1:14-1:29']])
  })

  it('reads full-width at-signs, colons and digits, normalised to ASCII', () => {
    expect(contacts('代办请找飞机：＠esim1088，或ＱＱ：１２３４５６７８。\n')).toEqual([
      ['telegram', 'esim1088', '飞机：＠esim1088', '1:5-1:17'],
      ['qq', '12345678', 'ＱＱ：１２３４５６７８', '1:19-1:30']
    ])
  })

  it('takes bare WeChat and QQ ids after a colon, with id words between', () => {
    const md = '微信：abc123；微信号：wxid_ab12cd；QQ群：123456789；VX: shop-2024\n'
    expect(contacts(md).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['wechat', 'abc123', '微信：abc123'],
      ['wechat', 'wxid_ab12cd', '微信号：wxid_ab12cd'],
      ['qq', '123456789', 'QQ群：123456789'],
      ['wechat', 'shop-2024', 'VX: shop-2024']
    ])
  })

  it('reads other platforms and separators in several scripts', () => {
    const md = 'Telegram: @esim_jp · ✈️ @plane99 · TG【@abc_123】 · LINE ID: shop_jp01 · ライン @docomo_fan1 · WhatsApp - @jp_sim\n'
    expect(contacts(md).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['telegram', 'esim_jp', 'Telegram: @esim_jp'],
      ['telegram', 'plane99', '✈️ @plane99'],
      ['telegram', 'abc_123', 'TG【@abc_123'],
      ['line', 'shop_jp01', 'LINE ID: shop_jp01'],
      ['line', 'docomo_fan1', 'ライン @docomo_fan1'],
      ['whatsapp', 'jp_sim', 'WhatsApp - @jp_sim']
    ])
  })

  it('matches across emphasis and flags inline code', () => {
    const md = '**TG**：@esim1088，格式示例 `TG @username`\n'
    const found = extractContacts(inputFor(md))
    expect(found.map((c) => [c.handle, c.inCode, c.text])).toEqual([
      ['esim1088', false, 'TG**：@esim1088'],
      ['username', true, 'TG @username']
    ])
    expect(where(md, found[0]!.span)).toBe('1:3-1:17')
  })

  it('is not fooled by e-mail addresses, bare mentions and ordinary words', () => {
    const md = [
      '请发邮件至 info@example.com，或在推特上 @docomo 留言。',
      'Check line 2 of the form, then go online @ 10am. La linea @tim_italia è attiva.',
      'QQ音乐和QQ都可以登录；QQ：无。Line: see below.',
      'WeChat: Settings > Me. 微信：abc@qq.com。TG: info@example.com。',
      'TG 用户名至少 5 位，WhatsApp 需要手机号。',
      ''
    ].join('\n\n')
    expect(contacts(md)).toEqual([])
  })

  it('finds handles in headings, list items and table cells', () => {
    const md = '# 售后 TG：@esim_help\n\n- 微信：esim2024\n\n| 渠道 | 账号 |\n| --- | --- |\n| QQ | QQ：87654321 |\n'
    expect(extractContacts(inputFor(md)).map((c) => [c.handle, c.context.blockType, c.context.listItem])).toEqual([
      ['esim_help', 'heading', undefined],
      ['esim2024', 'paragraph', 0],
      ['87654321', 'tableCell', undefined]
    ])
  })
})
