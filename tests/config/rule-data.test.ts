import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError} from '../../src/config/config-error.js'
import {loadRuleData} from '../../src/config/rule-data.js'

/** Copies rules/ to a temp dir, replaces one file, and returns the loader's error line. */
function errorWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-rules-'))
  cpSync('rules', dir, {recursive: true})
  writeFileSync(join(dir, file), text)
  try {
    loadRuleData(dir, dir)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }
  throw new Error('expected the rule data to be rejected')
}

describe('loadRuleData', () => {
  it('loads and merges every rule file of the project', () => {
    const data = loadRuleData('rules')
    expect(data.carriers.map((c) => c.id)).toContain('jp.docomo')
    expect(data.carriers.find((c) => c.id === 'jp.docomo')!.hotlines!.map((h) => h.local)).toEqual(['151', '0120-800-000'])
    expect(data.severities['spam-link']).toBe('error')
    expect(data.phoneNumbers['JP']!.emergency).toContain('119')
  })

  it('names file, line and column of a schema error', () => {
    const text = readFileSync('rules/carriers-it.yaml', 'utf8').replace('source_type: official', 'source_type: oficial')
    const line = text.split('\n').findIndex((l) => l.includes('oficial')) + 1
    expect(errorWith('carriers-it.yaml', text)).toMatch(new RegExp(`^carriers-it\\.yaml:${line}:\\d+: .*source_type.*(official, third_party)`))
  })

  it('points at a missing field and at an unknown field', () => {
    expect(errorWith('countries.yaml', 'kind: countries\ncountries:\n  - code: JP\n')).toBe(
      'countries.yaml:3:5: countries.0: missing required field "names" in a rule file of kind "countries"'
    )
    expect(errorWith('countries.yaml', 'kind: countries\ncountries:\n  - code: JP\n    names: [日本]\n    nmes: [x]\n')).toBe(
      'countries.yaml:5:5: countries.0: unknown field "nmes" in a rule file of kind "countries"'
    )
  })

  it('reports YAML syntax errors and unknown kinds at their line', () => {
    expect(errorWith('countries.yaml', 'kind: countries\ncountries: [\n')).toMatch(/^countries\.yaml:\d+:\d+: invalid YAML/)
    expect(errorWith('countries.yaml', 'kind: country\ncountries: []\n')).toMatch(/^countries\.yaml:1:7: unknown kind "country"; set kind to one of/)
  })

  it('rejects a pattern RE2 cannot run in linear time', () => {
    const text = readFileSync('rules/phone-numbers.yaml', 'utf8').replace("'^0077[0-9]{3,7}$'", () => "'^(0077)\\1$'")
    expect(errorWith('phone-numbers.yaml', text)).toMatch(/^phone-numbers\.yaml:\d+:\d+: pattern cannot be used: .*invalid escape/)
  })

  it('loads a pattern that is not simple but RE2 can run, and rejects an invalid one with RE2\'s reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-rules-'))
    cpSync('rules', dir, {recursive: true})
    const file = join(dir, 'phone-numbers.yaml')
    const text = readFileSync(file, 'utf8')
    writeFileSync(file, text.replace("'^0077[0-9]{3,7}$'", () => "'^0077(?:[0-9]{3}|[0-9]{5,7})$'"))
    expect(loadRuleData(dir, dir).phoneNumbers['JP']!.allowed_patterns![0]!.pattern).toBe('^0077(?:[0-9]{3}|[0-9]{5,7})$')
    const invalid = text.replace("'^0077[0-9]{3,7}$'", () => "'^0077[9-0]{3,7}$'")
    expect(errorWith('phone-numbers.yaml', invalid)).toMatch(/^phone-numbers\.yaml:\d+:\d+: pattern cannot be used: .*invalid character class range/)
  })

  it('names the rules directory when a kind is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-rules-'))
    mkdirSync(join(dir, 'schema'))
    for (const name of readdirSync('rules/schema')) cpSync(join('rules/schema', name), join(dir, 'schema', name))
    expect(() => loadRuleData(dir, dir)).toThrow(/no rule file of kind "carriers"/)
  })
})
