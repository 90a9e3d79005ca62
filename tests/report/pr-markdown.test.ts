import type {Link} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {reporters} from '../../src/report/index.js'
import {prMarkdown} from '../../src/report/pr-markdown.js'
import {HOSTILE, hostileRun, pipelineRun} from './ci-fixtures.js'
import {article, runOf, sampleRun, say} from './fixtures.js'
import {ACTIVE, cellTexts, nodesOf, parse} from './markdown.js'

const ZWJ = '\u200d'
const DOCS = 'https://github.com/factlint/factlint/blob/main/docs/rules/'
const BLOB = 'https://github.com/acme/guides/blob/0123abc/'

/** Every link of `markdown` must be one the reporter made: a rule's doc page or a line of an article. */
function expectOnlyOwnLinks(markdown: string, fileBase = 'content/'): Link[] {
  const tree = parse(markdown)
  for (const type of ACTIVE.filter((name) => name !== 'link')) expect(nodesOf(tree, type), type).toEqual([])
  const links = nodesOf(tree, 'link')
  for (const link of links) expect(link.url.startsWith(DOCS) || link.url.startsWith(fileBase), link.url).toBe(true)
  return links
}

describe('markdown (pull-request summary)', () => {
  it('counts by severity and rule, then lists the findings errors first with links to their lines and the claims', () => {
    const markdown = prMarkdown(sampleRun())
    expect(markdown.split('\n').slice(0, 3)).toEqual(['## factlint: 5 errors, 2 warnings, 1 info', '', '3 articles checked, 2 with findings.'])
    const [byRule, findings] = nodesOf(parse(markdown), 'table')
    expect(cellTexts(byRule!)).toEqual([
      ['Rule', 'Findings', 'Errors', 'Warnings', 'Infos'],
      ['hotline-shared', '3', '3', '0', '0'],
      ['timeline-contradiction', '2', '0', '2', '0'],
      ['duration-vague', '1', '0', '0', '1'],
      ['spam-link', '1', '1', '0', '0'],
      ['spam-contact', '1', '1', '0', '0']
    ])
    const rows = cellTexts(findings!)
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['Severity', 'Where', 'Rule'],
      ['error', 'content/a.md:3', 'hotline-shared'],
      ['error', 'content/a.md:4', 'hotline-shared'],
      ['error', 'content/a.md:5', 'hotline-shared'],
      ['error', 'content/b.md:5', 'spam-link'],
      ['error', 'content/b.md:5', 'spam-contact'],
      ['warning', 'content/a.md:7', 'timeline-contradiction'],
      ['warning', 'content/b.md:1', 'timeline-contradiction'],
      ['info', 'content/b.md:1', 'duration-vague']
    ])
    expect(rows[6]!.slice(3)).toEqual(['Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日` (see content/b.md:1)', '1-3个工作日'])
    expect(rows[4]!.slice(3)).toEqual(['Unexpected link to `t.me`, a spam destination', '[TG💪+ @esim1088](https://t.me/s/esim1088)'])
    expect(markdown).not.toContain('<details>')
  })

  it('links to lines relatively, or under linkBase (e.g. a blob URL), with paths percent-encoded', () => {
    const relative = expectOnlyOwnLinks(prMarkdown(pipelineRun()))
    expect(relative.map((link) => link.url)).toContain('content/docomo%20%E8%A7%A3%E7%BA%A6.md#L15')
    const absolute = expectOnlyOwnLinks(prMarkdown(pipelineRun(), {linkBase: BLOB.slice(0, -1)}), BLOB)
    expect(absolute.filter((link) => !link.url.startsWith(DOCS)).map((link) => [toString(link), link.url])).toContainEqual([
      'content/softbank.md:8',
      `${BLOB}content/softbank.md#L8`
    ])
    expect(prMarkdown(sampleRun(), {linkBase: 'javascript:alert(1)//'})).not.toContain('javascript')
  })

  it('escapes article text: no mention, image, link, HTML or table break comes from it', () => {
    const markdown = prMarkdown(hostileRun(), {linkBase: BLOB})
    const links = expectOnlyOwnLinks(markdown, BLOB)
    expect(links.filter((link) => !link.url.startsWith(DOCS)).map((link) => link.url)).toEqual([`${BLOB}content/x%2C%20y%3Az%20%231%20%E6%B3%A8%E9%94%80.md#L3`, `${BLOB}content/x%2C%20y%3Az%20%231%20%E6%B3%A8%E9%94%80.md#L1`])
    // GitHub finds mentions in text, never in code spans (where the claims are quoted as written).
    for (const text of nodesOf(parse(markdown), 'text')) expect(text.value).not.toMatch(/@(?!\u200d)\w/)
    expect(markdown.replaceAll('\n', '')).not.toMatch(/\p{Cc}|\u202e/u)
    const [, findings] = nodesOf(parse(markdown), 'table')
    const row = cellTexts(findings!)[1]!
    expect(row).toHaveLength(5)
    expect(row[3]).toContain(`Unexpected contact ]]> <script>alert(1)</script> &amp; @${ZWJ}everyone [x](1) {0} 100% %0A ::error::x`)
    expect(row[4]).toContain(`]]> <script>alert(1)</script> &amp; @everyone`)
    expect(HOSTILE).toContain('@everyone')
  })

  it('shows the top 20 and every finding in a collapsed list, cut to fit the comment size', () => {
    const file = article('content/many.md', '行\n'.repeat(30))
    for (let index = 0; index < 30; index++) say(file, {ruleId: index % 3 ? 'duration-vague' : 'spam-link', reason: `Finding ${index}`, on: '行', nth: index, severity: index % 3 ? 'warning' : 'error'})
    const markdown = prMarkdown(runOf([file]))
    const [, top, all] = nodesOf(parse(markdown), 'table')
    expect(cellTexts(top!).slice(1).map((row) => row[0])).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning')])
    expect(markdown).toContain('### Top 20 findings')
    expect(markdown).toContain('<details>\n<summary>All 30 findings</summary>\n\n| Severity')
    expect(cellTexts(all!)).toHaveLength(31)
    const cut = prMarkdown(runOf([file]), {maxLength: markdown.length - 2000})
    expect(cut.length).toBeLessThanOrEqual(markdown.length - 2000)
    expect(cut).toMatch(/\n\n\d+ more findings are in the full report\.\n\n<\/details>\n$/)
  })

  it('with baseline information, counts new findings and lists the fixed ones, escaped', () => {
    const markdown = prMarkdown(sampleRun(), {
      baseline: {fixed: [{file: 'content/old.md', ruleId: 'spam-link', text: `[x](https://t.me/y) ${HOSTILE}`, count: 2}], hidden: 4}
    })
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '## factlint: 5 new errors, 2 new warnings, 1 new info',
      '',
      '3 articles checked, 2 with findings · 8 new findings · 4 accepted in the baseline and hidden · 2 baseline findings fixed.'
    ])
    expect(markdown).toContain('### Fixed since the baseline')
    const fixed = nodesOf(parse(markdown), 'table').at(-1)!
    expect(cellTexts(fixed)).toEqual([
      ['Article', 'Rule', 'Claim', 'Fixed'],
      ['content/old.md', 'spam-link', `[x](https://t.me/y) ${HOSTILE.replace('\u0001\u001b[31m\u007f\u0085\u202e', '\\u0001\\u001b[31m\\u007f\\u0085\\u202e')}`, '2']
    ])
    expectOnlyOwnLinks(markdown)
    expect(prMarkdown(runOf([article('content/a.md', '干净\n')]), {baseline: {fixed: []}})).toBe('## factlint: no new findings\n\n1 article checked, 0 with findings · 0 new findings · 0 baseline findings fixed.\n')
  })

  it('says so when there are no findings, keeps errors only when quiet, and is registered as markdown', () => {
    expect(prMarkdown(runOf([article('content/a.md', '干净\n')]))).toBe('## factlint: no findings\n\n1 article checked, 0 with findings.\n')
    expect(prMarkdown(sampleRun(), {quiet: true}).split('\n')[0]).toBe('## factlint: 5 errors, 0 warnings, 0 infos')
    expect(reporters.markdown).toBe(prMarkdown)
  })
})
