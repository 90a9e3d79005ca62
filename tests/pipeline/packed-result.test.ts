import {describe, expect, it} from 'vitest'
import {rules} from '../../src/checks/index.js'
import {packedEntry} from '../../src/pipeline/article-entry.js'
import {lintArticle} from '../../src/pipeline/lint-article.js'
import {packResult, unpackCorpus, unpackResult, withoutCorpusPart} from '../../src/pipeline/packed-result.js'
import {ruleData} from '../helpers/rule-data.js'

const ARTICLE = `---
title: "注销\\tdocomo"
country: JP
---
# 注销docomo

docomo客服电话：0120-800-000，注销后1-3个工作日内生效。请携带护照原件。

联系 [TG💪+ @esim1088](https://t.me/s/esim1088) 代办。
`

const result = () => lintArticle('content/docomo.md', ARTICLE, ruleData(), rules)
const trusted = {path: 'content/docomo.md', checked: false}
const checked = {path: 'content/docomo.md', checked: true}

describe('packed results', () => {
  it('join again into the same result, with the same key order', () => {
    const original = result()
    const packed = packResult(original)
    const corpus = unpackCorpus(packed, checked)
    expect(corpus).toEqual({path: 'content/docomo.md', country: 'JP', lineStarts: original.record.lineStarts, claims: {phones: original.record.claims.phones, durations: original.record.claims.durations, documents: original.record.claims.documents}})
    expect(corpus.claims.phones).toHaveLength(1)
    const joined = unpackResult(packed, corpus, checked)
    expect(JSON.stringify(joined)).toBe(JSON.stringify(original))
    expect(JSON.stringify(unpackResult(withoutCorpusPart(packed), corpus, checked))).toBe(JSON.stringify(original))
    expect(packed.fixable).toBe(original.reports.some((entry) => entry.report.fix !== undefined))
    expect(packed.fixable).toBe(true)
  })

  it('split at the first tab: tabs in the text are escaped by JSON', () => {
    const packed = packResult(result())
    const text = new TextDecoder().decode(packed.bytes)
    expect(text.split('\t')).toHaveLength(2)
    expect(text).toContain('"title":"注销\\tdocomo"')
    expect(unpackResult(packed, unpackCorpus(packed, checked), checked).record.meta.title).toBe('注销\tdocomo')
  })

  it('are checked when they come from a file, and trusted from workers', () => {
    const packed = packResult(result())
    const text = new TextDecoder().decode(packed.bytes).replace('"lineStarts":[0,', '"lineStarts":[5,')
    const edited = {bytes: new TextEncoder().encode(text), fixable: false}
    expect(() => unpackCorpus(edited, checked)).toThrow(/corpus part\.lineStarts: expected line starts from 0/)
    expect(unpackCorpus(edited, trusted).lineStarts[0]).toBe(5)
    expect(() => unpackCorpus({bytes: new TextEncoder().encode('{}'), fixable: false}, checked)).toThrow(/two parts/)
  })

  it('make entries that read the corpus part once and the rest on each read, naming the source of a damaged one', () => {
    const original = result()
    const packed = packResult(original)
    const text = new TextDecoder().decode(packed.bytes).replace('"reports":[', '"reports":[7,')
    const source = {checked: true, damaged: (path: string, cause: Error) => new Error(`damaged ${path}: ${cause.message}`)}
    const good = packedEntry('content/docomo.md', ARTICLE.length, {packed}, source)
    expect(good.corpus).toBe(good.corpus)
    expect(JSON.stringify(good.result)).toBe(JSON.stringify(original))
    expect(good.result).not.toBe(good.result)
    expect(Object.keys(good)).toEqual(['path', 'length', 'result'])
    const bad = packedEntry('content/docomo.md', ARTICLE.length, {packed: {bytes: new TextEncoder().encode(text), fixable: false}}, source)
    expect(bad.corpus?.path).toBe('content/docomo.md')
    expect(() => bad.result).toThrow(/^damaged content\/docomo\.md: result\.reports\[0\]: expected an object$/)
  })
})
