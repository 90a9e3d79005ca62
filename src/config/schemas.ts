/**
 * JSON Schemas of rule files and config, compiled once per schema file with ajv.
 */
import {Ajv, type ValidateFunction} from 'ajv'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ConfigError} from './config-error.js'

// strictRequired is off: schemas compose shared field sets with allOf and list their required fields beside it.
const ajv = new Ajv({allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true})
const cache = new Map<string, ValidateFunction>()

/** The validator of `<rulesDir>/schema/<kind>.schema.json`. */
export function schemaValidator(rulesDir: string, kind: string, shownFile: string): ValidateFunction {
  const path = join(rulesDir, 'schema', `${kind}.schema.json`)
  const cached = cache.get(path)
  if (cached) return cached
  const schema = readSchema(rulesDir, kind, shownFile)
  let validate: ValidateFunction
  try {
    validate = ajv.compile(schema)
  } catch (error) {
    throw new ConfigError(path, 0, 0, `invalid JSON Schema: ${(error as Error).message}`)
  }
  cache.set(path, validate)
  return validate
}

/** Reads `<rulesDir>/schema/<kind>.schema.json` as a JSON object. */
export function readSchema(rulesDir: string, kind: string, shownFile: string): object {
  const path = join(rulesDir, 'schema', `${kind}.schema.json`)
  try {
    const schema: unknown = JSON.parse(readFileSync(path, 'utf8'))
    if (schema && typeof schema === 'object') return schema
    throw new Error('not a JSON object')
  } catch (error) {
    throw new ConfigError(shownFile, 0, 0, `cannot read the schema for kind "${kind}" (${path}): ${(error as Error).message}`)
  }
}
