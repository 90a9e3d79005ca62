/**
 * The acceptance test of the seed articles: factlint finds every gold finding of
 * ../shared/gold/seeds.yaml (copied to tests/fixtures) with precision of at least 0.95, on the seeds
 * as they are (no frontmatter) and on the copies in content/ (frontmatter added on top).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {severityOf} from '../../src/report/model.js'
import {readGold, score} from '../helpers/score.js'

const gold = readGold(readFileSync('tests/fixtures/gold-seeds.yaml', 'utf8'))
const FRONTMATTER_LINES = 7

describe('seed articles against the gold findings', () => {
  it('finds every finding of the raw seeds with precision >= 0.95', async () => {
    const {run} = await lint(['tests/fixtures/seeds'])
    const result = score(run.files, gold)
    expect(result.missing).toEqual([])
    expect(result.recall).toBe(1)
    expect(result.extra).toEqual([])
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('scores the same on the copies in content/, whose text starts after the frontmatter', async () => {
    const {run} = await lint(['content/0*.md'])
    const result = score(run.files, gold, FRONTMATTER_LINES)
    expect(result.missing).toEqual([])
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('reports the cross-article contradiction on both sides, each naming the other place', async () => {
    const {run} = await lint(['tests/fixtures/seeds'])
    const messages = run.files.flatMap((file) =>
      file.messages.filter((m) => m.ruleId === 'timeline-contradiction').map((m) => ({file: file.path, line: m.place && 'start' in m.place ? m.place.start.line : 0, m}))
    )
    const on002 = messages.find((x) => x.file.endsWith('002_15a394b85abb246e.md') && x.line === 75)
    expect(on002?.m.related?.map((r) => `${r.file.split('/').pop()}:${r.line}`)).toEqual(['000_7bd22eae7f869b67.md:69', '000_7bd22eae7f869b67.md:111'])
    const on000 = messages.filter((x) => x.file.endsWith('000_7bd22eae7f869b67.md'))
    expect(on000.map((x) => x.line)).toEqual([69, 111])
    for (const x of on000) expect(x.m.reason).toContain('002_15a394b85abb246e.md:75')
  })

  it('finds no error on the clean articles of content/', async () => {
    const {run} = await lint(['content'])
    const clean = run.files.filter((file) => !/\/0\d\d_/.test(`/${file.path}`))
    expect(clean.length).toBeGreaterThanOrEqual(3)
    for (const file of clean) {
      expect(file.messages.filter((m) => severityOf(m) === 'error').map((m) => `${file.path}:${m.reason}`)).toEqual([])
      expect(file.messages.filter((m) => severityOf(m) === 'warning').map((m) => `${file.path}:${m.reason}`)).toEqual([])
    }
  })
})
