/** Hashing articles in a worker thread while the cache loads, and the stage's use of those hashes. */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {ArticleCache} from '../../src/pipeline/cache.js'
import {hashAhead, type ArticleHashes} from '../../src/pipeline/hash-ahead.js'
import {contentHash} from '../../src/pipeline/hashes.js'
import {runStage} from '../../src/pipeline/stage.js'
import {ruleData} from '../helpers/rule-data.js'
import {ARTICLES, project} from './project.js'

const PATHS = Object.keys(ARTICLES).sort()

describe('hashAhead (the worker built by npm test before vitest)', () => {
  it('hashes every article as the stage does, in order, with null for one that cannot be read', async () => {
    const dir = project()
    const paths = [...PATHS, 'content/missing.md']
    const hashes = await hashAhead(paths, dir)
    expect(hashes).toEqual([...PATHS.map((path) => contentHash(readFileSync(join(dir, path)))), null])
    // The empty article has a hash too: whether it can be linted is the stage's business.
    expect(hashes?.[PATHS.indexOf('content/f.md')]).toBe(contentHash(new Uint8Array()))
  })

  it('gives no hashes when its worker fails, so the stage hashes the articles itself', async () => {
    const dir = project()
    const broken = join(dir, 'broken-worker.mjs')
    writeFileSync(broken, 'throw new Error("the worker cannot start")\n')
    await expect(hashAhead(PATHS, dir, pathToFileURL(broken))).resolves.toBeUndefined()
    // Nor when the worker cannot be created at all (Worker throws at once for a script it refuses).
    await expect(hashAhead(PATHS, dir, new URL('https://example.com/hash-worker.mjs'))).resolves.toBeUndefined()
  })
})

describe('runStage with hashes computed ahead', () => {
  it('finds unchanged articles in the cache by those hashes, with the same entries as hashing here', async () => {
    const dir = project()
    const data = ruleData()
    const cache = new ArticleCache(join(dir, '.factlintcache'), 'key')
    const first = await runStage(PATHS, {cwd: dir, data, cache, workers: 1})
    expect(first.stats).toMatchObject({linted: 6, cached: 0})
    const ahead = await runStage(PATHS, {cwd: dir, data, cache, workers: 1, hashes: hashAhead(PATHS, dir)})
    const here = await runStage(PATHS, {cwd: dir, data, cache, workers: 1})
    // content/f.md is empty: it is never cached, so it is read (and reported) every time.
    expect(ahead.stats).toMatchObject({linted: 0, cached: 6})
    expect(ahead.entries).toEqual(here.entries)
    // The cache is looked up with the hashes given, not with ones computed here.
    const foreign = await runStage(PATHS, {cwd: dir, data, cache, workers: 1, hashes: Promise.resolve(PATHS.map(() => 'not-a-hash'))})
    expect(foreign.stats).toMatchObject({linted: 6, cached: 0})
    expect(foreign.entries).toEqual(here.entries)
  })

  it('reads an article whose hash is missing, and lints it when its text changed', async () => {
    const dir = project()
    const data = ruleData()
    const cache = new ArticleCache(join(dir, '.factlintcache'), 'key')
    await runStage(PATHS, {cwd: dir, data, cache, workers: 1})
    writeFileSync(join(dir, 'content/a.md'), `${ARTICLES['content/a.md']}\n更新：docomo 的客服电话是 0120-800-000。\n`)
    const hashes: ArticleHashes = PATHS.map((path) => (path === 'content/a.md' ? null : contentHash(readFileSync(join(dir, path)))))
    const {entries, stats} = await runStage(PATHS, {cwd: dir, data, cache, workers: 1, hashes: Promise.resolve(hashes)})
    expect(stats).toMatchObject({linted: 1, cached: 5})
    expect(entries[PATHS.indexOf('content/a.md')]).toMatchObject({length: readFileSync(join(dir, 'content/a.md'), 'utf8').length})
  })

  it('lints again a fixable article whose text no longer has the hash computed ahead, when --fix needs its text', async () => {
    const dir = project()
    const data = ruleData()
    const cache = new ArticleCache(join(dir, '.factlintcache'), 'key')
    await runStage(PATHS, {cwd: dir, data, cache, workers: 1})
    // The spam article has fixes; its hash is taken, then the file changes before the stage reads it.
    const stale = PATHS.map((path) => contentHash(readFileSync(join(dir, path))))
    const edited = `${ARTICLES['content/d.md']}\n加微信 esim1088 领优惠\n`
    writeFileSync(join(dir, 'content/d.md'), edited)
    const {entries, stats} = await runStage(PATHS, {cwd: dir, data, cache, workers: 1, hashes: Promise.resolve(stale)})
    expect(stats).toMatchObject({linted: 1, cached: 5})
    expect(entries[PATHS.indexOf('content/d.md')]).toMatchObject({path: 'content/d.md', text: edited, length: edited.length})
  })
})
