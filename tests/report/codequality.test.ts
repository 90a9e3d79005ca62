import {describe, expect, it} from 'vitest'
import {codequality, codeQualityIssues, type CodeQualityIssue} from '../../src/report/codequality.js'
import {reporters} from '../../src/report/index.js'
import type {LintRun} from '../../src/report/model.js'
import {FINGERPRINT_KEY, sarifLog} from '../../src/report/sarif.js'
import {HOSTILE, hostileRun, pipelineRun, seedRun} from './ci-fixtures.js'
import {article, runOf, sampleRun, say, SOURCES} from './fixtures.js'

function issues(run: LintRun): CodeQualityIssue[] {
  const text = codequality(run)
  expect(text.endsWith('\n')).toBe(true)
  const parsed = JSON.parse(text) as CodeQualityIssue[]
  expect(parsed).toEqual(codeQualityIssues(run))
  return parsed
}

function shifted(prefix: string): LintRun {
  const b = article('content/b.md', prefix + SOURCES.b)
  say(b, {ruleId: 'spam-contact', reason: 'Spam handle', on: '@esim1088', severity: 'error', actual: '@esim1088'})
  say(b, {ruleId: 'timeline-contradiction', reason: 'Contradiction', on: '7-10个工作日', severity: 'warning'})
  return runOf([b])
}

describe('codequality', () => {
  it('writes one GitLab Code Quality issue per finding with rule, severity, path and lines', () => {
    const found = issues(sampleRun())
    expect(found.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin])).toEqual([
      ['hotline-shared', 'major', 'content/a.md', 3],
      ['hotline-shared', 'major', 'content/a.md', 4],
      ['hotline-shared', 'major', 'content/a.md', 5],
      ['timeline-contradiction', 'minor', 'content/a.md', 7],
      ['timeline-contradiction', 'minor', 'content/b.md', 1],
      ['duration-vague', 'info', 'content/b.md', 1],
      ['spam-link', 'major', 'content/b.md', 5],
      ['spam-contact', 'major', 'content/b.md', 5]
    ])
    expect(found[3]).toEqual({
      type: 'issue',
      description: 'Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日`',
      check_name: 'timeline-contradiction',
      fingerprint: found[3]!.fingerprint,
      severity: 'minor',
      location: {path: 'content/a.md', lines: {begin: 7, end: 7}}
    })
  })

  it('marks an article that could not be checked as a blocker', () => {
    const broken = issues(pipelineRun()).find((issue) => issue.location.path === 'content/broken.md')!
    expect(broken).toMatchObject({check_name: 'article-invalid', severity: 'blocker', location: {lines: {begin: 1, end: 1}}})
  })

  it('gives every finding a unique fingerprint that survives lines inserted above, the same as SARIF’s', async () => {
    for (const run of [sampleRun(), pipelineRun(), await seedRun()]) {
      const prints = issues(run).map((issue) => issue.fingerprint)
      expect(new Set(prints).size).toBe(prints.length)
      expect(prints).toEqual(sarifLog(run).runs[0]!.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]))
    }
    const before = issues(shifted(''))
    const after = issues(shifted('# 新的标题\n\n新增一段。\n\n'))
    expect(after.map((issue) => issue.location.lines.begin)).toEqual(before.map((issue) => issue.location.lines.begin + 4))
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint))
  })

  it('keeps hostile text as JSON data', () => {
    const [issue] = issues(hostileRun())
    expect(issue!.description).toBe(`Unexpected contact ${HOSTILE}\r\n::warning::injected`)
    expect(issue!.location.path).toBe('content/x, y:z #1 注销.md')
    expect(codequality(hostileRun())).not.toContain('\u001b')
  })

  it('keeps errors only when quiet, writes [] for a clean run, and is registered as codequality', () => {
    expect(codeQualityIssues(sampleRun(), {quiet: true}).map((issue) => issue.severity)).toEqual(Array(5).fill('major'))
    expect(codequality(runOf([article('content/clean.md', '干净\n')]))).toBe('[]\n')
    expect(reporters.codequality).toBe(codequality)
  })
})
