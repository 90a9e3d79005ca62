import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {ConfigError} from '../../src/config/config-error.js'
import {precompileSchemas, shippedSchemas} from '../../src/config/precompile.js'
import {loadRuleData} from '../../src/config/rule-data.js'
import {CONFIG_SCHEMA} from '../../src/config/config-file.js'
import {readSchema, schemaValidator} from '../../src/config/schemas.js'
import {compileSchema, isPrecompiled, precompiledValidator, schemaHash, validatorOfValue, type SchemaProfile} from '../../src/config/validators.js'

/** The shipped schemas precompiled into a temporary directory, as `npm run build` does into dist/. */
function precompiled(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-validators-'))
  precompileSchemas(shippedSchemas('rules/schema'), dir)
  return dir
}

/** Copies rules/ to a temp dir, applies `edit` to one schema file, and returns the directory. */
function rulesWithSchema(kind: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-rules-'))
  cpSync('rules', dir, {recursive: true})
  const path = join(dir, 'schema', `${kind}.schema.json`)
  writeFileSync(path, edit(readFileSync(path, 'utf8')))
  return dir
}

/** The loader's error line for `rulesDir` with one rule file replaced by `text`. */
function errorWith(rulesDir: string, file: string, text: string): string {
  writeFileSync(join(rulesDir, file), text)
  try {
    loadRuleData(rulesDir, rulesDir)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }
  throw new Error('expected the rule data to be rejected')
}

/** Invalid variants of each rule file's value: a missing field, an unknown one, a wrong type, a bad enum. */
function invalidVariants(value: Record<string, unknown>): unknown[] {
  const [first] = Object.keys(value).filter((key) => key !== 'kind')
  const {kind, ...withoutKind} = value
  return [
    withoutKind,
    {...value, unknown_field: 1},
    {...value, [first!]: 42},
    {...value, kind: 'nonsense'},
    JSON.parse(JSON.stringify(value).replace(/"official"/, '"oficial"').replace(/"(\d{2}-\d{4})"/, '"x"')),
    [],
    null,
    {kind}
  ]
}

describe('precompiled schema validators', () => {
  it('are found by the hash of the schema bytes, and not for a schema differing by one byte', () => {
    const dir = precompiled()
    for (const name of readdirSync('rules/schema')) {
      const bytes = readFileSync(join('rules/schema', name))
      const profile: SchemaProfile = name === 'frontmatter.schema.json' ? 'frontmatter' : 'rules'
      const validate = precompiledValidator(profile, schemaHash(bytes), 'hash', dir)
      expect(validate, name).toBeTypeOf('function')
      expect(isPrecompiled(validate!)).toBe(true)
      expect(precompiledValidator(profile, schemaHash(Buffer.concat([bytes, Buffer.from(' ')])), 'hash', dir)).toBeUndefined()
      expect(precompiledValidator(profile === 'rules' ? 'frontmatter' : 'rules', schemaHash(bytes), 'hash', dir)).toBeUndefined()
    }
    expect(precompiledValidator('rules', schemaHash('{}'), 'hash', join(dir, 'missing'))).toBeUndefined()
  })

  it('give exactly the errors ajv gives when compiling the schema at run time', () => {
    const dir = precompiled()
    const files = readdirSync('rules').filter((name) => name.endsWith('.yaml'))
    expect(files.length).toBeGreaterThan(6)
    for (const file of files) {
      const value = parse(readFileSync(join('rules', file), 'utf8')) as Record<string, unknown>
      const bytes = readFileSync(join('rules/schema', `${String(value['kind'])}.schema.json`))
      const pre = precompiledValidator('rules', schemaHash(bytes), 'hash', dir)!
      const compiled = compileSchema('rules', JSON.parse(bytes.toString('utf8')) as object)
      expect(isPrecompiled(compiled)).toBe(false)
      for (const variant of [value, ...invalidVariants(value)]) {
        expect(pre(variant), file).toBe(compiled(variant))
        expect(pre.errors ?? null).toEqual(compiled.errors ?? null)
      }
    }
  })

  it('are used for the shipped schemas and the config (built by npm test before vitest)', () => {
    expect(isPrecompiled(schemaValidator('rules', 'carriers', 'rules/carriers-jp.yaml'))).toBe(true)
    const frontmatter = readSchema('rules', 'frontmatter', 'rules')
    expect(isPrecompiled(validatorOfValue('frontmatter', frontmatter))).toBe(true)
    expect(isPrecompiled(validatorOfValue('config', CONFIG_SCHEMA))).toBe(true)
    // Found by value: the same schema with one more property is compiled, and still validates.
    const edited = validatorOfValue('frontmatter', {...frontmatter, description: 'edited'})
    expect(isPrecompiled(edited)).toBe(false)
    const article = {title: 't', lang: 'xx', updated: 'yesterday'}
    const shipped = validatorOfValue('frontmatter', frontmatter)
    expect(edited(article)).toBe(shipped(article))
    expect(edited.errors).toEqual(shipped.errors)
    expect(shipped.errors?.length).toBeGreaterThan(0)
  })

  it('are not used for an edited schema, which validates with the same errors when equivalent', () => {
    const shipped = mkdtempSync(join(tmpdir(), 'factlint-rules-'))
    cpSync('rules', shipped, {recursive: true})
    const reformatted = rulesWithSchema('countries', (text) => `${JSON.stringify(JSON.parse(text), null, 4)}\n`)
    expect(isPrecompiled(schemaValidator(reformatted, 'countries', 'countries.yaml'))).toBe(false)
    for (const text of [
      'kind: countries\ncountries:\n  - code: JP\n',
      'kind: countries\ncountries:\n  - code: JP\n    names: [日本]\n    nmes: [x]\n',
      'kind: countries\ncountries:\n  - code: jp\n    names: [日本]\n'
    ]) {
      expect(errorWith(reformatted, 'countries.yaml', text)).toBe(errorWith(shipped, 'countries.yaml', text))
    }
    expect(errorWith(shipped, 'countries.yaml', 'kind: countries\ncountries:\n  - code: JP\n')).toBe(
      'countries.yaml:3:5: countries.0: missing required field "names" in a rule file of kind "countries"'
    )
  })

  it('give way to the edited schema when it says something else', () => {
    const relaxed = rulesWithSchema('countries', (text) => text.replace('"required": ["code", "names"]', '"required": ["code"]'))
    expect(readFileSync(join(relaxed, 'schema/countries.schema.json'), 'utf8')).toContain('"required": ["code"]')
    writeFileSync(join(relaxed, 'countries.yaml'), 'kind: countries\ncountries:\n  - code: JP\n')
    expect(loadRuleData(relaxed, relaxed).countries).toEqual([{code: 'JP'}])
    const broken = rulesWithSchema('countries', (text) => text.replace('"type": "object"', '"type": "objet"'))
    expect(() => loadRuleData(broken, broken)).toThrow(/countries\.schema\.json: invalid JSON Schema: /)
  })
})
