/**
 * The rules over numbers, times and documents, run through the whole pipeline on small corpora:
 * documents against the registry and across articles, durations across articles of one country
 * without a carrier, and the registry's suggestion on hotline findings (shown, never a fix).
 */
import {describe, expect, it} from 'vitest'
import {runLint, type LoadedArticle} from '../../src/pipeline/engine.js'
import {severityOf} from '../../src/report/model.js'
import {ruleData} from '../helpers/rule-data.js'

function run(articles: LoadedArticle[]) {
  const data = ruleData()
  const result = runLint(articles, {cwd: '/', data, severities: data.severities, docsUrl: (id) => id, version: 'test'})
  return result.files.flatMap((file) =>
    file.messages.map((m) => ({
      file: file.path,
      rule: m.ruleId,
      line: m.place && 'start' in m.place ? m.place.start.line : 0,
      reason: m.reason,
      severity: severityOf(m),
      suggestion: m.suggestion,
      fix: m.fix,
      cause: m.cause
    }))
  )
}

function only(rule: string, articles: LoadedArticle[]) {
  return run(articles).filter((m) => m.rule === rule)
}

describe('the registry holds machine-readable document facts', () => {
  it('names only documents of the lexicon', () => {
    const data = ruleData()
    const known = new Set(data.documents.documents.map((d) => d.id))
    const named = data.carriers.flatMap((c) => (c.cancellation?.documents ?? []).flatMap((f) => [...(f.documents ?? []), ...(f.not_accepted ?? [])]))
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((id) => !known.has(id))).toEqual([])
  })

  it('says what the sources say: docomo originals only, no health insurance card at docomo and Rakuten Mobile', () => {
    const docs = (id: string) => ruleData().carriers.find((c) => c.id === id)?.cancellation?.documents ?? []
    expect(docs('jp.docomo').some((f) => f.accepts_copies === false && f.source_type === 'official')).toBe(true)
    expect(docs('jp.docomo').flatMap((f) => f.not_accepted ?? [])).toEqual(['health-insurance-card'])
    expect(docs('jp.rakuten').flatMap((f) => f.not_accepted ?? [])).toEqual(['health-insurance-card'])
    for (const fact of ruleData().carriers.flatMap((c) => c.cancellation?.documents ?? [])) expect(fact.source).toMatch(/^https?:\/\//)
  })
})

describe('documents-mismatch', () => {
  it('reports documents and copies the registry rules out, as warnings', () => {
    const found = only('documents-mismatch', [
      {path: 'a.md', text: '# docomo\n\nドコモの店舗では健康保険証を提示してください。\n', country: 'JP'},
      {path: 'b.md', text: '---\ntitle: t\nlang: zh-Hans\ncountry: JP\ncarriers: [jp.docomo]\nupdated: 2026-11-01\n---\n办理时携带护照复印件即可。\n'},
      {path: 'c.md', text: 'Rakuten Mobile no longer accepts health insurance cards; bring your residence card.\n', country: 'JP'}
    ])
    expect(found.map((m) => [m.file, m.line, m.severity])).toEqual([
      ['a.md', 3, 'warning'],
      ['b.md', 8, 'warning']
    ])
    expect(found[0]!.reason).toContain('health insurance card')
    expect(found[1]!.reason).toContain('copies of ID not accepted')
  })

  it('stays silent on lists that only differ, on other carriers and without a carrier', () => {
    expect(
      only('documents-mismatch', [
        {path: 'a.md', text: 'docomo 门店办理时请携带护照和在留卡。\n', country: 'JP'},
        {path: 'b.md', text: 'SoftBankの店頭では運転免許証のコピーでも可です。\n', country: 'JP'},
        {path: 'c.md', text: "Per iliad allega una copia della carta d'identità.\n", country: 'IT'},
        {path: 'd.md', text: '请携带健康保险证。\n', country: 'JP'}
      ])
    ).toEqual([])
  })
})

describe('documents-contradiction', () => {
  it('reports a copy accepted against originals only, on both sides, within a country', () => {
    const found = only('documents-contradiction', [
      {path: 'a.md', text: '办理注销时，携带护照复印件即可。\n', country: 'JP'},
      {path: 'b.md', text: '# 注意\n\n请携带护照原件，不接受复印件。\n', country: 'JP'},
      {path: 'c.md', text: 'Portare il passaporto; basta una fotocopia.\n', country: 'IT'}
    ])
    expect(found.map((m) => [m.file, m.line, m.cause])).toEqual([
      ['a.md', 1, 'b.md:3:9'],
      ['b.md', 3, 'a.md:1:9']
    ])
  })

  it('reports a document required in one article and refused in another, for one carrier, not on the side the registry backs', () => {
    const found = only('documents-contradiction', [
      {path: 'a.md', text: 'Rakuten Mobileの手続きには健康保険証をお持ちください。\n', country: 'JP'},
      {path: 'b.md', text: '楽天モバイルでは健康保険証は使えません。\n', country: 'JP'},
      {path: 'c.md', text: 'SoftBankの手続きには健康保険証をお持ちください。\n', country: 'JP'},
      {path: 'd.md', text: 'SoftBankでは健康保険証は使えません。\n', country: 'JP'}
    ])
    expect(found.map((m) => [m.file, m.line])).toEqual([
      ['a.md', 1],
      ['c.md', 1],
      ['d.md', 1]
    ])
  })

  it('never reports compatible lists, other carriers or one article against itself', () => {
    expect(
      only('documents-contradiction', [
        {path: 'a.md', text: 'docomo：请携带护照。\n', country: 'JP'},
        {path: 'b.md', text: 'docomo：请携带在留卡原件和护照。\n', country: 'JP'},
        {path: 'c.md', text: 'SoftBank：健康保险证也可以，请携带健康保险证。\n', country: 'JP'},
        {path: 'd.md', text: 'docomo不再接受健康保险证。\n', country: 'JP'},
        {path: 'e.md', text: '请携带护照复印件。复印件无效的情况请咨询店员。\n', country: 'IT'}
      ])
    ).toEqual([])
  })
})

describe('hotline-shared with the registry', () => {
  it('reports only the side the registry does not verify', () => {
    const found = only('hotline-shared', [
      {path: 'a.md', text: 'docomo的客服电话：0120-800-000\n', country: 'JP'},
      {path: 'b.md', text: 'SoftBank的客服电话：0120-800-000\n', country: 'JP'}
    ])
    expect(found.map((m) => [m.file, m.line, m.severity])).toEqual([['b.md', 1, 'error']])
  })
})

describe('timeline-contradiction across articles of one country', () => {
  it('does not report the side the registry backs', () => {
    const found = only('timeline-contradiction', [
      {path: 'a.md', text: 'docomo的注销当天生效。\n', country: 'JP'},
      {path: 'b.md', text: 'docomo的注销会在7-10个工作日内生效。\n', country: 'JP'}
    ])
    expect(found.map((m) => [m.file, m.line])).toEqual([['b.md', 1]])
  })

  it('compares card expiry without a carrier: 15 days against 45 days', () => {
    const found = only('timeline-contradiction', [
      {path: 'a.md', text: '未使用的卡15天后作废。\n', country: 'JP'},
      {path: 'b.md', text: '收到后45天未激活将被注销。\n', country: 'JP'},
      {path: 'c.md', text: '未激活的SIM卡会在30天后失效。\n', country: 'IT'}
    ])
    expect(found.map((m) => [m.file, m.line])).toEqual([
      ['a.md', 1],
      ['b.md', 1]
    ])
  })

  it('never compares advice, alternatives in one sentence, or shops\' delivery times across a country', () => {
    expect(
      only('timeline-contradiction', [
        {path: 'a.md', text: '最好提前一个月开始准备。注销一般当天或次日处理完成。\n', country: 'JP'},
        {path: 'b.md', text: '最好提前一周左右着手准备。下单后7至10天发货。\n', country: 'JP'},
        {path: 'c.md', text: '下单后1-2天发货。审核当天完成。\n', country: 'JP'},
        {path: 'd.md', text: '审核需要7-10个工作日。退款需要30天。\n', country: 'JP'},
        {path: 'e.md', text: 'Refunds arrive within 2 days.\n', country: 'JP'}
      ])
    ).toEqual([])
  })

  it('compares seller-dependent times within one article or one carrier', () => {
    const found = only('timeline-contradiction', [
      {path: 'a.md', text: '审核当天完成。\n\n审核需要7-10个工作日。\n', country: 'JP'},
      {path: 'b.md', text: 'Ubigi的退款在10个工作日内到账。\n', country: 'JP'},
      {path: 'c.md', text: 'Ubigi的退款需要60天。\n', country: 'JP'}
    ])
    expect(found.map((m) => [m.file, m.line])).toEqual([
      ['a.md', 1],
      ['a.md', 3],
      ['b.md', 1],
      ['c.md', 1]
    ])
  })

  it('compares refunds and number transfers in other languages', () => {
    const found = only('timeline-contradiction', [
      {path: 'a.md', text: 'La portabilità del numero avviene entro un giorno lavorativo.\n', country: 'IT'},
      {path: 'b.md', text: '携号转网需要十五天。\n', country: 'IT'},
      {path: 'c.md', text: 'Refunds arrive within 10 business days.\n', country: 'IT'},
      {path: 'd.md', text: '退款會在三個工作天內退回。\n', country: 'IT'}
    ])
    expect(found.map((m) => [m.file, m.line])).toEqual([
      ['a.md', 1],
      ['b.md', 1]
    ])
  })
})

describe('hotline suggestions', () => {
  it("suggest the carrier's general customer-service numbers with their source, never a fix", () => {
    const found = run([{path: 'a.md', text: 'docomo的客服电话：0120-959-476\n', country: 'JP'}]).filter((m) => m.rule === 'hotline-mismatch')
    expect(found).toHaveLength(1)
    expect(found[0]!.suggestion).toContain('151 (from docomo mobile phones; source https://ssw.web.docomo.ne.jp/chikaku/faq/contract, official')
    expect(found[0]!.suggestion).toContain('0120-800-000')
    expect(found[0]!.fix).toBeUndefined()
  })

  it('never suggest a special-purpose line: SoftBank and Rakuten Mobile have no general number in the registry', () => {
    const found = run([
      {path: 'a.md', text: 'SoftBank的客服电话：0120-800-000\n', country: 'JP'},
      {path: 'b.md', text: 'Rakuten Mobile的客服电话：0120-800-000\n', country: 'JP'}
    ]).filter((m) => m.rule === 'hotline-mismatch')
    expect(found).toHaveLength(2)
    for (const message of found) {
      expect(message.suggestion).toContain('no verified general customer-service number')
      expect(message.suggestion).not.toMatch(/0088-210-051|050-5434-4653|5351-3491/)
      expect(message.fix).toBeUndefined()
    }
  })

  it('carry the suggestion on unverified numbers too', () => {
    const [found] = run([{path: 'a.md', text: '- au：0120-000-123\n', country: 'JP'}]).filter((m) => m.rule === 'hotline-unverified')
    expect(found!.suggestion).toContain('157 (from au phones')
    expect(found!.fix).toBeUndefined()
  })
})
