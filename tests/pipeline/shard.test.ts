import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintShard, mergeShards} from '../../src/lint.js'
import {inShard, parseShard} from '../../src/pipeline/shard.js'
import {reporters} from '../../src/report/index.js'
import {runCli} from '../cli/helpers.js'
import {ARTICLES, lintJson, project} from './project.js'

const DATE = new Date('2026-11-22T00:00:00Z')

describe('shards', () => {
  it('assigns every path to exactly one shard, stably', () => {
    const paths = Array.from({length: 200}, (_, i) => `content/${i}.md`)
    for (const count of [1, 2, 3, 7]) {
      const shards = Array.from({length: count}, (_, i) => paths.filter((path) => inShard(path, {index: i + 1, count})))
      expect(shards.flat().sort()).toEqual([...paths].sort())
      if (count > 1) expect(shards.every((shard) => shard.length > 0)).toBe(true)
    }
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(TypeError)
  })

  it('merges blobs into the output of a single run', async () => {
    const dir = project()
    const single = await lintJson(dir)
    for (const index of [1, 2, 3]) await lintShard(['content'], {index, count: 3}, `blobs/${index}.json`, {cwd: dir})
    const {run} = mergeShards(['blobs/3.json', 'blobs/1.json', 'blobs/2.json'], {cwd: dir, date: DATE})
    expect(reporters.json(run)).toBe(single.json)
    expect(reporters.stylish(run, {color: false})).toBe(single.stylish)
    expect(run.files.find((file) => file.path === 'content/a.md')!.value).toBe(ARTICLES['content/a.md'])
  })

  it('gives the same output through the command line, with a cache on a shard', async () => {
    const dir = project()
    const single = await runCli(dir, 'check', '--format', 'json', '--no-report')
    expect((await runCli(dir, 'check', '--shard', '1/2', '--shard-output', 'one.json', '--cache')).code).toBe(0)
    const second = await runCli(dir, 'check', '--shard', '2/2', '--shard-output', 'two.json')
    expect(second.stderr).toMatch(/^factlint: shard 2\/2: \d+ articles? written to two\.json/)
    await runCli(dir, 'check', '--shard', '1/2', '--shard-output', 'one.json', '--cache')
    const merged = await runCli(dir, 'merge', 'one.json', 'two.json', '--format', 'json', '--no-report')
    expect(merged).toEqual(single)
  })

  it('refuses blobs that do not belong together, with exit code 2', async () => {
    const dir = project()
    await runCli(dir, 'check', '--shard', '1/2', '--shard-output', 'one.json')
    await runCli(dir, 'check', '--shard', '2/2', '--shard-output', 'two.json')
    await runCli(dir, 'check', '--shard', '1/3', '--shard-output', 'three.json')
    expect(await runCli(dir, 'merge', 'one.json')).toMatchObject({code: 2, stderr: 'factlint: shard 2/2 missing; merge the blobs of every shard\n'})
    expect((await runCli(dir, 'merge', 'one.json', 'one.json')).stderr).toMatch(/both shard 1\/2/)
    expect((await runCli(dir, 'merge', 'one.json', 'two.json', 'three.json')).stderr).toMatch(/other blobs are of 2 shards/)
    const other = await runCli(dir, 'merge', 'one.json', 'two.json', '-c', 'other.yaml')
    expect(other.code).toBe(2)
    writeFileSync(join(dir, 'other.yaml'), 'rules:\n  hotline-unverified: off\n')
    expect((await runCli(dir, 'merge', 'one.json', 'two.json', '-c', 'other.yaml')).stderr).toMatch(/one\.json was made with other rules, config or factlint version/)
    // A blob of another build of the same version (another extractor, other results) is refused too.
    const blob = readFileSync(join(dir, 'two.json'), 'utf8')
    writeFileSync(join(dir, 'two.json'), blob.replace(/"build":"[^"]*"/, '"build":"build-other"'))
    expect(await runCli(dir, 'merge', 'one.json', 'two.json')).toMatchObject({code: 2, stderr: expect.stringMatching(/two\.json was made by another build of factlint; run every shard and the merge from the same checkout and build\n$/)})
    writeFileSync(join(dir, 'two.json'), blob.replace('"lineStarts":[0,', '"lineStarts":[1,'))
    expect((await runCli(dir, 'merge', 'one.json', 'two.json')).stderr).toMatch(/two\.json: entry \d+\.result\.record\.lineStarts/)
    expect((await runCli(dir, 'merge')).stderr).toMatch(/merge needs the blob of every shard/)
    expect((await runCli(dir, 'merge', 'one.json', 'two.json', '--cache')).stderr).toMatch(/--cache cannot be used with merge/)
    expect((await runCli(dir, 'check', '--shard', '3/2')).stderr).toMatch(/--shard takes i\/n/)
    expect((await runCli(dir, 'check', '--shard', '1/2', '--fix')).code).toBe(2)
  })
})
