/**
 * Phone numbers beyond the seeds: odd separators and decoration are still read; service codes,
 * menu keys, SMS numbers, emergency numbers, placeholders, prices, bank accounts, order and
 * tracking numbers, ids and example numbers in code never become phone claims.
 */
import {describe, expect, it} from 'vitest'
import {extractPhones} from '../../src/extract/phones.js'
import {inputFor, where} from '../helpers/articles.js'

function texts(markdown: string, country = 'JP'): string[] {
  return extractPhones(inputFor(`${markdown}\n`, country)).map((p) => p.text)
}

describe('extractPhones: written forms', () => {
  it.each([
    ['dots', '客服电话：0120.800.000', '0120.800.000'],
    ['slashes inside one number', '客服电话：0120/800/000', '0120/800/000'],
    ['Japanese middle dots', 'お問い合わせ：0120・800・000', '0120・800・000'],
    ['hyphens with spaces around them', 'Call 0120 - 800 - 000 from a landline.', '0120 - 800 - 000'],
    ['full-width slashes and digits', '电话：０１２０／８００／０００', '０１２０／８００／０００'],
    ['a telephone emoji', '☎️0120-800-000', '0120-800-000'],
    ['lenticular brackets', '【0120-800-000】', '0120-800-000'],
    ['corner brackets', '「0120-800-000」までお電話ください。', '0120-800-000'],
    ['bold', '客服：**0120-800-000**', '0120-800-000'],
    ['a TEL label glued to it', 'TEL0120-800-000', '0120-800-000'],
    ['a Tel. label', 'Tel.0120-800-000', '0120-800-000'],
    ['brackets around the area code', '(03) 6759-8881', '(03) 6759-8881']
  ])('%s', (_name, markdown, text) => {
    expect(texts(markdown)).toEqual([text])
  })

  it('keeps positions on the characters as written', () => {
    const md = '电话：０１２０／８００／０００\n'
    expect(extractPhones(inputFor(md, 'JP')).map((p) => [where(md, p.span), p.digits, p.valid])).toEqual([['1:4-1:16', '0120800000', true]])
  })

  it('splits a run of numbers that each stand alone, and keeps one number written with slashes whole', () => {
    expect(texts('docomo：151/0120-800-000')).toEqual(['151', '0120-800-000'])
    expect(texts('151・157・0800-919-0157')).toEqual(['151', '157', '0800-919-0157'])
    expect(texts('au：157 / 0077-7-111')).toEqual(['157', '0077-7-111'])
  })
})

describe('extractPhones: never phone numbers', () => {
  it.each([
    ['USSD service codes', '查询余额请拨*123#，隐藏号码请先拨#31#。'],
    ['Japanese consultation numbers', '救急相談は#7119、警察相談は#9110へ。'],
    ['menu keys in Chinese', '接通后请按2，然后按1，再按 3 号键。'],
    ['menu keys in English', 'When the recording starts, press 1, then press 3.'],
    ['menu keys in Japanese', 'ガイダンスが流れたら「2」を押し、次に1番を選択してください。'],
    ['menu keys in Italian', 'Dopo il messaggio premere 1 e poi digita il tasto 4.'],
    ['SMS short numbers', '发送短信“TD”至 12345，或发 SMS al 40916 con testo STOP.'],
    ['emergency numbers in Japan', '火警和急救请拨打119，报警请拨打110，海上事故请拨118。'],
    ['public service codes', '天气预报177，灾害留言171，消费者热线188。'],
    ['placeholders', '格式为+81-XX-XXXX-XXXX，免费电话形如0120-XXX-XXX或0120-○○○-○○○，手机090-1234-XXXX。'],
    ['prices', '月额¥3,980-，税込2,970円，手续费3,300日元，€ 9,99 al mese。'],
    ['bank accounts', '口座番号 1234567（普通），振込先：7654321。'],
    ['an IBAN', 'IBAN: IT60 X054 2811 1010 0000 0123 456'],
    ['an IBAN without spaces', 'IBAN IT60X0542811101000000123456'],
    ['order and tracking numbers', '订单号：2024112200123，快递单号 SF1234567890，注文番号は123-4567-890です。'],
    ['order numbers in English and Italian', 'Order number 1234567890. Numero ordine: 0012345678.'],
    ['MNP reservation numbers and customer numbers', 'MNP予約番号：1234567890、お客様番号 0987654321'],
    ['device and SIM ids', 'IMEI：356938035643809，ICCID 8981100022152967705'],
    ['postcodes', '〒100-0001 東京都千代田区，邮编 100-0001'],
    ['PO boxes', 'Casella Postale 190, 10015 Ivrea (TO); CP 14106, 20146 Milano'],
    ['dates and year ranges', '2025-05-13更新，2023-2024年度，13/05/2025，2025/05/13'],
    ['numbers in inline code', '示例：`0120-000-000`'],
    ['numbers in a code block', '```\n0120-123-456\nTEL: 00530-111-111\n```'],
    ['long digit runs without the trunk prefix', '累计用户 12345678，编号 98765432。'],
    ['numbers inside URLs', 'https://example.com/0120800000 和 example.com/app?id=0120800000']
  ])('%s', (_name, markdown) => {
    expect(texts(markdown)).toEqual([])
  })

  it("leaves readers' numbers back home alone in Italy", () => {
    expect(texts('国内家人可拨打400-820-8888或13800138000联系银行。', 'IT')).toEqual([])
  })

  it('keeps emergency numbers out in Italy too, where 119 is a carrier short code', () => {
    expect(texts('In caso di emergenza chiama il 112 o il 113.', 'IT')).toEqual([])
    expect(texts('Chiama il 119 (TIM).', 'IT')).toEqual(['119'])
  })

  it('keeps a number a label or SMS cue only introduces a call to', () => {
    expect(texts('账号问题请拨打0120-800-000。')).toEqual(['0120-800-000'])
    expect(texts('可以发短信或用docomo手机拨打151咨询。')).toEqual(['151'])
    expect(texts('SMSまたは電話（151）でお問い合わせください。')).toEqual(['151'])
  })

  it('keeps registry numbers after a label', () => {
    expect(texts('ソフトバンクのMNP予約番号は*5533または0800-100-5533で取得します。')).toEqual(['*5533', '0800-100-5533'])
  })

  it('still finds the real number next to a trap', () => {
    expect(texts('拨打0120-800-000后请按2。订单号：1234567890。')).toEqual(['0120-800-000'])
    expect(texts('Chiama il 190 e premi 1.', 'IT')).toEqual(['190'])
  })
})
