import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {crc32} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {buildId} from '../../src/build-info.js'
import {lint} from '../../src/lint.js'
import {rulesChecksum} from '../../src/pipeline/cache-rules.js'
import {runCli} from '../cli/helpers.js'
import {ARTICLES, article, lintJson, project, write} from './project.js'

/** The cache file `text` with `edit` applied to each entry line, their checksums made to match again. */
function editEntries(text: string, edit: (line: string) => string): string {
  const [header, ...entries] = text.split('\n')
  const edited = entries.map((line) => {
    if (!line) return line
    const changed = edit(line)
    const tab = changed.indexOf('\t')
    const packed = changed.slice(tab + 1)
    const head = JSON.parse(changed.slice(0, tab)) as Record<string, unknown>
    return `${JSON.stringify({...head, crc: crc32(packed)})}\t${packed}`
  })
  return [header, ...edited].join('\n')
}

describe('the cache of per-article results', () => {
  it('gives the same output warm as cold, linting nothing again', async () => {
    const dir = project()
    const plain = await lintJson(dir, {workers: 1})
    const cold = await lintJson(dir, {cache: true, workers: 1})
    const warm = await lintJson(dir, {cache: true, workers: 1})
    expect(cold.json).toBe(plain.json)
    expect(warm.json).toBe(plain.json)
    expect(warm.stylish).toBe(plain.stylish)
    expect(cold.stats).toMatchObject({articles: 7, linted: 6, cached: 0})
    expect(warm.stats).toMatchObject({articles: 7, linted: 0, cached: 6})
  })

  it('relints only a changed article, and still compares it with every unchanged one', async () => {
    const dir = project()
    await lintJson(dir, {cache: true})
    const lines = () => readFileSync(join(dir, '.factlintcache'), 'utf8').split('\n').filter(Boolean)
    const before = lines()
    write(dir, 'content/c.md', article('au', '0120-111-222'))
    const warm = await lintJson(dir, {cache: true})
    expect(warm.stats).toMatchObject({linted: 1, cached: 5})
    expect(lines()).toEqual([...before, expect.stringContaining('"path":"content/c.md"')])
    expect(warm.json).toBe((await lintJson(dir)).json)
    const files = JSON.parse(warm.json) as {filePath: string; messages: {ruleId: string; related?: {filePath: string}[]}[]}[]
    const shared = (name: string) => files.find((file) => file.filePath.endsWith(name))!.messages.filter((m) => m.ruleId === 'hotline-shared')
    expect(shared('a.md')).toEqual([expect.objectContaining({related: [expect.objectContaining({filePath: join(dir, 'content/c.md')})]})])
    expect(shared('c.md')).toHaveLength(1)
  })

  it('keeps texts only where --fix needs them, reading the others when a reporter asks', async () => {
    const dir = project()
    for (const cache of [false, true, true]) {
      const {run} = await lint(['content'], {cwd: dir, cache})
      const file = (name: string) => run.files.find((f) => f.path === `content/${name}`)!
      expect(Object.getOwnPropertyDescriptor(file('d.md'), 'value')).toMatchObject({value: ARTICLES['content/d.md']})
      expect(Object.getOwnPropertyDescriptor(file('a.md'), 'value')!.get).toBeTypeOf('function')
      expect(file('a.md').value).toBe(ARTICLES['content/a.md'])
      expect(file('f.md').value).toBe('')
    }
  })

  it('keeps no texts when no fix will be applied, and the output is the same', async () => {
    const dir = project()
    for (const cache of [false, true, true]) {
      const {run} = await lint(['content'], {cwd: dir, cache, keepFixableTexts: false})
      const d = run.files.find((f) => f.path === 'content/d.md')!
      expect(Object.getOwnPropertyDescriptor(d, 'value')!.get).toBeTypeOf('function')
      expect(d.value).toBe(ARTICLES['content/d.md'])
    }
    expect((await lintJson(dir, {keepFixableTexts: false})).json).toBe((await lintJson(dir)).json)
  })

  it('keys results by the rules: changed severities or rule data relint everything', async () => {
    const dir = project()
    await lintJson(dir, {cache: true})
    expect((await lintJson(dir, {cache: true, severities: {'hotline-unverified': 'off'}})).stats).toMatchObject({linted: 6, cached: 0})
    const spam = readFileSync(join(dir, 'rules/spam.yaml'), 'utf8')
    writeFileSync(join(dir, 'rules/spam.yaml'), `${spam}\n# a comment changes nothing\n`)
    expect((await lintJson(dir, {cache: true, severities: {'hotline-unverified': 'off'}})).stats).toMatchObject({linted: 0, cached: 6})
  })

  it('keys results by the build of factlint: a cache written by another build is dropped silently', async () => {
    const dir = project()
    await lintJson(dir, {cache: true})
    const file = join(dir, '.factlintcache')
    const [head, ...rest] = readFileSync(file, 'utf8').split('\n')
    const header = JSON.parse(head!) as {build: string; rules: {input: string}}
    expect(header.build).toBe(buildId())
    expect(header.build).toMatch(/^(src|build|dist)-[0-9a-f]{64}$/)
    writeFileSync(file, [JSON.stringify({...header, build: 'build-0'}), ...rest].join('\n'))
    const warnings: string[] = []
    const run = await lintJson(dir, {cache: true, onWarning: (message) => warnings.push(message)})
    expect(run.stats).toMatchObject({linted: 6, cached: 0})
    expect(warnings).toEqual([])
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({build: buildId()})
    expect((await lintJson(dir, {cache: true})).stats).toMatchObject({linted: 0, cached: 6})
  })

  it('keeps the rule data in its header, used only for the same rule files and when its checksum holds', async () => {
    const dir = project()
    await lintJson(dir, {cache: true})
    const file = join(dir, '.factlintcache')
    const [head, ...rest] = readFileSync(file, 'utf8').split('\n')
    const header = JSON.parse(head!) as {rules: {input: string; checksum: string; data: {severities: Record<string, string>}}}
    expect(header.rules.data.severities['hotline-unverified']).toBe('info')
    // Kept data is what the run uses: an edit (with its checksum) shows; without it, the files are read.
    header.rules.data.severities['hotline-unverified'] = 'off'
    const edited = (checksum: string) => [JSON.stringify({...header, rules: {...header.rules, checksum}}), ...rest].join('\n')
    writeFileSync(file, edited(rulesChecksum(header.rules.data as never)))
    const data = async () => (await lint(['content'], {cwd: dir, cache: true})).data.severities['hotline-unverified']
    expect(await data()).toBe('off')
    writeFileSync(file, edited('0'.repeat(40)))
    expect(await data()).toBe('info')
    const rules = readFileSync(join(dir, 'rules/rules.yaml'), 'utf8')
    writeFileSync(join(dir, 'rules/rules.yaml'), rules.replace(/(hotline-unverified:\s*\{?\s*severity:\s*)info/, '$1warning'))
    expect(await data()).toBe('warning')
    writeFileSync(join(dir, 'rules/rules.yaml'), 'kind: rules\nrules: 3\n')
    await expect(lint(['content'], {cwd: dir, cache: true})).rejects.toThrow(/rules\.yaml/)
  })

  it('uses --cache-location, a directory getting .factlintcache inside', async () => {
    const dir = project()
    await lintJson(dir, {cache: 'tmp/my-cache'})
    expect(readFileSync(join(dir, 'tmp/my-cache'), 'utf8')).toMatch(/^\{"format":"factlint-cache"/)
    write(dir, 'cachedir/keep', '')
    await lintJson(dir, {cache: 'cachedir'})
    expect((await lintJson(dir, {cache: 'cachedir'})).stats.cached).toBe(6)
    expect(readFileSync(join(dir, 'cachedir/.factlintcache'), 'utf8')).toContain('content/a.md')
  })

  it('says on stderr, from the command line, that it ignored a broken cache', async () => {
    const dir = project()
    const plain = await runCli(dir, 'check', '--format', 'json', '--no-report')
    writeFileSync(join(dir, 'my-cache'), '{"format":"factlint-cache","version":4,"key":\n')
    const run = await runCli(dir, 'check', '--format', 'json', '--no-report', '--cache-location', 'my-cache')
    expect(run.stdout).toBe(plain.stdout)
    expect(run.code).toBe(plain.code)
    expect(run.stderr).toMatch(/^factlint: warning: ignoring the cache my-cache \(.*JSON.*\); it will be rewritten\n$/)
    expect((await runCli(dir, 'check', '--format', 'json', '--no-report', '--cache-location', 'my-cache')).stderr).toBe('')
  })

  it.each([
    ['garbage', () => 'not json at all\n', /not valid JSON/],
    ['a foreign JSON file', () => '{"version": 1}\n', /not a factlint cache/],
    ['a cache cut in the middle of a line', (text: string) => text.slice(0, text.indexOf('"lineStarts"', text.indexOf('content/c.md'))), /entry 3: the checksum of the result of content\/c\.md does not match/],
    ['an entry edited', (text: string) => text.replace('"lineStarts":[0,', '"lineStarts":[1,'), /entry 1: the checksum of the result of content\/a\.md does not match/],
    ['an entry without its head', (text: string) => text.replace(/\n\{"path":"content\/b\.md"[^\t]*\t/, '\n'), /entry 2: expected a path and a hash|entry 2: expected a head/],
    ['an edited entry of the wrong shape, with its checksum', (text: string) => editEntries(text, (line) => line.replace('"lineStarts":[0,', '"lineStarts":["x",')), /corpus part\.lineStarts/],
    ['an edited entry for another path, with its checksum', (text: string) => editEntries(text, (line) => line.replace(/^(\{"path":")content\/a\.md/, '$1content/zz.md')), /corpus part\.path: expected "content\/zz\.md"/]
  ])('ignores %s with a warning and still gives the right output', async (_name, corrupt, reason) => {
    const dir = project()
    const expected = (await lintJson(dir)).json
    await lintJson(dir, {cache: true})
    const file = join(dir, '.factlintcache')
    writeFileSync(file, corrupt(readFileSync(file, 'utf8')))
    const warnings: string[] = []
    const run = await lintJson(dir, {cache: true, onWarning: (message) => warnings.push(message)})
    expect(warnings).toEqual([expect.stringMatching(/^ignoring the cache \.factlintcache \(/)])
    expect(warnings[0]).toMatch(reason)
    expect(run.stats).toMatchObject({linted: 6, cached: 0})
    expect(run.json).toBe(expected)
    expect((await lintJson(dir, {cache: true, onWarning: (message) => warnings.push(message)})).stats.cached).toBe(6)
    expect(warnings).toHaveLength(1)
  })

  it('reads the rest of a result only when asked, and stops with exit code 2 at one edited on purpose', async () => {
    const dir = project()
    const expected = await runCli(dir, 'check', '--format', 'json', '--no-report', '--cache')
    const file = join(dir, '.factlintcache')
    const text = readFileSync(file, 'utf8')
    // The rest of a result (after the second tab) is only read when its messages are built.
    writeFileSync(file, editEntries(text, (line) => (line.startsWith('{"path":"content/b.md"') ? line.replace(/"reports":\[/, '"reports":[7,') : line)))
    const shown = await lint(['content'], {cwd: dir, cache: true, shows: (path) => path === 'content/a.md'})
    expect(shown.stats).toMatchObject({cached: 6})
    expect(shown.run.files.find((f) => f.path === 'content/a.md')!.messages.length).toBeGreaterThan(0)
    const b = shown.run.files.find((f) => f.path === 'content/b.md')!
    expect(() => b.messages).toThrow(/^the cache \.factlintcache is damaged \(the result of content\/b\.md: result\.reports\[0\]: expected an object\); delete it and run again$/)
    const run = await runCli(dir, 'check', '--format', 'json', '--no-report', '--cache')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('factlint: the cache .factlintcache is damaged (the result of content/b.md: result.reports[0]: expected an object); delete it and run again\n')
    rmSync(file)
    expect((await runCli(dir, 'check', '--format', 'json', '--no-report', '--cache')).stdout).toBe(expected.stdout)
  })

  it('packs results: a file holds, per article, a head, the corpus part and the rest', async () => {
    const dir = project()
    await lintJson(dir, {cache: true})
    const lines = readFileSync(join(dir, '.factlintcache'), 'utf8').split('\n').filter(Boolean).slice(1)
    const a = lines.find((line) => line.startsWith('{"path":"content/a.md"'))!.split('\t')
    expect(a).toHaveLength(3)
    expect(JSON.parse(a[0]!)).toEqual({path: 'content/a.md', hash: expect.stringMatching(/^[0-9a-f]+$/), length: ARTICLES['content/a.md']!.length, fixable: false, crc: crc32(`${a[1]}\t${a[2]}`)})
    expect(Object.keys(JSON.parse(a[1]!) as object)).toEqual(['path', 'country', 'lineStarts', 'claims'])
    expect(Object.keys((JSON.parse(a[1]!) as {claims: object}).claims)).toEqual(['phones', 'durations', 'documents'])
    const rest = JSON.parse(a[2]!) as {record: {path: unknown; lineStarts: unknown; claims: Record<string, unknown>}}
    expect(rest.record).toMatchObject({path: null, lineStarts: null, claims: {phones: null, durations: null, documents: null, links: expect.any(Array)}})
  })
})
