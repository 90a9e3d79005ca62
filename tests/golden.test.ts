/**
 * Whole-article golden fixtures: tests/fixtures/articles/<case>/input.md and expected.json.
 * Rewrite them on demand with UPDATE_GOLDEN=1 (and review the diff).
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {reporters} from '../src/report/index.js'

const root = 'tests/fixtures/articles'
const cases = readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)

describe('golden fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6)
  })
  for (const name of cases) {
    it(name, async () => {
      const dir = resolve(root, name)
      const {run} = await lint(['input.md'], {cwd: dir, rulesDir: resolve('rules'), date: new Date('2026-01-01T00:00:00Z')})
      for (const file of run.files) for (const message of file.messages) message.url = `docs/rules/${String(message.ruleId)}.md`
      const output = reporters.json(run).replaceAll(JSON.stringify(dir).slice(1, -1), '.')
      const expectedPath = join(dir, 'expected.json')
      if (process.env['UPDATE_GOLDEN']) writeFileSync(expectedPath, output)
      expect(output).toBe(readFileSync(expectedPath, 'utf8'))
    })
  }
})
