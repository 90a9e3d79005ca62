/**
 * The spam rules on the accuracy corpus (tests/corpus, format in its README): recall and
 * precision of spam-link, spam-contact, spam-image and link-mismatch against the expected
 * findings of every article, and no spam message at all on the legitimate trap articles.
 * (tests/corpus.test.ts scores every scored rule; this one names the spam misses and extras.)
 */
import {readdirSync, readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {lint} from '../../src/lint.js'
import {runLint} from '../../src/pipeline/engine.js'
import {applyFixes} from '../../src/pipeline/fixes.js'
import {severityOf, type LintRun} from '../../src/report/model.js'
import {ruleData} from '../helpers/rule-data.js'

const RULES = ['spam-link', 'spam-contact', 'spam-image', 'link-mismatch']
const DIR = 'tests/corpus'

interface Expected {
  kind: 'spam' | 'legit'
  findings: {line: number; rule: string}[]
}

function expectedFindings(): Map<string, Expected> {
  const map = new Map<string, Expected>()
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.expected.yaml'))) {
    map.set(file.replace(/\.expected\.yaml$/, ''), parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Expected)
  }
  return map
}

/** `name:line:rule` of every expected finding and every message of `rules`. */
function keys(run: LintRun, expected: Map<string, Expected>, rule: string) {
  const want = new Set([...expected].flatMap(([name, e]) => e.findings.filter((f) => f.rule === rule).map((f) => `${name}:${f.line}:${rule}`)))
  const got = new Set(
    run.files.flatMap((file) =>
      file.messages
        .filter((m) => m.ruleId === rule && m.place && 'start' in m.place)
        .map((m) => `${basename(file.path, '.md')}:${m.place && 'start' in m.place ? m.place.start.line : 0}:${rule}`)
    )
  )
  return {want, got}
}

describe('spam rules on the accuracy corpus', () => {
  let run: LintRun
  const expected = expectedFindings()
  beforeAll(async () => {
    ;({run} = await lint([DIR]))
  }, 60_000)

  it('has at least 20 spam articles and 4 legitimate traps of ours', () => {
    expect([...expected.keys()].filter((name) => name.startsWith('spam-')).length).toBeGreaterThanOrEqual(20)
    expect([...expected.keys()].filter((name) => name.startsWith('legit-trap-')).length).toBeGreaterThanOrEqual(4)
  })

  for (const rule of RULES) {
    it(`${rule}: recall and precision of at least 0.95`, () => {
      const {want, got} = keys(run, expected, rule)
      const missing = [...want].filter((k) => !got.has(k))
      const extra = [...got].filter((k) => !want.has(k))
      const recall = want.size ? (want.size - missing.length) / want.size : 1
      const precision = got.size ? (got.size - extra.length) / got.size : 1
      console.log(`${rule}: recall ${recall.toFixed(3)} (${want.size - missing.length}/${want.size}), precision ${precision.toFixed(3)} (${got.size - extra.length}/${got.size})`)
      expect({rule, missing, extra}).toEqual({rule, missing: [], extra: []})
      expect(recall).toBeGreaterThanOrEqual(0.95)
      expect(precision).toBeGreaterThanOrEqual(0.95)
    })
  }

  it('fixes every certain spam finding, touches no legitimate article, and a second fix changes nothing', () => {
    const fix = (of: LintRun) => of.files.map((file) => applyFixes(String(file.value), file.messages.flatMap((m) => (m.fix ? [m.fix] : []))).output)
    const once = fix(run)
    const data = ruleData()
    const again = runLint(
      run.files.map((file, i) => ({path: file.path, text: once[i]!})),
      {cwd: '/', data, severities: data.severities, docsUrl: (id) => id, version: 'test'}
    )
    const left = again.files.flatMap((file) => file.messages.filter((m) => String(m.ruleId).startsWith('spam-') && severityOf(m) === 'error').map((m) => `${file.path}: ${m.actual}`))
    expect(left).toEqual([])
    expect(fix(again)).toEqual(once)
    run.files.forEach((file, i) => {
      if (basename(file.path).startsWith('legit-')) expect(once[i]).toBe(String(file.value))
    })
  })

  it('reports nothing of the spam rules on the legitimate articles', () => {
    const legit = run.files.filter((file) => basename(file.path).startsWith('legit-'))
    expect(legit.length).toBeGreaterThanOrEqual(4)
    const found = legit.flatMap((file) => file.messages.filter((m) => RULES.includes(String(m.ruleId))).map((m) => `${file.path}: ${m.ruleId} ${m.reason}`))
    expect(found).toEqual([])
  })
})
