import {describe, expect, it} from 'vitest'
import {durationRange} from '../../src/report/duration-text.js'
import {editorialReport} from '../../src/report/index.js'
import {article, documents, duration, link, phone, runOf, sampleRun, say, SOURCES, urlOf} from './fixtures.js'
import {ACTIVE, cellTexts, nodesOf, parse} from './markdown.js'

const ZWJ = '\u200d'

/** The block of `report` from the heading `heading` to the next heading. */
function section(report: string, heading: string): string {
  const start = report.indexOf(`${heading}\n`)
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = report.slice(start + heading.length + 1)
  const end = rest.search(/^#{1,3} /m)
  return (end === -1 ? rest : rest.slice(0, end)).trim()
}

describe('editorialReport', () => {
  const report = editorialReport(sampleRun(), {verifiedNumbers: {'jp.docomo': ['0120-800-000', '+81120800000']}})

  it('opens with a title, the run line and a summary with a table by rule', () => {
    expect(report.split('\n\n## Findings by article')[0]).toBe(
      [
        '# factlint editorial report — 2026-11-22',
        '',
        'factlint 0.1.0, run of 2026-11-22T08:30:00.000Z.',
        '',
        '## Summary',
        '',
        '- Articles checked: 3 (2 with findings, 1 clean)',
        '- Findings: 8 (5 errors, 2 warnings, 1 info)',
        '',
        '| Rule | Findings | Errors | Warnings | Infos |',
        '| --- | ---: | ---: | ---: | ---: |',
        `| [hotline-shared](${urlOf('hotline-shared')}) | 3 | 3 | 0 | 0 |`,
        `| [timeline-contradiction](${urlOf('timeline-contradiction')}) | 2 | 0 | 2 | 0 |`,
        `| [duration-vague](${urlOf('duration-vague')}) | 1 | 0 | 0 | 1 |`,
        `| [spam-contact](${urlOf('spam-contact')}) | 1 | 1 | 0 | 0 |`,
        `| [spam-link](${urlOf('spam-link')}) | 1 | 1 | 0 | 0 |`
      ].join('\n')
    )
    expect(report.endsWith('|\n')).toBe(true)
  })

  it('lists the findings of each article with findings, and the clean ones on one line', () => {
    expect(section(report, '### `content/a.md`').split('\n')).toEqual([
      '| Line | Severity | Rule | Message | Claim |',
      '| ---: | --- | --- | --- | --- |',
      `| 3 | error | [hotline-shared](${urlOf('hotline-shared')}) | Unexpected hotline \\\`00530-111-111\\\` for NTT DOCOMO, also stated for two other carriers \\(also: content/a.md:4, content/a.md:5\\) | \`NTT DOCOMO：00530-111-111\` |`,
      `| 4 | error | [hotline-shared](${urlOf('hotline-shared')}) | Unexpected hotline \\\`00530-111-111\\\` for SoftBank, also stated for two other carriers \\(also: content/a.md:3, content/a.md:5\\) | \`SoftBank：00530-111-111\` |`,
      `| 5 | error | [hotline-shared](${urlOf('hotline-shared')}) | Unexpected hotline \\\`00530-111-111\\\` for au, also stated for two other carriers \\(also: content/a.md:3, content/a.md:4\\) | \`au：00530-111-111\` |`,
      `| 7 | warning | [timeline-contradiction](${urlOf('timeline-contradiction')}) | Unexpected review time \\\`1-3个工作日\\\`, content/b.md says \\\`7-10个工作日\\\` \\(also: content/b.md:1\\) | \`1-3个工作日\` |`
    ])
    const b = section(report, '### `content/b.md`')
    expect(b.split('\n').slice(2).map((row) => row.split(' | ')[0])).toEqual(['| 1', '| 1', '| 5', '| 5', '', 'Clean articles (1): `content/c.md`'])
    expect(b).toContain(`| \`[TG💪+ @esim1088](https://t.me/s/esim1088)\` |`)
    expect(b).toContain(`Unexpected Telegram handle \\\`@${ZWJ}esim1088\\\``)
    expect(report).not.toContain('### `content/c.md`')
  })

  it('tables hotlines by carrier with statuses from messages and the verified numbers', () => {
    expect(section(report, '### Hotlines by carrier')).toBe(
      [
        '| Carrier | Number | Where | Status |',
        '| --- | --- | --- | --- |',
        '| jp.au | `00530-111-111` | content/a.md:5 | shared |',
        '| jp.docomo | `00530-111-111` | content/a.md:3 | shared |',
        '| jp.docomo | `0120-800-000` | content/c.md:1 | verified |',
        '| jp.softbank | `00530-111-111` | content/a.md:4 | shared |'
      ].join('\n')
    )
    expect(editorialReport(sampleRun())).toContain('| jp.docomo | `0120-800-000` | content/c.md:1 | unverified |')
  })

  it('derives every hotline status from the messages on the claim only', () => {
    const source = '- 都科摩：0120-800-000\n- 软银：0120-000-000\n- au：157\n- 乐天：0800-600-0000\n- docomo：151\n- 客服：0570-000-000\n'
    const file = article('content/h.md', source, {
      phones: [
        phone(source, '0120-800-000', {digits: '0120800000', e164: '+81120800000', carrier: 'jp.docomo'}),
        phone(source, '0120-000-000', {digits: '0120000000', carrier: 'jp.softbank', valid: false}),
        phone(source, '157', {digits: '157', carrier: 'jp.au', shortCode: true}),
        phone(source, '0800-600-0000', {digits: '08006000000', carrier: 'jp.rakuten'}),
        phone(source, '151', {digits: '151', carrier: 'jp.docomo', shortCode: true}),
        phone(source, '0570-000-000', {digits: '0570000000'})
      ]
    })
    say(file, {ruleId: 'hotline-mismatch', reason: 'Unexpected number for docomo', on: '0120-800-000', severity: 'warning'})
    say(file, {ruleId: 'phone-invalid', reason: 'Impossible number', on: '0120-000-000', severity: 'error'})
    say(file, {ruleId: 'hotline-shared', reason: 'Shared', on: '157', severity: 'error'})
    say(file, {ruleId: 'phone-invalid', reason: 'Another rule on a line nearby', on: '- 乐天', severity: 'error'})
    const verifiedNumbers = {'jp.docomo': ['+81 120-800-000', '151'], 'jp.au': ['157']}
    const table = section(editorialReport(runOf([file]), {verifiedNumbers}), '### Hotlines by carrier')
    expect(cellTexts(nodesOf(parse(table), 'table')[0]!).slice(1)).toEqual([
      ['jp.au', '157', 'content/h.md:3', 'shared'],
      ['jp.docomo', '0120-800-000', 'content/h.md:1', 'unverified (mismatch)'],
      ['jp.docomo', '151', 'content/h.md:5', 'verified'],
      ['jp.rakuten', '0800-600-0000', 'content/h.md:4', 'unverified'],
      ['jp.softbank', '0120-000-000', 'content/h.md:2', 'invalid']
    ])
  })

  it('tables durations by action with the range in words and ⚠ on contradictions', () => {
    expect(section(report, '### Durations by action')).toBe(
      [
        '| Action | Range | As written | Carrier | Where | ⚠ |',
        '| --- | --- | --- | --- | --- | --- |',
        '| review | 1–3 business days | `1-3个工作日` | — | content/a.md:7 | ⚠ |',
        '| review | 7–10 business days | `7-10个工作日` | — | content/b.md:1 | ⚠ |',
        '| takes-effect | several business days \\(vague\\) | `几个工作日` | — | content/b.md:1 |   |'
      ].join('\n')
    )
  })

  it('puts durations without an action last and names their carrier', () => {
    const source = '软银7天内生效。审核约一周。都科摩一般3个工作日审核。\n'
    const file = article('content/t.md', source, {
      durations: [
        duration(source, '7天内', {min: 0, max: 7, unit: 'day', carrier: 'jp.softbank'}),
        duration(source, '约一周', {min: 1, max: 1, unit: 'week', approximate: true, action: 'review'}),
        duration(source, '3个工作日', {min: 3, max: 3, action: 'review', carrier: 'jp.docomo'})
      ]
    })
    const table = section(editorialReport(runOf([file])), '### Durations by action')
    expect(cellTexts(nodesOf(parse(table), 'table')[0]!).slice(1)).toEqual([
      ['review', 'about 1 week', '约一周', '—', 'content/t.md:1', ''],
      ['review', '3 business days', '3个工作日', 'jp.docomo', 'content/t.md:1', ''],
      ['—', 'within 7 days', '7天内', 'jp.softbank', 'content/t.md:1', '']
    ])
  })

  it('says ranges the way editors read them', () => {
    const base = {vague: false, approximate: false}
    expect(durationRange({...base, min: 1, max: 3, unit: 'business-day'})).toBe('1–3 business days')
    expect(durationRange({...base, min: 7, max: 7, unit: 'day'})).toBe('7 days')
    expect(durationRange({...base, min: 1, max: 1, unit: 'week', approximate: true})).toBe('about 1 week')
    expect(durationRange({...base, min: 0, max: 24, unit: 'hour'})).toBe('within 24 hours')
    expect(durationRange({...base, min: 0, max: 1, unit: 'month', approximate: true})).toBe('within about 1 month')
    expect(durationRange({...base, min: 2, max: 5, unit: 'business-day', vague: true})).toBe('several business days (vague)')
  })

  it('tables required documents with their forms and mode', () => {
    expect(section(report, '### Required documents')).toBe(
      [
        '| Where | Carrier | Documents | Mode |',
        '| --- | --- | --- | --- |',
        '| content/b.md:3 | — | passport \\(copy\\), residence-card \\(original\\) | all |'
      ].join('\n')
    )
  })

  it('groups spam by destination host or handle across articles', () => {
    const source = '加群 [免费](https://t.me/+abc) 或 TG：@esim1088\n'
    const other = article('content/d.md', source, {
      links: [link(source, '[免费](https://t.me/+abc)', {url: 'https://t.me/+abc', host: 't.me', label: '免费'})],
      contacts: [{kind: 'contact', span: {start: source.indexOf('@esim1088'), end: source.indexOf('@esim1088') + 9}, text: '@esim1088', context: {block: 0, blockType: 'paragraph', sentence: 0}, platform: 'telegram', handle: 'esim1088', inLinkText: false, inCode: false}]
    })
    say(other, {ruleId: 'spam-link', reason: 'Spam link', on: '[免费](https://t.me/+abc)', severity: 'error'})
    say(other, {ruleId: 'spam-contact', reason: 'Spam handle', on: '@esim1088', severity: 'error'})
    say(other, {ruleId: 'spam-image', reason: 'Spam image', on: '加群', severity: 'error', actual: '![qr](https://evil.example/qr.png)'})
    const run = sampleRun()
    const table = section(editorialReport(runOf([...run.files, other])), '## Spam')
    expect(table.split('\n')).toEqual([
      '| Destination | Rules | Count | Where |',
      '| --- | --- | ---: | --- |',
      '| `t.me` | spam-link | 2 | content/b.md:5, content/d.md:1 |',
      '| `telegram @esim1088` | spam-contact | 2 | content/b.md:5, content/d.md:1 |',
      '| `![qr](https://evil.example/qr.png)` | spam-image | 1 | content/d.md:1 |'
    ])
  })

  it('links rule ids only to the doc pages the run lists, and only over http(s)', () => {
    const file = article('content/r.md', '正文\n')
    say(file, {ruleId: 'not-listed', reason: 'x', on: '正文', severity: 'info'})
    const run = runOf([file])
    expect(editorialReport(run)).toContain('| not-listed | 1 | 0 | 0 | 1 |')
    run.rules.push({id: 'not-listed', description: '', severity: 'info', url: 'javascript:alert(1)'})
    expect(editorialReport(run)).toContain('| not-listed | 1 | 0 | 0 | 1 |')
    run.rules[run.rules.length - 1]!.url = 'https://example.com/docs/rules/not listed (draft).md'
    expect(editorialReport(run)).toContain('| [not-listed](https://example.com/docs/rules/not%20listed%20%28draft%29.md) | 1 |')
  })

  it('says so when there is nothing to list', () => {
    const empty = editorialReport(runOf([article('content/ok.md', '好\n')]))
    expect(empty).toContain('- Findings: 0 (0 errors, 0 warnings, 0 infos)\n\n## Findings by article\n\nClean articles (1): `content/ok.md`\n')
    expect(empty).toContain('_No phone number is stated for a carrier._')
    expect(empty).toContain('_No duration is stated._')
    expect(empty).toContain('_No required documents are listed._')
    expect(empty).toContain('_No spam found._')
  })

  it('renders no hostile article text as a link, image, HTML or mention, and keeps every table whole', () => {
    const hostile = '<script>alert(1)</script> | ![x](http://evil) @everyone `tick` ```` \u001b[31mred\u001b[0m\n\n# head https://evil.example'
    const source = `客服：0120-000-000 ${hostile}\n审核1-3个工作日\n`
    const file = article('content/<img src=x>|`evil`.md', source, {
      phones: [{...phone(source, '0120-000-000', {digits: '0120000000', carrier: 'jp.docomo'}), text: hostile}],
      durations: [{...duration(source, '1-3个工作日', {min: 1, max: 3, action: hostile, carrier: hostile}), text: hostile}],
      documents: [documents(source, '审核', [{id: hostile, form: 'copy', text: '审核'}], {carrier: hostile})],
      links: [link(source, '![x](http://evil)', {url: 'http://evil', host: hostile, label: 'x', form: 'image'})]
    })
    say(file, {
      ruleId: 'spam-image',
      reason: `Unexpected image ${hostile}`,
      on: '![x](http://evil)',
      severity: 'error',
      actual: hostile,
      related: [{file: hostile, line: 1, column: 1, endLine: 1, endColumn: 2, text: hostile}]
    })
    say(file, {ruleId: hostile, reason: hostile, on: 'tick', severity: 'warning', actual: hostile})
    const markdown = editorialReport(runOf([file]))
    expect(markdown).not.toContain('\u001b')
    const tree = parse(markdown)
    const prose = nodesOf(tree, 'text').map((node) => node.value)
    expect(prose.join('\n')).not.toMatch(/@everyone|:\/\/|www\./)
    expect(prose.filter((value) => value.includes('@'))).not.toEqual([])
    expect(markdown.replace(/(`+)(?:(?!\1)[^])*?\1/g, '')).not.toMatch(/<script|<img|@everyone/)
    expect(nodesOf(tree, 'link').map((node) => node.url)).toEqual([urlOf('spam-image'), urlOf('spam-image')])
    for (const type of ACTIVE.filter((type) => type !== 'link')) expect(nodesOf(tree, type)).toEqual([])
    const headings = nodesOf(tree, 'heading').map((node) => node.depth)
    expect(headings).toEqual([1, 2, 2, 3, 2, 3, 3, 3, 2])
    for (const table of nodesOf(tree, 'table')) {
      const widths = table.children.map((row) => row.children.length)
      expect(new Set(widths).size).toBe(1)
    }
    const findings = cellTexts(nodesOf(tree, 'table')[1]!)
    expect(findings[1]![4]).toBe(hostile.replace(/\s*\n\s*/g, ' ').replace('\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'))
    expect(SOURCES.b).toContain('[TG💪+ @esim1088](https://t.me/s/esim1088)')
  })
})
