import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {reporters} from '../../src/report/index.js'
import type {LintRun} from '../../src/report/model.js'
import {FINGERPRINT_KEY, sarif, sarifLog} from '../../src/report/sarif.js'
import type {SarifLog, SarifResult} from '../../src/report/sarif-types.js'
import {HOSTILE, hostileRun, pipelineRun, seedRun} from './ci-fixtures.js'
import {article, runOf, sampleRun, say, SOURCES} from './fixtures.js'
import {errorsOf, sarifSchema} from './schemas.js'

function valid(log: SarifLog | string): SarifLog {
  const parsed = (typeof log === 'string' ? JSON.parse(log) : log) as SarifLog
  const validate = sarifSchema()
  expect(validate(parsed), errorsOf(validate)).toBe(true)
  return parsed
}

function results(run: LintRun): SarifResult[] {
  return valid(sarifLog(run)).runs[0]!.results
}

/** The sample's articles a and b with `prefix` before each, and messages on the same claims. */
function shiftedRun(prefix: string): LintRun {
  const a = article('content/a.md', prefix + SOURCES.a)
  for (const [nth, carrier] of ['NTT DOCOMO', 'SoftBank', 'au'].entries()) {
    say(a, {ruleId: 'hotline-shared', reason: `Shared hotline for ${carrier}`, on: '00530-111-111', nth, severity: 'error', actual: `${carrier}：00530-111-111`})
  }
  say(a, {ruleId: 'timeline-contradiction', reason: 'Contradiction', on: '1-3个工作日', severity: 'warning', actual: '1-3个工作日'})
  const b = article('content/b.md', prefix + SOURCES.b)
  say(b, {ruleId: 'spam-contact', reason: 'Spam handle', on: '@esim1088', severity: 'error', actual: '@esim1088'})
  say(b, {ruleId: 'duration-vague', reason: 'Vague', on: '几个工作日', severity: 'info'})
  return runOf([a, b])
}

function lineOf(file: VFile, line: number): string {
  return String(file.value).split('\n')[line - 1]!
}

describe('sarif', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts, for the sample, pipeline, hostile and seed runs', async () => {
    for (const run of [sampleRun(), pipelineRun(), hostileRun(), runOf([]), await seedRun()]) valid(sarif(run))
  })

  it('validates strictly: the schema check refuses a bad level and an unencoded URI', () => {
    const validate = sarifSchema()
    const log = sarifLog(pipelineRun())
    expect(validate(log)).toBe(true)
    const badLevel = structuredClone(log) as unknown as {runs: {results: {level: string}[]}[]}
    badLevel.runs[0]!.results[0]!.level = 'info'
    expect(validate(badLevel)).toBe(false)
    const badUri = structuredClone(log)
    badUri.runs[0]!.artifacts[0]!.location.uri = 'content/docomo 解约.md'
    expect(validate(badUri)).toBe(false)
  })

  it('describes the tool and every rule, with levels from the severities in force', () => {
    const run = sampleRun()
    run.rules[1]!.severity = 'warning'
    run.rules[2]!.severity = 'info'
    run.rules[3]!.severity = 'off'
    run.rules[0]!.description = 'One number must not be the hotline of two carriers. It is spam or a typo.'
    const {driver} = valid(sarifLog(run)).runs[0]!.tool
    expect(driver).toMatchObject({name: 'factlint', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/factlint/factlint'})
    expect(driver.rules.map((rule) => [rule.id, rule.defaultConfiguration])).toEqual([
      ['hotline-shared', {level: 'error'}],
      ['phone-invalid', {level: 'warning'}],
      ['hotline-mismatch', {level: 'note'}],
      ['timeline-contradiction', {enabled: false, level: 'none'}],
      ['duration-vague', {level: 'error'}],
      ['spam-link', {level: 'error'}],
      ['spam-contact', {level: 'error'}],
      ['spam-image', {level: 'error'}]
    ])
    expect(driver.rules[0]).toMatchObject({
      name: 'HotlineShared',
      shortDescription: {text: 'One number must not be the hotline of two carriers.'},
      fullDescription: {text: 'One number must not be the hotline of two carriers. It is spam or a typo.'},
      helpUri: 'https://github.com/factlint/factlint/blob/main/docs/rules/hotline-shared.md'
    })
  })

  it('gives each result its rule index, level, message and a location relative to %SRCROOT%', () => {
    const log = valid(sarifLog(sampleRun()))
    const [run] = log.runs
    expect(run!.columnKind).toBe('utf16CodeUnits')
    expect(run!.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: 'file:///repo/', description: {text: 'The working directory of the run'}}})
    expect(run!.artifacts.map((artifact) => artifact.location.uri)).toEqual(['content/a.md', 'content/b.md', 'content/c.md'])
    expect(run!.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['hotline-shared', 'error'],
      ['hotline-shared', 'error'],
      ['hotline-shared', 'error'],
      ['timeline-contradiction', 'warning'],
      ['timeline-contradiction', 'warning'],
      ['duration-vague', 'note'],
      ['spam-link', 'error'],
      ['spam-contact', 'error']
    ])
    for (const result of run!.results) expect(run!.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId)
    expect(run!.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: {uri: 'content/a.md', uriBaseId: '%SRCROOT%', index: 0},
      region: {startLine: 3, startColumn: 14, endLine: 3, endColumn: 27, snippet: {text: '00530-111-111'}}
    })
  })

  it('counts columns in UTF-16 code units: after CJK and an emoji they still point at the claim', () => {
    const run = sampleRun()
    const b = run.files[1]!
    for (const result of results(run).filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'content/b.md')) {
      const region = result.locations[0]!.physicalLocation.region!
      expect(lineOf(b, region.startLine!).slice(region.startColumn! - 1, region.endColumn! - 1)).toBe(region.snippet!.text)
    }
    const contact = results(run).find((result) => result.ruleId === 'spam-contact')!
    // 联系客服 [TG💪+ @esim1088]: four CJK characters, a space, `[TG`, a surrogate pair, `+ `.
    expect(contact.locations[0]!.physicalLocation.region).toMatchObject({startLine: 5, startColumn: 13, endColumn: 22, snippet: {text: '@esim1088'}})
  })

  it('links a cross-article finding to the other article with related locations named in the message', () => {
    const result = results(sampleRun()).find((found) => found.ruleId === 'timeline-contradiction')!
    expect(result.message.text).toBe('Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日` (see [content/b.md:1](1))')
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: {uri: 'content/b.md', uriBaseId: '%SRCROOT%', index: 1},
          region: {startLine: 1, startColumn: 9, endLine: 1, endColumn: 17, snippet: {text: '7-10个工作日'}}
        },
        message: {text: '7-10个工作日 (content/b.md:1)'}
      }
    ])
    const shared = results(sampleRun()).filter((found) => found.ruleId === 'hotline-shared')
    expect(shared.map((found) => found.relatedLocations!.map((place) => place.id))).toEqual([[1, 2], [1, 2], [1, 2]])
  })

  it('writes fixes as character-offset replacements that, applied, give the fixed text', () => {
    const result = results(sampleRun()).find((found) => found.ruleId === 'spam-link')!
    const [fix] = result.fixes!
    expect(fix!.description).toEqual({text: 'Remove the link'})
    const change = fix!.artifactChanges[0]!
    expect(change.artifactLocation).toEqual({uri: 'content/b.md', uriBaseId: '%SRCROOT%', index: 1})
    const {deletedRegion, insertedContent} = change.replacements[0]!
    const fixed = SOURCES.b.slice(0, deletedRegion.charOffset) + insertedContent!.text + SOURCES.b.slice(deletedRegion.charOffset! + deletedRegion.charLength!)
    expect(fixed.endsWith('联系客服 \n')).toBe(true)
    expect(results(sampleRun()).filter((found) => found.fixes).length).toBe(1)
  })

  it('fingerprints findings without their line: inserting lines above keeps them, and each is unique', () => {
    const before = results(shiftedRun(''))
    const after = results(shiftedRun('# 新标题\n\n新增的一段。\n\n'))
    expect(after.map((result) => result.locations[0]!.physicalLocation.region!.startLine)).toEqual(
      before.map((result) => result.locations[0]!.physicalLocation.region!.startLine! + 4)
    )
    expect(after.map((result) => result.partialFingerprints)).toEqual(before.map((result) => result.partialFingerprints))
    const prints = before.map((result) => result.partialFingerprints[FINGERPRINT_KEY])
    expect(new Set(prints).size).toBe(prints.length)
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{32}:\d+$/)
  })

  it('reports an article that could not be checked as an error notification and a failed execution', () => {
    const run = pipelineRun()
    const log = valid(sarifLog(run))
    const [invocation] = log.runs[0]!.invocations
    expect(invocation!.executionSuccessful).toBe(false)
    expect(invocation!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: {text: 'content/broken.md: The article is not valid UTF-8 (first bad byte at offset 3); re-save it as UTF-8'},
        locations: [
          {physicalLocation: {artifactLocation: {uri: 'content/broken.md', uriBaseId: '%SRCROOT%', index: 3}, region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 1}}}
        ],
        associatedRule: {id: 'article-invalid', index: log.runs[0]!.tool.driver.rules.findIndex((rule) => rule.id === 'article-invalid')}
      }
    ])
    expect(valid(sarifLog(sampleRun())).runs[0]!.invocations[0]).toEqual({executionSuccessful: true, startTimeUtc: '2026-11-22T08:30:00.000Z', toolExecutionNotifications: []})
  })

  it('percent-encodes paths (CJK, spaces, #) in artifact URIs', () => {
    const log = valid(sarifLog(pipelineRun()))
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location.uri)).toEqual([
      'content/docomo%20%E8%A7%A3%E7%BA%A6.md',
      'content/softbank.md',
      'content/clean.md',
      'content/broken.md'
    ])
    expect(valid(sarifLog(hostileRun())).runs[0]!.artifacts[0]!.location.uri).toBe('content/x%2C%20y%3Az%20%231%20%E6%B3%A8%E9%94%80.md')
  })

  it('keeps hostile text as data: brackets and braces escaped, so no embedded link comes from the article', () => {
    const [result] = results(hostileRun())
    const text = result!.message.text
    expect(text).toContain('\\[x\\](1) {{0}}')
    expect(text.match(/(?<!\\)\[[^\]]*\]\(\d+\)/g)).toEqual(['[content/x, y:z #1 注销.md:1](1)'])
    expect(result!.locations[0]!.physicalLocation.region!.snippet!.text).toBe(HOSTILE)
    expect(result!.properties).toMatchObject({claim: HOSTILE, expected: [HOSTILE]})
    expect(JSON.parse(sarif(hostileRun())).runs[0].results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(HOSTILE)
  })

  it('keeps error results only when quiet, and is registered as the sarif reporter', () => {
    expect(results(sampleRun()).length).toBe(8)
    const quiet = valid(sarifLog(sampleRun(), {quiet: true})).runs[0]!.results
    expect(quiet.map((result) => result.level)).toEqual(['error', 'error', 'error', 'error', 'error'])
    expect(reporters.sarif).toBe(sarif)
    expect(sarif(sampleRun())).toBe(sarif(sampleRun()))
    expect(sarif(sampleRun()).endsWith('}\n')).toBe(true)
  })
})
