import {describe, expect, it} from 'vitest'
import {formatRange, parseRange, rangeOf} from '../../src/extract/duration-range.js'
import {extractDurations} from '../../src/extract/durations.js'
import {inputFor, positionOf, where} from '../helpers/articles.js'
import {ruleData} from '../helpers/rule-data.js'
import {seedArticles, seedGold} from '../helpers/seeds.js'


function durations(markdown: string) {
  return extractDurations(inputFor(markdown))
}

/** `[text, where, range]` of every duration, for compact assertions. */
function found(markdown: string) {
  return durations(markdown).map((d) => [d.text, where(markdown, d.span), formatRange(d)])
}

function one(markdown: string) {
  const all = durations(markdown)
  expect(all, markdown).toHaveLength(1)
  return all[0]!
}

describe('extractDurations: forms', () => {
  it.each([
    ['审核会在1-3个工作日内完成。', '1-3个工作日', '1:5-1:12', '1-3 business days'],
    ['通常需要1～3日。', '1～3日', '1:5-1:9', '1-3 days'],
    ['通常需要1到3个工作日。', '1到3个工作日', '1:5-1:12', '1-3 business days'],
    ['通常需要一到三个工作日。', '一到三个工作日', '1:5-1:12', '1-3 business days'],
    ['下单后7至10天发货。', '7至10天', '1:4-1:9', '7-10 days'],
    ['需要三个工作日。', '三个工作日', '1:3-1:8', '3 business days'],
    ['十五天后作废。', '十五天', '1:1-1:4', '15 days'],
    ['大概需要一周。', '一周', '1:5-1:7', 'about 1 week'],
    ['一週間かかります。', '一週間', '1:1-1:4', '1 week'],
    ['需要24小时。', '24小时', '1:3-1:7', '24 hours'],
    ['24時間かかります。', '24時間', '1:1-1:5', '24 hours'],
    ['注销会在几个工作日内生效。', '几个工作日', '1:5-1:10', 'several business days (vague)'],
    ['需要数个工作日。', '数个工作日', '1:3-1:8', 'several business days (vague)'],
    ['可能需要几天时间。', '几天', '1:5-1:7', 'several days (vague)'],
    ['審査は2営業日です。', '2営業日', '1:4-1:8', '2 business days'],
    ['解約は即日反映されます。', '即日', '1:4-1:6', '0 days'],
    ['返金は翌日です。', '翌日', '1:4-1:6', '1 day'],
    ['翌営業日に発送します。', '翌営業日', '1:1-1:5', '1 business day'],
    ['Refunds take 1-3 business days.', '1-3 business days', '1:14-1:31', '1-3 business days'],
    ['We reply within 48 hours.', '48 hours', '1:17-1:25', '0-48 hours'],
    ['Notice of 30 days.', '30 days', '1:11-1:18', '30 days'],
    ['Servono 30 giorni.', '30 giorni', '1:9-1:18', '30 days'],
    ['Risposta entro 48 ore.', '48 ore', '1:16-1:22', '0-48 hours'],
    ['Il rimborso arriva in 3 giorni lavorativi.', '3 giorni lavorativi', '1:23-1:42', '3 business days'],
    ['3天内生效。', '3天', '1:1-1:3', '0-3 days'],
    ['3天生效。', '3天', '1:1-1:3', '3 days'],
    ['一周左右。', '一周', '1:1-1:3', 'about 1 week'],
    ['约3天。', '3天', '1:2-1:4', 'about 3 days'],
    ['about 3 days', '3 days', '1:7-1:13', 'about 3 days'],
    ['circa 3 giorni', '3 giorni', '1:7-1:15', 'about 3 days'],
    ['3 giorni circa', '3 giorni', '1:1-1:9', 'about 3 days'],
    ['两三天', '两三天', '1:1-1:4', '2-3 days'],
    ['一个半小时', '一个半小时', '1:1-1:6', '1.5 hours'],
    ['1日～3日', '1日～3日', '1:1-1:6', '1-3 days'],
    ['1-2週間程度', '1-2週間', '1:1-1:6', 'about 1-2 weeks'],
    ['数営業日', '数営業日', '1:1-1:5', 'several business days (vague)'],
    ['3ヶ月', '3ヶ月', '1:1-1:4', '3 months'],
    ['30分ほど', '30分', '1:1-1:4', 'about 30 minutes'],
    ['三日以内に返金します。', '三日', '1:1-1:3', '0-3 days'],
    ['one to three business days', 'one to three business days', '1:1-1:27', '1-3 business days'],
    ['It takes a week.', 'a week', '1:10-1:16', '1 week'],
    ['within a few days', 'a few days', '1:8-1:18', 'several days (vague)'],
    ['next business day', 'next business day', '1:1-1:18', '1 business day'],
    ['tra 2 e 5 giorni', '2 e 5 giorni', '1:5-1:17', '2-5 days'],
    ["entro un'ora", "un'ora", '1:7-1:13', '0-1 hours']
  ])('%s', (line, text, position, range) => {
    expect(found(`${line}\n`)).toEqual([[text, position, range]])
  })

  it('accepts full-width digits and dashes', () => {
    expect(found('审核需要１－３个工作日，最多１０天。\n')).toEqual([
      ['１－３个工作日', '1:5-1:12', '1-3 business days'],
      ['１０天', '1:15-1:18', '0-10 days']
    ])
    expect(found('1–3 days, 1—3天, 1〜3日\n').map((f) => f[2])).toEqual(['1-3 days', '1-3 days', '1-3 days'])
  })

  it('reads two tilde ranges in one sentence (a tilde is never strikethrough)', () => {
    expect(found('注销需要1~3个工作日，退款需要5~7天。\n')).toEqual([
      ['1~3个工作日', '1:5-1:12', '1-3 business days'],
      ['5~7天', '1:17-1:21', '5-7 days']
    ])
  })

  it('matches across bold boundaries and keeps the source slice as text', () => {
    const md = '**注意：**注销会在**1-3个工作日**内生效。\n'
    expect(found(md)).toEqual([['1-3个工作日', '1:14-1:21', '1-3 business days']])
    const split = '注销会在1-3**个工作日**内生效。\n'
    expect(found(split)).toEqual([['1-3**个工作日', '1:5-1:14', '1-3 business days']])
  })

  it('states a Japanese, an English and an Italian sentence with their actions', () => {
    const ja = one('審査には２～３営業日ほどかかります。\n')
    expect([ja.action, formatRange(ja)]).toEqual(['review', 'about 2-3 business days'])
    const en = one('The cancellation takes effect within 30 days.\n')
    expect([en.action, formatRange(en)]).toEqual(['takes-effect', '0-30 days'])
    const it = one('Il rimborso del credito residuo avviene entro 30 giorni.\n')
    expect([it.action, formatRange(it)]).toEqual(['refund', '0-30 days'])
  })
})

describe('extractDurations: not durations', () => {
  it.each([
    ['clock times', '营业时间9:00-20:00，10時〜19時，dalle 9 alle 18，9時30分'],
    ['dates', '2025-05-13，5月13日生效，1月1日，13日(火)に解約，每月15日'],
    ['prices and phone numbers', '3000日元，电话0120-800-000，00530-111-111'],
    ['counts', '3个步骤，第一步，一封邮件，一条短信'],
    ['contract lengths', '2年合约，合约期24个月，2年契約，12-month contract，contratto di 24 mesi，24 mesi di vincolo'],
    ['plan lengths and trials', '30天套餐，a 30-day plan，免费试用7天，24个月分期'],
    ['ordinals and frequencies', '第3天，第二天，每3天，1日2回，3天1GB'],
    ['opening hours', '24小时客服，24時間365日営業，一天24小时都可以办理，24 hours a day，7 days a week，24 ore su 24，营业时间：24小时'],
    ['narrative days', '有一天，前几天我去了，这几天，一日游，One day I went'],
    ['words that only look like units', '日本三大运营商，环顾四周，十分简便，多次日本旅行，自即日起'],
    ['open-ended bounds', '3天以上，at least 30 days，超过3天'],
    ['inline code', '例如 `3天内生效` 这样的写法'],
    ['years', '一年，1 year，1年以内'],
    ['calendar references', '最后一个月的月租按整月收取，the last month is billed in full']
  ])('%s', (_name, line) => {
    expect(found(`${line}\n`)).toEqual([])
  })
})

describe('extractDurations: actions', () => {
  it('prefers the highest-priority keyword over generic verbs', () => {
    expect(one('审核会在1-3个工作日内完成。\n').action).toBe('review')
    expect(one('办理一般需要24小时。\n').action).toBe('processing')
  })

  it('breaks ties by the keyword nearest the duration', () => {
    expect(one('发货后退款需要7天。\n').action).toBe('refund')
    expect(one('Refund or porting: porting takes 2 days.\n').action).toBe('number-transfer')
  })

  it('reads the previous sentence of the block when the sentence names no action', () => {
    const claim = one('SoftBank会对你提交的信息进行审核。这个过程可能需要几天时间，期间保持电话畅通。\n')
    expect([claim.action, claim.text, claim.vague]).toEqual(['review', '几天', true])
  })

  it('does not read another block, and leaves the action undefined when none is named', () => {
    expect(one('注销会生效。\n\n这个过程可能需要几天时间。\n').action).toBeUndefined()
    expect(one('大约需要3天。\n').action).toBeUndefined()
  })

  it.each([
    ['运营商通常会在几个工作日内发送一封电子邮件或者一条短信给您的注册邮箱/手机号码，通知您注销申请已被受理成功。', 'confirmation'],
    ['最好提前一周左右着手准备。', 'preparation-lead'],
    ['未使用的卡15天后作废。', 'card-expiry'],
    ['携号转网一般需要两个小时。', 'number-transfer'],
    ['下单后7至10天发货。', 'delivery']
  ])('%s -> %s', (line, action) => {
    expect(one(`${line}\n`).action).toBe(action)
  })

  it('holds every spec of the action lexicon', () => {
    const {actionSpecs, actions} = ruleData()
    expect(actionSpecs.length).toBeGreaterThan(0)
    const ids = new Set(actions.map((a) => a.id))
    for (const spec of actionSpecs) {
      expect(ids, `unknown action in spec "${spec.text}"`).toContain(spec.action)
      const claims = durations(`${spec.text}\n`)
      expect(claims.map((c) => c.action), spec.text).toEqual([spec.action])
      if (spec.range) expect(rangeOf(claims[0]!), spec.text).toEqual(parseRange(spec.range))
    }
  })
})

describe('extractDurations: carriers and context', () => {
  it('attributes a carrier named in the same sentence', () => {
    const claim = one('SoftBank的审核需要3个工作日。\n')
    expect([claim.carrier, claim.attribution]).toEqual(['jp.softbank', 'sentence'])
  })

  it('attributes a carrier named in the same list item', () => {
    const md = '- **NTT DOCOMO**\n\n  注销会在1-3个工作日内生效。\n- **SoftBank**\n\n  注销当天生效，退款需要7天。\n'
    const claims = durations(md)
    expect(claims.map((c) => [c.text, c.carrier, c.attribution, where(md, c.span)])).toEqual([
      ['1-3个工作日', 'jp.docomo', 'list-item', '3:7-3:14'],
      ['当天', 'jp.softbank', 'list-item', '6:5-6:7'],
      ['7天', 'jp.softbank', 'list-item', '6:14-6:16']
    ])
  })

  it('leaves the carrier out beyond the list item', () => {
    const claim = one('## SoftBank\n\n注销会在1-3个工作日内生效。\n')
    expect([claim.carrier, claim.attribution]).toEqual([undefined, 'none'])
  })

  it('does not take the carrier of a lead-in line', () => {
    const claim = one('SoftBank的注意事项：\n\n- 注销会在1-3个工作日内生效。\n')
    expect([claim.carrier, claim.attribution]).toEqual([undefined, 'none'])
  })

  it('gives the sentence of the claim in its context', () => {
    const claim = one('提交申请。审核需要3天。\n')
    expect([claim.context.block, claim.context.sentence, claim.context.blockType]).toEqual([0, 1, 'paragraph'])
  })
})

describe('extractDurations: seed articles', () => {
  interface GoldDuration {
    file: string
    line: number
    action: string
    range: string
  }
  const gold = seedGold<{claims: {duration: GoldDuration[]}}>()
  const seeds = seedArticles()

  it('yields exactly the durations of the gold file, and nothing else', () => {
    expect(seeds).toHaveLength(5)
    const actual = seeds.flatMap(({name: file, text}) => {
      return extractDurations(inputFor(text)).map((d) => ({
        file,
        line: positionOf(text, d.span.start).line,
        action: d.action,
        range: rangeOf(d)
      }))
    })
    const expected = gold.claims.duration.map((d) => ({file: d.file, line: d.line, action: d.action, range: parseRange(d.range)}))
    expect(actual).toEqual(expected)
  })
})

describe('duration ranges in plain English', () => {
  it('reads and writes the forms rule data uses', () => {
    expect(parseRange('about one week')).toEqual({min: 1, max: 1, unit: 'week', vague: false, approximate: true})
    expect(parseRange('several business days (vague)')).toEqual({min: 0, max: 0, unit: 'business-day', vague: true, approximate: false})
    expect(formatRange(parseRange('0-48 hours'))).toBe('0-48 hours')
    expect(() => parseRange('a while')).toThrow(TypeError)
  })
})
