import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadRuleData} from '../../src/config/rule-data.js'
import {loadRuleDataCached, readSnapshot, ruleDataKey, rulesCacheDir, snapshotFile} from '../../src/config/rule-snapshot.js'
import type {RuleData} from '../../src/rule-data.js'
import {main} from '../../src/cli/main.js'
import {runCli, scratchProject, SPAM} from '../cli/helpers.js'

/** A copy of rules/ and an empty cache directory (inside a temporary XDG_CACHE_HOME). */
function setup(): {rules: string; cache: string} {
  const root = mkdtempSync(join(tmpdir(), 'factlint-snapshot-'))
  const rules = join(root, 'rules')
  cpSync('rules', rules, {recursive: true})
  return {rules, cache: join(root, 'xdg', 'factlint')}
}

/** The one snapshot file in `cache`. */
function onlySnapshot(cache: string): string {
  const files = readdirSync(cache).filter((name) => name.endsWith('.json'))
  expect(files).toHaveLength(1)
  return join(cache, files[0]!)
}

/** Writes a well-formed snapshot of `data` under `key`, as the loader would. */
function forgeSnapshot(file: string, key: string, data: RuleData): void {
  const body = JSON.stringify(data)
  const sha256 = createHash('sha256').update(body).digest('hex')
  writeFileSync(file, `${JSON.stringify({format: 'factlint-rules-snapshot', version: 1, key, sha256})}\n${body}`)
}

describe('rule-data snapshots', () => {
  it('store exactly the data the rule files load to, in a private directory', () => {
    const {rules, cache} = setup()
    const loaded = loadRuleDataCached(rules, rules, cache)
    expect(loaded).toEqual(loadRuleData(rules, rules))
    const file = onlySnapshot(cache)
    expect(file).toBe(snapshotFile(cache, ruleDataKey(rules)!))
    expect(readSnapshot(file, ruleDataKey(rules)!)).toStrictEqual(loaded)
    expect(statSync(cache).mode & 0o777).toBe(0o700)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('are read back when the key matches (a hit does not parse the rule files)', () => {
    const {rules, cache} = setup()
    const loaded = loadRuleDataCached(rules, rules, cache)
    const file = onlySnapshot(cache)
    // A snapshot saying something the files do not: only a hit can return it.
    forgeSnapshot(file, ruleDataKey(rules)!, {...loaded, severities: {...loaded.severities, 'spam-link': 'info'}})
    expect(loadRuleDataCached(rules, rules, cache).severities['spam-link']).toBe('info')
    expect(loadRuleDataCached(rules, rules, undefined).severities['spam-link']).toBe('error')
  })

  it('miss when one byte of a rule file or a schema changes, or the build differs', () => {
    const {rules, cache} = setup()
    const loaded = loadRuleDataCached(rules, rules, cache)
    const key = ruleDataKey(rules)!
    forgeSnapshot(onlySnapshot(cache), key, {...loaded, severities: {...loaded.severities, 'spam-link': 'info'}})
    expect(ruleDataKey(rules, 'another-build')).not.toBe(key)

    const spam = join(rules, 'spam.yaml')
    const text = readFileSync(spam, 'utf8')
    writeFileSync(spam, `${text} `)
    expect(ruleDataKey(rules)).not.toBe(key)
    expect(loadRuleDataCached(rules, rules, cache).severities['spam-link']).toBe('error')
    writeFileSync(spam, text)
    expect(ruleDataKey(rules)).toBe(key)

    const schema = join(rules, 'schema/frontmatter.schema.json')
    writeFileSync(schema, `${readFileSync(schema, 'utf8')}\n`)
    expect(ruleDataKey(rules)).not.toBe(key)
    expect(loadRuleDataCached(rules, rules, cache).severities['spam-link']).toBe('error')
    expect(readdirSync(cache).filter((name) => name.endsWith('.json'))).toHaveLength(3)
  })

  it.each([
    ['garbage', () => 'not json\n{'],
    ['no header line', (text: string) => text.slice(text.indexOf('\n') + 1)],
    ['a cut body', (text: string) => text.slice(0, -100)],
    ['a changed body', (text: string) => text.replace('"error"', '"info"')],
    ['a foreign JSON file', () => '{"format":"factlint-rules-snapshot","version":1}\n{}'],
    ['an empty file', () => '']
  ])('ignore %s silently, loading the rule files instead', (_name, corrupt) => {
    const {rules, cache} = setup()
    const expected = loadRuleDataCached(rules, rules, cache)
    const file = onlySnapshot(cache)
    writeFileSync(file, corrupt(readFileSync(file, 'utf8')))
    expect(loadRuleDataCached(rules, rules, cache)).toEqual(expected)
    expect(readSnapshot(file, ruleDataKey(rules)!)).toEqual(expected)
  })

  it('ignore a snapshot of the right key whose data is not rule data', () => {
    const {rules, cache} = setup()
    const expected = loadRuleDataCached(rules, rules, cache)
    forgeSnapshot(onlySnapshot(cache), ruleDataKey(rules)!, {carriers: 'none'} as never)
    expect(loadRuleDataCached(rules, rules, cache)).toEqual(expected)
  })

  it('are never written when loading fails', () => {
    const {rules, cache} = setup()
    writeFileSync(join(rules, 'countries.yaml'), 'kind: countries\ncountries:\n  - code: JP\n')
    expect(() => loadRuleDataCached(rules, rules, cache)).toThrow(/countries\.yaml:3:5: countries\.0: missing required field "names"/)
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([])
    expect(() => loadRuleDataCached(rules, rules, cache)).toThrow(/missing required field/)
  })

  it('are neither read nor written in a directory others can write to', () => {
    const {rules, cache} = setup()
    const loaded = loadRuleDataCached(rules, rules, cache)
    forgeSnapshot(onlySnapshot(cache), ruleDataKey(rules)!, {...loaded, severities: {...loaded.severities, 'spam-link': 'info'}})
    chmodSync(cache, 0o777)
    expect(loadRuleDataCached(rules, rules, cache).severities['spam-link']).toBe('error')
    const open = join(cache, 'sub')
    mkdirSync(open, {mode: 0o777})
    chmodSync(open, 0o777)
    loadRuleDataCached(rules, rules, open)
    expect(readdirSync(open)).toEqual([])
  })

  it('live in $XDG_CACHE_HOME/factlint or ~/.cache/factlint, and can be turned off', () => {
    expect(rulesCacheDir({XDG_CACHE_HOME: '/x/cache', HOME: '/home/u'})).toBe('/x/cache/factlint')
    expect(rulesCacheDir({XDG_CACHE_HOME: 'relative', HOME: '/home/u'})).toBe('/home/u/.cache/factlint')
    expect(rulesCacheDir({HOME: '/home/u'})).toBe('/home/u/.cache/factlint')
    expect(rulesCacheDir({})).toBeUndefined()
    expect(rulesCacheDir({HOME: '/home/u', FACTLINT_NO_RULES_CACHE: '1'})).toBeUndefined()
    expect(rulesCacheDir({HOME: '/home/u', FACTLINT_NO_RULES_CACHE: '0'})).toBe('/home/u/.cache/factlint')
  })

  it('are used by the command line unless --no-rules-cache or FACTLINT_NO_RULES_CACHE=1, with the same output', async () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    const xdg = mkdtempSync(join(tmpdir(), 'factlint-xdg-'))
    const cache = join(xdg, 'factlint')
    const cli = async (env: Record<string, string>, ...args: string[]) => {
      let stdout = ''
      const code = await main(args, {cwd: dir, isTTY: false, env, stdout: (text) => (stdout += text), stderr: () => {}})
      return {code, stdout}
    }
    const check = ['check', '--format', 'json', '--no-report']
    const plain = await runCli(dir, ...check)
    expect(plain.code).toBe(1)
    const expected = {code: plain.code, stdout: plain.stdout}
    expect(await cli({XDG_CACHE_HOME: xdg}, ...check, '--no-rules-cache')).toEqual(expected)
    expect(await cli({XDG_CACHE_HOME: xdg, FACTLINT_NO_RULES_CACHE: '1'}, ...check)).toEqual(expected)
    expect(existsSync(cache)).toBe(false)
    expect(await cli({XDG_CACHE_HOME: xdg}, ...check)).toEqual(expected)
    expect(readdirSync(cache)).toHaveLength(1)
    expect(await cli({XDG_CACHE_HOME: xdg}, ...check)).toEqual(expected)
    expect((await cli({XDG_CACHE_HOME: xdg}, 'rules')).stdout).toMatch(/^spam-link +error /m)
    expect(readdirSync(cache)).toHaveLength(1)
  })
})
