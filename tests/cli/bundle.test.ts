import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {computeBuildId} from '../../src/build-info.js'
import {article, ARTICLES, project} from '../pipeline/project.js'

/**
 * A copy of the package with the CLI bundle alone (no tsc output in dist/): bin/, rules/,
 * package.json, the bundles, the precompiled validators and the build id, with node_modules linked.
 */
function bundleOnlyPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-bundle-'))
  for (const name of ['bin', 'rules', 'docs', 'package.json']) cpSync(name, join(dir, name), {recursive: true})
  mkdirSync(join(dir, 'dist'))
  for (const name of ['factlint.cjs', 'factlint-cli.cjs', 'factlint-worker.mjs', 'factlint-hash-worker.mjs', 'schema-validators', 'build-id.json']) cpSync(join('dist', name), join(dir, 'dist', name), {recursive: true})
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

describe('the build id', () => {
  it('is written by the build (built by npm test before vitest)', () => {
    expect(JSON.parse(readFileSync('dist/build-id.json', 'utf8'))).toEqual({id: expect.stringMatching(/^build-[0-9a-f]{64}$/)})
  })

  it('changes with one byte of the code or the package lock, not with other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-tree-'))
    writeFileSync(join(dir, 'a.js'), 'export const a = 1\n')
    mkdirSync(join(dir, 'sub'))
    mkdirSync(join(dir, 'bench'))
    writeFileSync(join(dir, 'sub/b.mjs'), 'export const b = 2\n')
    writeFileSync(join(dir, 'notes.txt'), 'not code')
    const lock = join(mkdtempSync(join(tmpdir(), 'factlint-lock-')), 'package-lock.json')
    writeFileSync(lock, '{}')
    const id = () => computeBuildId(dir, lock)
    const before = id()
    writeFileSync(join(dir, 'notes.txt'), 'still not code')
    writeFileSync(join(dir, 'bench/run.js'), 'the benchmark is not factlint')
    writeFileSync(join(dir, 'build-id.json'), '{"id": "build-0"}')
    expect(id()).toBe(before)
    writeFileSync(join(dir, 'sub/b.mjs'), 'export const b = 3\n')
    const changed = id()
    expect(changed).not.toBe(before)
    writeFileSync(lock, '{"lockfileVersion": 3}')
    expect(id()).not.toBe(changed)
  })
})

describe('the CLI bundle (built by npm test before vitest)', () => {
  it('is what bin/factlint.js runs, beside the library build', () => {
    for (const name of ['factlint.cjs', 'factlint-cli.cjs', 'factlint-worker.mjs', 'factlint-hash-worker.mjs', 'index.js', 'index.d.ts']) expect(existsSync(join('dist', name)), name).toBe(true)
    expect(readFileSync('bin/factlint.js', 'utf8')).toContain('../dist/factlint.cjs')
  })

  it('runs on its own, with its worker threads, giving the output of the in-repository binary', () => {
    const files: Record<string, string> = {...ARTICLES}
    for (let i = 0; i < 30; i++) files[`content/more/${i}.md`] = article(['docomo', 'au'][i % 2]!, `0120-${100 + (i % 5)}-${300 + i}`, i % 2 ? '1-3' : '7-10')
    const dir = project(files)
    const copy = bundleOnlyPackage()
    const run = (bin: string, workers: string) =>
      spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--no-report', '--workers', workers, '--rules', join(dir, 'rules')], {cwd: dir, encoding: 'utf8'})
    const reference = run(resolve('bin/factlint.js'), '1')
    expect(reference.status).toBe(1)
    expect(JSON.parse(reference.stdout)).toHaveLength(37)
    for (const workers of ['1', '2']) {
      const result = run(join(copy, 'bin/factlint.js'), workers)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(1)
      // Rule docs links point into the package that ran: the copy's own docs/.
      expect(result.stdout).toContain(`file://${copy}/docs/rules/`)
      expect(result.stdout.replaceAll(`file://${copy}/`, `file://${process.cwd()}/`)).toBe(reference.stdout)
    }
    const version = spawnSync(process.execPath, [join(copy, 'bin/factlint.js'), '--version'], {encoding: 'utf8'})
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version}\n`)
  })

  it('loads no module of the glob crawler from node_modules: fdir gets the bundled picomatch', () => {
    const copy = bundleOnlyPackage()
    const dir = project()
    // A directory to search, so that tinyglobby and fdir run; lists the CommonJS modules loaded from files.
    const script = `const {launch} = await import(${JSON.stringify(join(copy, 'dist/factlint.cjs'))})
const {createRequire} = await import('node:module')
const {cli} = launch({})
let out = ''
const code = await cli.main(['check', 'content', '--format', 'json', '--no-report'], {...cli.processIo(), stdout: (text) => (out += text)})
process.stdout.write(JSON.stringify({code, files: JSON.parse(out).length, loaded: Object.keys(createRequire(import.meta.url).cache)}))`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    const {code, files, loaded} = JSON.parse(result.stdout) as {code: number; files: number; loaded: string[]}
    expect({code, files}).toEqual({code: 1, files: Object.keys(ARTICLES).length})
    expect(loaded.filter((path) => /node_modules[\\/](picomatch|fdir|tinyglobby)[\\/]/.test(path))).toEqual([])
  })

  it('runs with a code cache in the user cache directory, used once written and never trusted when damaged', () => {
    const copy = bundleOnlyPackage()
    const dir = project()
    const xdg = mkdtempSync(join(tmpdir(), 'factlint-xdg-'))
    const cache = join(xdg, 'factlint')
    // Runs the launcher as bin/factlint.js does; prints the code cache's status, then the JSON output.
    const script = `const {launch} = await import(${JSON.stringify(join(copy, 'dist/factlint.cjs'))})
const {cli, codeCache, saveCodeCache} = launch()
let out = ''
const io = {...cli.processIo(), stdout: (text) => (out += text)}
const code = await cli.main(['check', '--format', 'json', '--no-report', '--no-rules-cache'], io)
saveCodeCache(code)
process.stdout.write(JSON.stringify({codeCache, code, out}))`
    const run = (env: Record<string, string> = {}) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: xdg, ...env}})
      expect(result.stderr).toBe('')
      return JSON.parse(result.stdout) as {codeCache: string; code: number; out: string}
    }
    const codeFiles = () => (existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith('code-')) : [])

    const off = run({FACTLINT_NO_CODE_CACHE: '1'})
    expect(off).toMatchObject({codeCache: 'off', code: 1})
    expect(codeFiles()).toEqual([])
    expect(run()).toEqual({...off, codeCache: 'missing'})
    expect(codeFiles()).toHaveLength(1)
    expect(statSync(cache).mode & 0o777).toBe(0o700)
    const file = join(cache, codeFiles()[0]!)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(run()).toEqual({...off, codeCache: 'used'})

    // A flipped byte fails the checksum; data V8 refuses is reported as such; both are written anew.
    const bytes = readFileSync(file)
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff
    writeFileSync(file, bytes)
    expect(run()).toEqual({...off, codeCache: 'missing'})
    expect(run()).toEqual({...off, codeCache: 'used'})
    const header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!) as {sha256: string}
    const garbage = Buffer.from('not V8 code cache data at all')
    writeFileSync(file, `${JSON.stringify({...header, sha256: createHash('sha256').update(garbage).digest('hex')})}\n${garbage.toString()}`)
    expect(run()).toEqual({...off, codeCache: 'rejected'})
    expect(run()).toEqual({...off, codeCache: 'used'})
    expect(codeFiles()).toHaveLength(1)
  })

  it('keys the code cache by the build id, or by the bundle text without one or when the bundle is newer', () => {
    const copy = bundleOnlyPackage()
    const dir = project()
    const xdg = mkdtempSync(join(tmpdir(), 'factlint-xdg-'))
    const script = `const {launch} = await import(${JSON.stringify(join(copy, 'dist/factlint.cjs'))})
const {cli, codeCache, saveCodeCache} = launch()
saveCodeCache(await cli.main(['rules'], {...cli.processIo(), stdout: () => {}}))
process.stdout.write(codeCache)`
    const run = () => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: xdg}})
      expect(result.stderr).toBe('')
      return result.stdout
    }
    const idFile = join(copy, 'dist/build-id.json')
    const bundle = join(copy, 'dist/factlint-cli.cjs')
    const built = readFileSync(idFile, 'utf8')
    expect(run()).toBe('missing')
    expect(run()).toBe('used')
    // Another build id: another cache, and the first one is still there for the first build.
    writeFileSync(idFile, JSON.stringify({id: 'build-other'}))
    expect(run()).toBe('missing')
    expect(run()).toBe('used')
    writeFileSync(idFile, built)
    expect(run()).toBe('used')
    // A bundle newer than its build id (rewritten by something else) is keyed by its text, as is a
    // bundle without one (a build cut short removes the old id first).
    const later = new Date(statSync(idFile).mtimeMs + 5000)
    utimesSync(bundle, later, later)
    expect(run()).toBe('missing')
    expect(run()).toBe('used')
    rmSync(idFile)
    expect(run()).toBe('used')
    appendFileSync(bundle, '\n')
    expect(run()).toBe('missing')
    expect(run()).toBe('used')
  })

  it('keeps a code cache per command, written only by a run that went through', () => {
    const copy = bundleOnlyPackage()
    const dir = project()
    const xdg = mkdtempSync(join(tmpdir(), 'factlint-xdg-'))
    // As bin/factlint.js: the launcher is given the command line, and told the exit code after the run.
    const script = `const {launch} = await import(${JSON.stringify(join(copy, 'dist/factlint.cjs'))})
const argv = JSON.parse(process.argv[1])
const {cli, codeCache, saveCodeCache} = launch(process.env, argv)
const code = await cli.main(argv, {...cli.processIo(), stdout: () => {}, stderr: () => {}})
saveCodeCache(code)
process.stdout.write(JSON.stringify({codeCache, code}))`
    const run = (...argv: string[]) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(argv)], {cwd: dir, encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: xdg}})
      expect(result.stderr).toBe('')
      return JSON.parse(result.stdout) as {codeCache: string; code: number}
    }
    // A first `--version` does not leave `check` with a cache holding little of its code.
    expect(run('--version')).toEqual({codeCache: 'missing', code: 0})
    expect(run('--version')).toEqual({codeCache: 'used', code: 0})
    // A check stopped by a usage error (exit code 2) writes none; one that went through does.
    expect(run('check', 'no-such-dir')).toEqual({codeCache: 'missing', code: 2})
    expect(run('check', '--no-report')).toEqual({codeCache: 'missing', code: 1})
    expect(run('--no-color', 'check', '--no-report')).toEqual({codeCache: 'used', code: 1})
    expect(run('rules')).toEqual({codeCache: 'missing', code: 0})
    expect(readdirSync(join(xdg, 'factlint')).filter((name) => name.startsWith('code-'))).toHaveLength(3)
  })

  it('leaves the code cache of check to a run that linted its articles in the main thread', () => {
    const copy = bundleOnlyPackage()
    const dir = project()
    const xdg = mkdtempSync(join(tmpdir(), 'factlint-xdg-'))
    const results = join(dir, '.results-cache')
    // A module file, not --input-type=module -e: worker threads inherit the flags, and refuse that one.
    const script = join(xdg, 'run.mjs')
    writeFileSync(
      script,
      `const {launch} = await import(${JSON.stringify(join(copy, 'dist/factlint.cjs'))})
const argv = JSON.parse(process.argv[2])
const {cli, codeCache, saveCodeCache} = launch(process.env, argv)
const code = await cli.main(argv, {...cli.processIo(), stdout: () => {}, stderr: () => {}})
saveCodeCache(code)
process.stdout.write(JSON.stringify({codeCache, code}))`
    )
    const run = (env: Record<string, string>, ...argv: string[]) => {
      const result = spawnSync(process.execPath, [script, JSON.stringify(argv)], {cwd: dir, encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: xdg, ...env}})
      expect(result.stderr).toBe('')
      return JSON.parse(result.stdout) as {codeCache: string; code: number}
    }
    const codeFiles = () => (existsSync(join(xdg, 'factlint')) ? readdirSync(join(xdg, 'factlint')).filter((name) => name.startsWith('code-')) : [])
    // Linted by worker threads: the main thread compiled little of the lint code, so no cache.
    expect(run({}, 'check', '--no-report', '--workers', '2')).toEqual({codeCache: 'missing', code: 1})
    expect(codeFiles()).toEqual([])
    // Every result from the result cache (filled with the code cache off): none either.
    expect(run({FACTLINT_NO_CODE_CACHE: '1'}, 'check', '--no-report', '--cache', '--cache-location', results)).toEqual({codeCache: 'off', code: 1})
    expect(run({}, 'check', '--no-report', '--cache', '--cache-location', results)).toEqual({codeCache: 'missing', code: 1})
    expect(codeFiles()).toEqual([])
    // Linted here: written, and used by the next run, whatever it does.
    expect(run({}, 'check', '--no-report')).toEqual({codeCache: 'missing', code: 1})
    expect(codeFiles()).toHaveLength(1)
    expect(run({}, 'check', '--no-report', '--workers', '2')).toEqual({codeCache: 'used', code: 1})
  })
})
