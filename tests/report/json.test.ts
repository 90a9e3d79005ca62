import {describe, expect, it} from 'vitest'
import {reporters} from '../../src/report/index.js'
import {json, jsonChunks, jsonResults} from '../../src/report/json.js'
import {article, runOf, sampleRun, say, SOURCES, spanIn, urlOf} from './fixtures.js'

describe('json', () => {
  it('writes one ESLint-shaped result per file, keys in a fixed order', () => {
    const results = jsonResults(sampleRun())
    expect(results.map((result) => result.filePath)).toEqual(['/repo/content/a.md', '/repo/content/b.md', '/repo/content/c.md'])
    for (const result of results) {
      expect(Object.keys(result)).toEqual([
        'filePath',
        'messages',
        'errorCount',
        'fatalErrorCount',
        'warningCount',
        'infoCount',
        'fixableErrorCount',
        'fixableWarningCount'
      ])
    }
    expect(results.map(({messages, filePath, ...counts}) => [filePath.slice(6), messages.length, counts])).toEqual([
      ['content/a.md', 4, {errorCount: 3, fatalErrorCount: 0, warningCount: 1, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}],
      ['content/b.md', 4, {errorCount: 2, fatalErrorCount: 0, warningCount: 1, infoCount: 1, fixableErrorCount: 1, fixableWarningCount: 0}],
      ['content/c.md', 0, {errorCount: 0, fatalErrorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}]
    ])
  })

  it('maps severities to 2, 1 and 0 and keeps positions as 1-based lines and UTF-16 columns', () => {
    const [a, b] = jsonResults(sampleRun())
    expect(a!.messages.map((message) => [message.ruleId, message.severity, message.line, message.column, message.endLine, message.endColumn])).toEqual([
      ['hotline-shared', 2, 3, 14, 3, 27],
      ['hotline-shared', 2, 4, 12, 4, 25],
      ['hotline-shared', 2, 5, 6, 5, 19],
      ['timeline-contradiction', 1, 7, 5, 7, 12]
    ])
    expect(b!.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['timeline-contradiction', 1],
      ['duration-vague', 0],
      ['spam-link', 2],
      ['spam-contact', 2]
    ])
  })

  it('writes every field of a full message, in order', () => {
    const [, b] = jsonResults(sampleRun())
    const spam = b!.messages[2]!
    const link = '[TG💪+ @esim1088](https://t.me/s/esim1088)'
    const span = spanIn(SOURCES.b, link)
    expect(Object.keys(spam)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix', 'suggestions', 'actual', 'url'])
    expect(spam).toEqual({
      ruleId: 'spam-link',
      severity: 2,
      message: 'Unexpected link to `t.me`, a spam destination',
      line: 5,
      column: 6,
      endLine: 5,
      endColumn: 6 + link.length,
      fix: {range: [span.start, span.end], text: ''},
      suggestions: [{desc: 'Remove the link'}],
      actual: link,
      url: urlOf('spam-link')
    })
    const [a] = jsonResults(sampleRun())
    const shared = a!.messages[0]!
    expect(Object.keys(shared)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'related', 'actual', 'url'])
    expect(shared.related).toEqual([
      {filePath: '/repo/content/a.md', line: 4, column: 12, endLine: 4, endColumn: 25, text: '00530-111-111'},
      {filePath: '/repo/content/a.md', line: 5, column: 6, endLine: 5, endColumn: 19, text: '00530-111-111'}
    ])
  })

  it('marks an article that could not be checked as fatal, with ruleId null and line 0', () => {
    const file = article('content/broken.md', '')
    const message = file.message('Cannot read file: EACCES', {source: 'factlint'})
    message.fatal = true
    message.articleFatal = true
    message.expected = ['a readable UTF-8 file']
    expect(jsonResults(runOf([file]))).toEqual([
      {
        filePath: '/repo/content/broken.md',
        messages: [{ruleId: null, severity: 2, message: 'Cannot read file: EACCES', line: 0, column: 0, expected: ['a readable UTF-8 file'], fatal: true}],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        infoCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0
      }
    ])
  })

  it('keeps errors only when quiet, but every file', () => {
    const results = jsonResults(sampleRun(), {quiet: true})
    expect(results.map((result) => result.messages.map((message) => message.severity))).toEqual([[2, 2, 2], [2, 2], []])
    expect(results.map((result) => result.warningCount + result.infoCount)).toEqual([0, 0, 0])
  })

  it('writes 2-space indented JSON that parses back to the results, ending with a newline', () => {
    const run = sampleRun()
    const text = json(run)
    expect(text.startsWith('[\n  {\n    "filePath": "/repo/content/a.md",\n    "messages": [\n      {\n        "ruleId": "hotline-shared",')).toBe(true)
    expect(text.endsWith('\n]\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(jsonResults(run))
    expect(json(sampleRun())).toBe(text)
  })

  it('hands its text over a file at a time, the same bytes as JSON.stringify of the results', () => {
    const run = sampleRun()
    const pieces = [...jsonChunks(run)]
    expect(pieces).toHaveLength(run.files.length + 1)
    expect(pieces[0]!.startsWith('[\n  {\n    "filePath": "/repo/content/a.md"')).toBe(true)
    expect(pieces[1]!.startsWith(',\n  {\n    "filePath": "/repo/content/b.md"')).toBe(true)
    expect(pieces.join('')).toBe(`${JSON.stringify(jsonResults(run), null, 2)}\n`)
    expect([...jsonChunks(run, {quiet: true})].join('')).toBe(`${JSON.stringify(jsonResults(run, {quiet: true}), null, 2)}\n`)
    expect([...jsonChunks(runOf([]))].join('')).toBe('[]\n')
    expect(json(runOf([]))).toBe(`${JSON.stringify([], null, 2)}\n`)
  })

  it('keeps hostile article text as data (JSON escapes it)', () => {
    const source = '<script>x</script> \u001b[31m@everyone\n'
    const file = article('content/x.md', source)
    say(file, {ruleId: 'spam-contact', reason: 'Unexpected `\u001b[31m@everyone`', on: '@everyone', severity: 'error', actual: '\u001b[31m@everyone'})
    const text = json(runOf([file]))
    expect(text).not.toContain('\u001b')
    expect(text).toContain('"actual": "\\u001b[31m@everyone"')
    expect(JSON.parse(text)[0].messages[0].actual).toBe('\u001b[31m@everyone')
  })

  it('is registered as the json reporter', () => {
    expect(reporters.json).toBe(json)
  })
})
