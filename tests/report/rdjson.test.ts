import {describe, expect, it} from 'vitest'
import {reporters} from '../../src/report/index.js'
import type {LintRun} from '../../src/report/model.js'
import {rdDiagnostics, rdjson, rdjsonl, type RdDiagnostic, type RdDiagnosticResult, type RdPosition} from '../../src/report/rdjson.js'
import {CORPUS, HOSTILE, hostileRun, pipelineRun, seedRun} from './ci-fixtures.js'
import {article, relatedTo, runOf, sampleRun, say} from './fixtures.js'
import {errorsOf, rdjsonlSchema, rdjsonSchema} from './schemas.js'

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', {fatal: true})

/** The text between two byte positions of a source, cut from the UTF-8 bytes of its lines. */
function bytesBetween(source: string, start: RdPosition, end: RdPosition): string {
  const lines = source.split(/\r\n|\r|\n/).map((line) => encoder.encode(`${line}\n`))
  if (start.line === end.line) return decoder.decode(lines[start.line - 1]!.slice(start.column! - 1, end.column! - 1))
  const parts = [lines[start.line - 1]!.slice(start.column! - 1)]
  for (let line = start.line + 1; line < end.line; line++) parts.push(lines[line - 1]!)
  parts.push(lines[end.line - 1]!.slice(0, end.column! - 1))
  return parts.map((part) => decoder.decode(part)).join('')
}

function sourceOf(run: LintRun, path: string): string {
  return String(run.files.find((file) => file.path === path)!.value)
}

function parsed(run: LintRun): RdDiagnosticResult {
  const result = JSON.parse(rdjson(run)) as RdDiagnosticResult
  const validate = rdjsonSchema()
  expect(validate(result), errorsOf(validate)).toBe(true)
  return result
}

describe('rdjson', () => {
  it('writes a DiagnosticResult reviewdog’s schema accepts, for the sample, pipeline, hostile and seed runs', async () => {
    for (const run of [sampleRun(), pipelineRun(), hostileRun(), runOf([]), await seedRun()]) parsed(run)
  })

  it('counts columns in UTF-8 bytes: after CJK (3 bytes) and emoji (4 bytes) they cut out exactly the claim', () => {
    const run = pipelineRun()
    const spam = parsed(run).diagnostics.find((diagnostic) => diagnostic.code?.value === 'spam-link')!
    // 有问题😀请联系客服 and a space: 8 CJK characters (24 bytes), an emoji (4), a space (1); the
    // claim is 42 UTF-16 units but 44 bytes (💪 is 2 units, 4 bytes).
    expect(spam.location).toEqual({path: 'content/docomo 解约.md', range: {start: {line: 15, column: 30}, end: {line: 15, column: 74}}})
    expect(bytesBetween(CORPUS['content/docomo 解约.md']!, spam.location.range!.start, spam.location.range!.end!)).toBe(
      '[TG💪+ @esim1088](https://t.me/s/esim1088)'
    )
    for (const current of [run, sampleRun()]) {
      for (const diagnostic of parsed(current).diagnostics) {
        const {range, path} = diagnostic.location
        if (!range || path === 'content/broken.md') continue
        const message = current.files.find((file) => file.path === path)!.messages.find((found) => found.reason === diagnostic.message)!
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        expect(bytesBetween(sourceOf(current, path), range.start, range.end!)).toBe(sourceOf(current, path).slice(place.start.offset, place.end.offset))
      }
    }
  })

  it('counts bytes on CRLF lines and after astral characters (𐐀 is 4 bytes), as reviewdog’s own example', () => {
    const source = '标题\r\na𐐀b 联系 @esim1088\r\n'
    const file = article('content/crlf.md', source)
    say(file, {ruleId: 'spam-contact', reason: 'r', on: '@esim1088', severity: 'error'})
    say(file, {ruleId: 'spam-link', reason: 'r', on: 'b', severity: 'error'})
    const [letter, contact] = parsed(runOf([file])).diagnostics
    expect(letter!.location.range).toEqual({start: {line: 2, column: 6}, end: {line: 2, column: 7}})
    expect(bytesBetween(source, contact!.location.range!.start, contact!.location.range!.end!)).toBe('@esim1088')
  })

  it('points related locations at the other article’s claim, in bytes, and names it', () => {
    const run = pipelineRun()
    const contradiction = parsed(run).diagnostics.find((diagnostic) => diagnostic.location.path === 'content/softbank.md')!
    const [related] = contradiction.related_locations!
    expect(related).toEqual({
      message: '1-3个工作日',
      location: {path: 'content/docomo 解约.md', range: {start: {line: 10, column: 31}, end: {line: 10, column: 46}}}
    })
    expect(bytesBetween(CORPUS['content/docomo 解约.md']!, related!.location.range!.start, related!.location.range!.end!)).toBe('1-3个工作日')
  })

  it('names whole lines when the related article is not in the run (its bytes cannot be counted)', () => {
    const file = article('content/new.md', '审核需要1-3个工作日。\n')
    say(file, {ruleId: 'timeline-contradiction', reason: 'r', on: '1-3个工作日', severity: 'warning', related: [relatedTo('content/old.md', '\n审核需要7-10个工作日。\n', '7-10个工作日')]})
    const [diagnostic] = parsed(runOf([file])).diagnostics
    expect(diagnostic!.related_locations).toEqual([{message: '7-10个工作日', location: {path: 'content/old.md', range: {start: {line: 2}, end: {line: 2}}}}])
  })

  it('turns fixes into suggestions whose byte range and text give the fixed article', () => {
    const run = pipelineRun()
    const spam = parsed(run).diagnostics.find((diagnostic) => diagnostic.code?.value === 'spam-link')!
    const [suggestion] = spam.suggestions!
    expect(suggestion!.text).toBe('')
    const source = CORPUS['content/docomo 解约.md']!
    const removed = bytesBetween(source, suggestion!.range.start, suggestion!.range.end!)
    const message = run.files[0]!.messages.find((found) => found.ruleId === 'spam-link')!
    expect(removed).toBe(source.slice(...message.fix!.range))
  })

  it('maps severities, codes, source and the original output line', () => {
    const diagnostics = parsed(sampleRun()).diagnostics
    expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['ERROR', 'ERROR', 'ERROR', 'WARNING', 'WARNING', 'INFO', 'ERROR', 'ERROR'])
    expect(diagnostics[5]).toMatchObject({
      message: 'Vague duration `几个工作日`',
      source: {name: 'factlint', url: 'https://github.com/factlint/factlint'},
      code: {value: 'duration-vague', url: 'https://github.com/factlint/factlint/blob/main/docs/rules/duration-vague.md'},
      original_output: 'content/b.md:1:22: info: Vague duration `几个工作日` [duration-vague]'
    })
    expect(parsed(sampleRun()).source).toEqual({name: 'factlint', url: 'https://github.com/factlint/factlint'})
  })

  it('writes rdjsonl as one schema-valid Diagnostic per line, hostile text included', () => {
    for (const run of [sampleRun(), pipelineRun(), hostileRun()]) {
      const lines = rdjsonl(run).split('\n')
      expect(lines.pop()).toBe('')
      expect(lines).toHaveLength(rdDiagnostics(run).length)
      const validate = rdjsonlSchema()
      for (const line of lines) expect(validate(JSON.parse(line)), errorsOf(validate)).toBe(true)
      expect(lines.map((line) => JSON.parse(line) as RdDiagnostic)).toEqual(rdDiagnostics(run))
    }
    const [hostile] = rdDiagnostics(hostileRun())
    expect(hostile!.message).toBe(`Unexpected contact ${HOSTILE}\r\n::warning::injected`)
    expect(rdjsonl(runOf([]))).toBe('')
  })

  it('keeps errors only when quiet, and is registered as rdjson and rdjsonl', () => {
    expect(parsed(sampleRun()).diagnostics).toHaveLength(8)
    expect(rdDiagnostics(sampleRun(), {quiet: true}).map((diagnostic) => diagnostic.severity)).toEqual(Array(5).fill('ERROR'))
    expect(reporters.rdjson).toBe(rdjson)
    expect(reporters.rdjsonl).toBe(rdjsonl)
  })
})
