import {describe, expect, it} from 'vitest'
import {fold, unfoldedPattern} from '../../src/extract/contact-pattern.js'
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

  it('finds labels written full-width, with an ideographic space or in any case, where folding makes them labels', () => {
    expect(contacts('加盟请＋Ｖ：shop_2024，或Whats\u3000App：＋８１９０１２３４５６７８。\n').map((c) => [c[0], c[1], c[2]])).toEqual([
      ['wechat', 'shop_2024', '＋Ｖ：shop_2024'],
      ['whatsapp', '819012345678', 'Whats\u3000App：＋８１９０１２３４５６７８']
    ])
    expect(contacts('ｗｅＣｈａｔ：shop_2024\n').map((c) => c[1])).toEqual(['shop_2024'])
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
    const md = '**TG**：@esim1088，格式示例 `TG @esim_jp`\n'
    const found = extractContacts(inputFor(md))
    expect(found.map((c) => [c.handle, c.inCode, c.text])).toEqual([
      ['esim1088', false, 'TG**：@esim1088'],
      ['esim_jp', true, 'TG @esim_jp']
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

describe('extractContacts: disguises', () => {
  it('reads handles framed by brackets, dashes and full-width signs, with words between label and handle', () => {
    expect(contacts('『TG客服：fastsim_bot』\n')).toEqual([['telegram', 'fastsim_bot', 'TG客服：fastsim_bot', '1:2-1:18']])
    expect(contacts('〔——电报搜索@kaika99——〕\n')).toEqual([['telegram', 'kaika99', '电报搜索@kaika99', '1:4-1:16']])
    expect(contacts('售后TG：＠simshop88\n')).toEqual([['telegram', 'simshop88', 'TG：＠simshop88', '1:3-1:16']])
    expect(contacts('LINE公式アカウント＠mineo_daikou まで\n').map((c) => c[2])).toEqual(['LINE公式アカウント＠mineo_daikou'])
  })

  it('reads messenger nicknames, with and without an at-sign', () => {
    const md = '飞机：@jpcard_vip；纸飞机 kaika2024；✈️ @sim_daiban；電報：@tw_sim88；小飞机 tg_vip2025；テレグラム：@jpsim_shop\n'
    expect(contacts(md).map((c) => [c[0], c[1]])).toEqual([
      ['telegram', 'jpcard_vip'],
      ['telegram', 'kaika2024'],
      ['telegram', 'sim_daiban'],
      ['telegram', 'tw_sim88'],
      ['telegram', 'tg_vip2025'],
      ['telegram', 'jpsim_shop']
    ])
  })

  it('reads several messengers named at once as one contact', () => {
    expect(contacts('Line/WhatsApp: @cardvip\n')).toEqual([['line', 'cardvip', 'Line/WhatsApp: @cardvip', '1:1-1:24']])
    expect(contacts('微信/QQ同号：12345678\n').map((c) => [c[0], c[2]])).toEqual([['wechat', '微信/QQ同号：12345678']])
    expect(contacts('Telegram/WhatsApp: @simagentjp\n').map((c) => c[1])).toEqual(['simagentjp'])
  })

  it('reads WeChat, QQ, LINE and WhatsApp ids in their usual spellings', () => {
    const md = '微信号：esimshop；VX：jpsim_168；薇信 shop2024；加V：esim2024；+V：vx_2024；扣扣：12345678；企鹅号：87654321；賴ID：twsim88；LINE ID：tw_sim_88\n'
    expect(contacts(md).map((c) => [c[0], c[1]])).toEqual([
      ['wechat', 'esimshop'],
      ['wechat', 'jpsim_168'],
      ['wechat', 'shop2024'],
      ['wechat', 'esim2024'],
      ['wechat', 'vx_2024'],
      ['qq', '12345678'],
      ['qq', '87654321'],
      ['line', 'twsim88'],
      ['line', 'tw_sim_88']
    ])
  })

  it('reads the spellings found in blind articles', () => {
    const md = '加QQ交流群 718293645；line：@jpsim_help；ＬＩＮＥ：ｊｐｓｉｍ＿ｖｉｐ；Whatsapp+39 333 111 2222\n'
    expect(contacts(md).map((c) => [c[0], c[1]])).toEqual([
      ['qq', '718293645'],
      ['line', 'jpsim_help'],
      ['line', 'jpsim_vip'],
      ['whatsapp', '393331112222']
    ])
  })

  it('takes a WhatsApp phone number as its handle', () => {
    expect(contacts('WhatsApp：+39 351 234 5678（秒回）\n')).toEqual([['whatsapp', '393512345678', 'WhatsApp：+39 351 234 5678', '1:1-1:26']])
    expect(contacts('WhatsApp us: +44 7700 900123\n').map((c) => c[1])).toEqual(['447700900123'])
  })

  it('reads handles written with zero-width characters and look-alike letters', () => {
    expect(contacts('飞机：@kai\u200bka88\n').map((c) => c[1])).toEqual(['kaika88'])
    expect(contacts('TG @k\u0430ika99\n').map((c) => c[1])).toEqual(['kaika99'])
    expect(contacts('ＴＧ：＠ｊｐｓｉｍ８８\n').map((c) => c[1])).toEqual(['jpsim88'])
  })

  it('flags a handle in inline code, and tells a label outside the code by the backtick in its text', () => {
    const found = extractContacts(inputFor('加飞机 `@kaika99` 秒回，或 `TG: esim_vip88`\n'))
    expect(found.map((c) => [c.handle, c.inCode, c.text])).toEqual([
      ['kaika99', true, '飞机 `@kaika99'],
      ['esim_vip88', true, 'TG: esim_vip88']
    ])
  })

  it('finds no contact in redactions, placeholders, flight numbers, hotlines and dates', () => {
    const md = [
      '飞机@**** 秒回；TG @kai****；TG @username；`TG @your_id`',
      '坐飞机 CA925 去东京，✈ NH0123 也行。',
      'Customer Service Line: 0120-800-000',
      '微信支付：2024-01-01；QQ 2024年；微信是一款聊天软件。',
      '依賴：很多人；LINE 2 of the bill.'
    ].join('\n\n')
    expect(contacts(`${md}\n`)).toEqual([])
  })
})

describe('unfoldedPattern', () => {
  it('matches exactly the characters that fold and lower-case to each character of a label, for every BMP character', () => {
    const lower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase())
    for (const char of ['t', 'q', '+', ' ', '@', '.', '微', '✈', '~']) {
      const pattern = new RegExp(`^(?:${unfoldedPattern(char)})$`)
      for (let code = 0; code < 0x10000; code++) {
        const text = String.fromCharCode(code)
        if (pattern.test(text) !== (lower(fold(text)) === char)) throw new Error(`${char}: U+${code.toString(16)}`)
      }
    }
    expect(new RegExp(unfoldedPattern('whats app')).test('ＷＨＡＴＳ\u3000ａｐｐ')).toBe(true)
  })
})
