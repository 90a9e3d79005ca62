/**
 * JSON Schema validators without the cost of ajv at startup. `npm run build` compiles the shipped
 * schemas (`rules/schema/*.schema.json`, the config schema) to standalone ajv code in
 * `dist/schema-validators/`, each tagged with the SHA-256 of the schema's bytes and of its JSON
 * value. A run uses a precompiled validator only when the hash of the schema it reads matches
 * (a rules directory of one's own may hold edited schemas); otherwise ajv, imported only then,
 * compiles the schema with the same options, so the errors are the same either way.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {compileFunction} from 'node:vm'
import type {Ajv, Options, ValidateFunction} from 'ajv'
import {distDir} from '../build-info.js'

/** What a schema validates, which sets the ajv options it is compiled with. */
export type SchemaProfile = 'rules' | 'frontmatter' | 'config'

/**
 * The ajv options of each profile, used at build time and at run time alike. Rule files:
 * strictRequired is off, as schemas compose shared field sets with allOf and list their required
 * fields beside it. Frontmatter: every problem is reported, unknown keywords are tolerated.
 */
export const AJV_OPTIONS: Readonly<Record<SchemaProfile, Options>> = {
  rules: {allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true},
  frontmatter: {allErrors: true, strict: false},
  config: {allErrors: false}
}

/** One precompiled validator as listed in the manifest of `dist/schema-validators/`. */
export interface PrecompiledEntry {
  profile: SchemaProfile
  /** The schema's name (`carriers`, `frontmatter`, `config`). */
  name: string
  /** SHA-256 (hex) of the schema file's bytes. */
  hash: string
  /** SHA-256 (hex) of the schema's JSON value, `JSON.stringify` of it. */
  valueHash: string
  /** The CommonJS module of the validator, relative to the manifest. */
  file: string
}

/** The manifest of `dist/schema-validators/`. */
export interface PrecompiledManifest {
  format: 'factlint-schema-validators'
  validators: PrecompiledEntry[]
}

/** The file name of the manifest inside a directory of precompiled validators. */
export const MANIFEST_FILE = 'manifest.json'

/** The SHA-256 (hex) of a schema file's bytes, or of the JSON text of a schema value. */
export function schemaHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The SHA-256 of a schema value (what a validator is found by when only the value is at hand). */
export function schemaValueHash(schema: object): string {
  return schemaHash(JSON.stringify(schema))
}

const requireHere = createRequire(import.meta.url)
const precompiledFunctions = new WeakSet<ValidateFunction>()
const manifests = new Map<string, Map<string, PrecompiledEntry> | undefined>()

/** Where `npm run build` writes the precompiled validators. */
export function defaultPrecompiledDir(): string {
  return fileURLToPath(new URL('schema-validators/', distDir))
}

/**
 * The precompiled validator of `profile` for the schema whose bytes (`by: 'hash'`) or value
 * (`by: 'valueHash'`) hash to `hash`, from the directory `dir` (default: the build's); undefined
 * when there is none (another schema, or no build), and never an error.
 */
export function precompiledValidator(profile: SchemaProfile, hash: string, by: 'hash' | 'valueHash' = 'hash', dir = defaultPrecompiledDir()): ValidateFunction | undefined {
  const entry = manifestOf(dir)?.get(`${profile}:${by}:${hash}`)
  if (!entry) return undefined
  try {
    // Evaluated as CommonJS whose require() resolves from factlint itself (ajv's runtime helpers),
    // so the directory may be anywhere.
    const filename = `${dir}/${entry.file}`
    const module = {exports: {} as {default?: unknown}}
    compileFunction(readFileSync(filename, 'utf8'), ['exports', 'require', 'module'], {filename})(module.exports, requireHere, module)
    const validate = module.exports.default
    if (typeof validate !== 'function') return undefined
    precompiledFunctions.add(validate as ValidateFunction)
    return validate as ValidateFunction
  } catch {
    return undefined
  }
}

/** Whether `validate` was loaded from precompiled code rather than compiled by ajv in this run. */
export function isPrecompiled(validate: ValidateFunction): boolean {
  return precompiledFunctions.has(validate)
}

const instances = new Map<SchemaProfile, Ajv>()

/**
 * Compiles `schema` with ajv and the options of `profile` (ajv is loaded on the first call).
 * Throws ajv's error for an invalid schema.
 */
export function compileSchema(profile: SchemaProfile, schema: object): ValidateFunction {
  let ajv = instances.get(profile)
  if (!ajv) {
    const {Ajv: AjvClass} = requireHere('ajv') as {Ajv: typeof Ajv}
    instances.set(profile, (ajv = new AjvClass({...AJV_OPTIONS[profile]})))
  }
  return ajv.compile(schema)
}

const byValue = new Map<string, ValidateFunction>()

/**
 * The validator of a schema given as a value (the frontmatter schema of the rule data, the config
 * schema): the precompiled one when the value's hash matches, else compiled; kept per process.
 */
export function validatorOfValue(profile: SchemaProfile, schema: object): ValidateFunction {
  const valueHash = schemaValueHash(schema)
  const key = `${profile}:${valueHash}`
  let validate = byValue.get(key)
  if (!validate) {
    validate = precompiledValidator(profile, valueHash, 'valueHash') ?? compileSchema(profile, schema)
    byValue.set(key, validate)
  }
  return validate
}

function manifestOf(dir: string): Map<string, PrecompiledEntry> | undefined {
  if (manifests.has(dir)) return manifests.get(dir)
  let entries: Map<string, PrecompiledEntry> | undefined
  try {
    const manifest = JSON.parse(readFileSync(`${dir}/${MANIFEST_FILE}`, 'utf8')) as Partial<PrecompiledManifest>
    if (manifest.format === 'factlint-schema-validators' && Array.isArray(manifest.validators)) {
      entries = new Map()
      for (const entry of manifest.validators) {
        entries.set(`${entry.profile}:hash:${entry.hash}`, entry)
        entries.set(`${entry.profile}:valueHash:${entry.valueHash}`, entry)
      }
    }
  } catch {
    entries = undefined
  }
  manifests.set(dir, entries)
  return entries
}
