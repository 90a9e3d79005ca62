import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPORTER_LOADERS} from '../../src/cli/formats.js'
import {reporters} from '../../src/report/index.js'
import {CLEAN, scratchProject, SPAM} from './helpers.js'

/**
 * A module for `node --import` that records every module the process loads (ES modules through a
 * loader hook, CommonJS ones from the require cache) and writes them to $RECORD_MODULES at exit.
 */
const RECORDER = `
import {register, createRequire} from 'node:module'
import {writeFileSync} from 'node:fs'
import {MessageChannel} from 'node:worker_threads'
const {port1, port2} = new MessageChannel()
const urls = []
port1.on('message', (url) => urls.push(url))
port1.unref()
register('data:text/javascript,' + encodeURIComponent('let port; export function initialize(data) { port = data.port } export async function load(url, context, next) { port.postMessage(url); return next(url, context) }'), import.meta.url, {data: {port: port2}, transferList: [port2]})
process.on('exit', () => {
  const cjs = Object.keys(createRequire(import.meta.url).cache)
  writeFileSync(process.env.RECORD_MODULES, JSON.stringify([...urls, ...cjs]))
})
`

/** Runs the compiled CLI (`dist/`, not the bundle) with `args` in `cwd`; returns the modules it loaded. */
function loadedModules(cwd: string, ...args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-modules-'))
  writeFileSync(join(dir, 'recorder.mjs'), RECORDER)
  const entry = join(process.cwd(), 'dist/cli/bundle-entry.js')
  const script = `const {main, processIo} = await import(${JSON.stringify(entry)}); process.exitCode = await main(${JSON.stringify(args)}, processIo())`
  const result = spawnSync(process.execPath, ['--import', join(dir, 'recorder.mjs'), '--input-type=module', '-e', script], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, RECORD_MODULES: join(dir, 'modules.json')}
  })
  expect(result.stderr).toBe('')
  return (JSON.parse(readFileSync(join(dir, 'modules.json'), 'utf8')) as string[]).map((url) => url.replaceAll('\\', '/'))
}

const loads = (modules: readonly string[], part: string) => modules.some((url) => url.includes(part))

describe('lazy loading (built by npm test before vitest)', () => {
  it('imports the same reporters by name as the API lists', async () => {
    expect(Object.keys(REPORTER_LOADERS).sort()).toEqual(Object.keys(reporters).sort())
    for (const [name, load] of Object.entries(REPORTER_LOADERS)) expect(await load(), name).toBe(reporters[name as keyof typeof reporters])
  })

  it('loads for a plain check neither the other commands, formats and reports, nor diff, git, workers or ajv', () => {
    const dir = scratchProject({'content/spam.md': SPAM, 'content/clean.md': CLEAN})
    const modules = loadedModules(dir, 'check', '--no-report', '--no-rules-cache')
    expect(loads(modules, '/dist/report/stylish.js')).toBe(true)
    expect(loads(modules, '/dist/extract/')).toBe(true)
    for (const part of [
      '/dist/report/html',
      '/dist/report/editorial',
      '/dist/report/sarif',
      '/dist/report/json.js',
      '/dist/cli/fix.js',
      '/dist/cli/changed.js',
      '/dist/cli/git.js',
      '/dist/cli/baseline',
      '/dist/cli/shard-commands.js',
      '/dist/cli/list-rules.js',
      '/dist/pipeline/pool.js',
      '/node_modules/diff/',
      '/node_modules/ajv/dist/ajv.js'
    ]) {
      expect(loads(modules, part), part).toBe(false)
    }
  })

  it('loads what a run asks for: the editorial reports, a format, the fixer', () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    const sarif = loadedModules(dir, 'check', '--format', 'sarif', '--no-report', '--no-rules-cache')
    expect(loads(sarif, '/dist/report/sarif.js')).toBe(true)
    expect(loads(sarif, '/dist/report/stylish.js')).toBe(false)
    const fix = loadedModules(dir, 'check', '--fix-dry-run', '--no-rules-cache')
    expect(loads(fix, '/dist/cli/fix.js')).toBe(true)
    expect(loads(fix, '/node_modules/diff/')).toBe(true)
    const withReport = loadedModules(dir, 'check', '--no-rules-cache')
    expect(loads(withReport, '/dist/report/html.js')).toBe(true)
    expect(loads(withReport, '/dist/report/editorial.js')).toBe(true)
  })

  it('loads re2-wasm only for a rule-file pattern that is not simple', () => {
    // A Chinese mobile number in an Italian guide (foreign_patterns) and an au toll-free number in
    // a Japanese one (allowed_patterns): the shipped patterns are compiled at load and used.
    const italian = '---\ntitle: TIM\nlang: zh-Hans\ncountry: IT\nupdated: 2026-11-20\n---\n# TIM\n\n国内家人电话：13812345678。\n'
    const japanese = '---\ntitle: au\nlang: zh-Hans\ncountry: JP\ncarriers: [jp.au]\nupdated: 2026-11-20\n---\n# au\n\n座机拨打 0077-7-111。\n'
    const dir = scratchProject({'content/it.md': italian, 'content/jp.md': japanese})
    expect(loads(loadedModules(dir, 'check', '--no-report', '--no-rules-cache'), '/node_modules/re2-wasm/')).toBe(false)
    const file = join(dir, 'rules/phone-numbers.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace("'^1[3-9][0-9]{9}$'", () => "'^1(?:3|[4-9])[0-9]{9}$'"))
    expect(loads(loadedModules(dir, 'check', '--no-report', '--no-rules-cache'), '/node_modules/re2-wasm/')).toBe(true)
  })

  it('loads ajv only for a schema that was not precompiled', () => {
    const dir = scratchProject({'content/clean.md': CLEAN})
    const schema = join(dir, 'rules/schema/countries.schema.json')
    writeFileSync(schema, `${readFileSync(schema, 'utf8')}\n`)
    expect(loads(loadedModules(dir, 'check', '--no-report', '--no-rules-cache'), '/node_modules/ajv/dist/ajv.js')).toBe(true)
  })
})
