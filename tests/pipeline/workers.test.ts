import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runStage, workerCount} from '../../src/pipeline/stage.js'
import {ruleData} from '../helpers/rule-data.js'
import {runCli} from '../cli/helpers.js'
import {ARTICLES, article, project} from './project.js'

/** Many articles, so batches of several workers interleave. */
function manyArticles(): Record<string, string> {
  const files: Record<string, string> = {...ARTICLES}
  for (let i = 0; i < 60; i++) files[`content/more/${String(i).padStart(2, '0')}.md`] = article(['docomo', 'au', 'SoftBank'][i % 3]!, `0120-${100 + (i % 7)}-${200 + i}`, i % 2 ? '1-3' : '7-10')
  return files
}

describe('worker threads (built by npm test before vitest)', () => {
  it('give byte-identical output with 1 and 2 workers', () => {
    const dir = project(manyArticles())
    const bin = join(process.cwd(), 'bin/factlint.js')
    const run = (workers: string) => spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--no-report', '--workers', workers], {cwd: dir, encoding: 'utf8'})
    const one = run('1')
    const two = run('2')
    expect(one.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.status).toBe(one.status)
    expect(JSON.parse(one.stdout)).toHaveLength(67)
  })

  it('are used in-process with the same entries as the main thread', async () => {
    const dir = project(manyArticles())
    const paths = Object.keys(manyArticles()).sort()
    const data = ruleData()
    const here = await runStage(paths, {cwd: dir, data, workers: 1})
    const pooled = await runStage(paths, {cwd: dir, data, workers: 2})
    expect(here.stats).toMatchObject({linted: 66, workers: 0})
    expect(pooled.stats).toMatchObject({linted: 66, workers: 2})
    expect(pooled.entries).toEqual(here.entries)
  })

  it('lose nothing when a worker runs out of memory: its articles are linted here', async () => {
    const dir = project(manyArticles())
    const paths = Object.keys(manyArticles()).sort()
    const data = ruleData()
    const here = await runStage(paths, {cwd: dir, data, workers: 1})
    // 8 MB is less than a worker needs to load factlint: every worker stops, the run goes on.
    const starved = await runStage(paths, {cwd: dir, data, workers: 2, workerHeapMb: 8})
    expect(starved.stats).toMatchObject({linted: 66})
    expect(starved.entries).toEqual(here.entries)
  })

  it('keep the result of a huge article, whatever the heap of the workers', async () => {
    const files = manyArticles()
    // 0.9 MB, near the largest article factlint checks (MAX_ARTICLE_BYTES).
    files['content/huge.md'] = article('docomo', '0120-800-000', '1-3') + '填充文字。'.repeat(60_000)
    const dir = project(files)
    const paths = Object.keys(files).sort()
    const data = ruleData()
    const pooled = await runStage(paths, {cwd: dir, data, workers: 2, workerHeapMb: 24})
    const here = await runStage(paths, {cwd: dir, data, workers: 1})
    expect(pooled.stats).toMatchObject({linted: 67, workers: 2})
    expect(pooled.entries).toEqual(here.entries)
  })

  it('start only when a run is big enough, unless asked for', async () => {
    expect(workerCount('auto', 10)).toBe(1)
    expect(workerCount('auto', 10_000)).toBeGreaterThanOrEqual(1)
    expect(workerCount(3, 1)).toBe(3)
    const dir = project()
    expect((await runCli(dir, 'check', '--workers', '0')).stderr).toMatch(/--workers takes a number of threads/)
    expect((await runCli(dir, 'check', '--workers', 'auto', '--no-report')).code).toBe(1)
  })
})
