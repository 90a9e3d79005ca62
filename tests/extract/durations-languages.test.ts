/**
 * Durations beyond the seeds: Traditional Chinese, Japanese fixed forms (`即日`, `当日`, `翌月末`),
 * English and Italian, Chinese numerals, and actions beyond cancellation (an unactivated card
 * lapsing, refunds, number transfer), with the carrier of the frontmatter.
 */
import {describe, expect, it} from 'vitest'
import {formatRange} from '../../src/extract/duration-range.js'
import {extractDurations} from '../../src/extract/durations.js'
import {inputFor} from '../helpers/articles.js'

function found(markdown: string) {
  return extractDurations(inputFor(`${markdown}\n`)).map((d) => [d.text, formatRange(d), d.action])
}

describe('extractDurations: languages and actions', () => {
  it.each([
    ['未使用的卡15天后作废。', '15天', '15 days', 'card-expiry'],
    ['收到后45天未激活将被注销。', '45天', '45 days', 'card-expiry'],
    ['未啟用的SIM卡三十天後會過期。', '三十天', '30 days', 'card-expiry'],
    ['註銷通常在三個工作天內生效。', '三個工作天', '0-3 business days', 'takes-effect'],
    ['退款會在十五天內退回。', '十五天', '0-15 days', 'refund'],
    ['攜號轉網一般需要兩個小時。', '兩個小時', '2 hours', 'number-transfer'],
    ['注销后余额会在七个工作日内退还。', '七个工作日', '0-7 business days', 'refund'],
    ['解約は即日で完了します。', '即日', '0 days', 'takes-effect'],
    ['MNP転出は当日中に完了します。', '当日', '0 days', 'number-transfer'],
    ['解約手続きは翌月末に反映されます。', '翌月末', '1-2 months', 'takes-effect'],
    ['解約は当月末で反映されます。', '当月末', '0-1 months', 'takes-effect'],
    ['返金は2営業日以内に行われます。', '2営業日', '0-2 business days', 'refund'],
    ['注销当天生效。', '当天', '0 days', 'takes-effect'],
    ['An unused eSIM expires after 180 days.', '180 days', '180 days', 'card-expiry'],
    ['Porting your number takes one business day.', 'one business day', '1 business day', 'number-transfer'],
    ['Refunds arrive within 10 business days.', '10 business days', '0-10 business days', 'refund'],
    ['The cancellation takes effect at the end of the following month.', 'the end of the following month', '1-2 months', 'takes-effect'],
    ['La disdetta diventa efficace dopo 30 giorni.', '30 giorni', '30 days', 'takes-effect'],
    ['La portabilità avviene entro un giorno lavorativo.', 'un giorno lavorativo', '0-1 business days', 'number-transfer'],
    ['Il rimborso arriva entro 48 ore.', '48 ore', '0-48 hours', 'refund'],
    ['La SIM non attivata scade dopo 12 mesi.', '12 mesi', '12 months', 'card-expiry']
  ])('%s', (line, text, range, action) => {
    expect(found(line)).toEqual([[text, range, action]])
  })

  it('reads alternatives as one range', () => {
    expect(found('注销一般当天或次日处理完成。')).toEqual([['当天或次日', '0-1 days', 'processing']])
    expect(found('解約は即日または翌営業日に反映されます。')).toEqual([['即日または翌営業日', '0-1 business days', 'takes-effect']])
    expect(found('It takes effect the same day or the next business day.')).toEqual([['same day or the next business day', '0-1 business days', 'takes-effect']])
  })

  it('ignores negated action keywords', () => {
    expect(found('The cancellation is processed the same day, with no notice period.')).toEqual([['same day', '0 days', 'processing']])
    expect(found('Il recesso è gratuito con un preavviso di 30 giorni.')).toEqual([['30 giorni', '30 days', 'notice-period']])
  })

  it('keeps "from that day on" out', () => {
    expect(found('当日から利用できます。当天开始计费。')).toEqual([])
  })
})

describe('extractDurations: carriers', () => {
  it("takes the frontmatter's one carrier, and a table row's carrier", () => {
    const md = '注销在1-3个工作日内生效。\n'
    const input = {...inputFor(md, 'JP'), articleCarriers: ['jp.docomo']}
    expect(extractDurations(input).map((d) => [d.carrier, d.attribution])).toEqual([['jp.docomo', 'article']])
    const table = '| 运营商 | 生效时间 |\n| --- | --- |\n| Vodafone | 30天后生效 |\n'
    expect(extractDurations(inputFor(table, 'IT')).map((d) => [d.text, d.carrier, d.attribution])).toEqual([['30天', 'it.vodafone', 'table-row']])
  })
})
