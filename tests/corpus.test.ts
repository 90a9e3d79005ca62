/**
 * The accuracy corpus (tests/corpus/README.md): every article of tests/corpus linted as one run,
 * scored per rule against its `<name>.expected.yaml`. Recall: expected findings reported on their
 * line with their rule id. Precision: messages of scored rules that match an expected finding. The
 * test fails below 0.95 on either, overall and for every rule with at least 5 expected findings,
 * and on any error-severity message on a `legit-` article.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {lint} from '../src/lint.js'
import {severityOf} from '../src/report/model.js'

const DIR = 'tests/corpus'
const SCORED = [
  'spam-link',
  'spam-contact',
  'spam-image',
  'phone-invalid',
  'hotline-shared',
  'hotline-mismatch',
  'timeline-contradiction',
  'documents-mismatch',
  'documents-contradiction'
]
const THRESHOLD = 0.95
const MIN_FINDINGS_PER_RULE = 5

interface Expected {
  kind: 'spam' | 'legit'
  findings: {line: number; rule: string}[]
}

interface Reported {
  article: string
  line: number
  rule: string
  severity: string
  reason: string
}

interface RuleScore {
  rule: string
  expected: number
  found: number
  messages: number
  correct: number
  recall: number
  precision: number
}

/** The articles of the corpus (`spam-*.md`, `legit-*.md`) by stem. */
function articleStems(): string[] {
  return readdirSync(DIR)
    .filter((name) => /^(?:spam|legit)-.*\.md$/.test(name))
    .map((name) => name.replace(/\.md$/, ''))
    .sort()
}

function readExpected(stem: string): Expected {
  const raw = parse(readFileSync(`${DIR}/${stem}.expected.yaml`, 'utf8')) as Partial<Expected> | null
  return {kind: raw?.kind ?? (stem.startsWith('legit-') ? 'legit' : 'spam'), findings: raw?.findings ?? []}
}

const key = (article: string, line: number, rule: string) => `${article}:${line}:${rule}`

/** Scores messages against expected findings, per rule and overall. */
function score(expected: Map<string, Expected>, reported: readonly Reported[]): {rules: RuleScore[]; overall: RuleScore; missing: string[]; extra: string[]} {
  const wanted = [...expected].flatMap(([article, e]) => e.findings.filter((f) => SCORED.includes(f.rule)).map((f) => ({article, ...f})))
  const wantedKeys = new Set(wanted.map((f) => key(f.article, f.line, f.rule)))
  const scored = reported.filter((m) => SCORED.includes(m.rule) && expected.has(m.article))
  const reportedKeys = new Set(scored.map((m) => key(m.article, m.line, m.rule)))
  const tally = (rule: string | undefined): RuleScore => {
    const mine = (r: string) => rule === undefined || r === rule
    const want = wanted.filter((f) => mine(f.rule))
    const found = want.filter((f) => reportedKeys.has(key(f.article, f.line, f.rule))).length
    const messages = scored.filter((m) => mine(m.rule))
    const correct = messages.filter((m) => wantedKeys.has(key(m.article, m.line, m.rule))).length
    return {
      rule: rule ?? 'overall',
      expected: want.length,
      found,
      messages: messages.length,
      correct,
      recall: want.length ? found / want.length : 1,
      precision: messages.length ? correct / messages.length : 1
    }
  }
  return {
    rules: SCORED.map(tally),
    overall: tally(undefined),
    missing: wanted.filter((f) => !reportedKeys.has(key(f.article, f.line, f.rule))).map((f) => key(f.article, f.line, f.rule)),
    extra: scored.filter((m) => !wantedKeys.has(key(m.article, m.line, m.rule))).map((m) => `${key(m.article, m.line, m.rule)} ${m.reason}`)
  }
}

function table(scores: readonly RuleScore[]): string {
  const rows = scores.map((s) =>
    [s.rule.padEnd(24), String(s.expected).padStart(8), String(s.found).padStart(6), String(s.messages).padStart(8), s.recall.toFixed(3).padStart(7), s.precision.toFixed(3).padStart(9)].join(' ')
  )
  return [['rule'.padEnd(24), 'expected', ' found', 'messages', ' recall', 'precision'].join(' '), ...rows].join('\n')
}

describe('accuracy corpus', () => {
  const stems = articleStems()
  const expected = new Map<string, Expected>()
  let reported: Reported[] = []

  beforeAll(async () => {
    for (const stem of stems) expected.set(stem, readExpected(stem))
    const {run} = await lint([DIR])
    reported = run.files.flatMap((file) =>
      file.messages.map((m) => ({
        article: basename(file.path).replace(/\.md$/, ''),
        line: m.place && 'start' in m.place ? m.place.start.line : 0,
        rule: String(m.ruleId),
        severity: severityOf(m),
        reason: m.reason
      }))
    )
  }, 120_000)

  it('has articles, each with its expected findings', () => {
    expect(stems.length).toBeGreaterThan(0)
    const names = new Set(readdirSync(DIR))
    expect(stems.filter((stem) => !names.has(`${stem}.expected.yaml`))).toEqual([])
    for (const [stem, e] of expected) {
      expect(e.kind, stem).toBe(stem.startsWith('legit-') ? 'legit' : 'spam')
      for (const f of e.findings) expect(Number.isInteger(f.line) && typeof f.rule === 'string', `${stem}: ${JSON.stringify(f)}`).toBe(true)
    }
  })

  it(`scores recall and precision of at least ${THRESHOLD}, overall and per rule`, () => {
    const result = score(expected, reported)
    console.log(`accuracy corpus: ${stems.length} articles\n${table([...result.rules, result.overall])}`)
    if (result.missing.length) console.log(`missing:\n  ${result.missing.join('\n  ')}`)
    if (result.extra.length) console.log(`extra:\n  ${result.extra.join('\n  ')}`)
    expect(result.overall.recall, 'overall recall').toBeGreaterThanOrEqual(THRESHOLD)
    expect(result.overall.precision, 'overall precision').toBeGreaterThanOrEqual(THRESHOLD)
    for (const rule of result.rules.filter((r) => r.expected >= MIN_FINDINGS_PER_RULE)) {
      expect(rule.recall, `${rule.rule} recall`).toBeGreaterThanOrEqual(THRESHOLD)
      expect(rule.precision, `${rule.rule} precision`).toBeGreaterThanOrEqual(THRESHOLD)
    }
  })

  it('reports no error on a legitimate article', () => {
    const errors = reported.filter((m) => m.article.startsWith('legit-') && m.severity === 'error')
    expect(errors.map((m) => `${m.article}:${m.line} ${m.rule}: ${m.reason}`)).toEqual([])
  })
})
