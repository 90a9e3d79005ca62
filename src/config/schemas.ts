/**
 * JSON Schemas of rule files, read from `<rulesDir>/schema/`: validated with the validator
 * precompiled at build time when the file's bytes are those it was built from, else compiled with
 * ajv (see `validators.ts`); either way once per schema and process.
 */
import type {ValidateFunction} from 'ajv'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ConfigError} from './config-error.js'
import {compileSchema, precompiledValidator, schemaHash} from './validators.js'

const cache = new Map<string, ValidateFunction>()

/** The validator of `<rulesDir>/schema/<kind>.schema.json`. */
export function schemaValidator(rulesDir: string, kind: string, shownFile: string): ValidateFunction {
  const path = join(rulesDir, 'schema', `${kind}.schema.json`)
  const bytes = readSchemaBytes(path, kind, shownFile)
  const hash = schemaHash(bytes)
  const cached = cache.get(hash)
  if (cached) return cached
  let validate = precompiledValidator('rules', hash)
  if (!validate) {
    const schema = parseSchema(bytes, path, kind, shownFile)
    try {
      validate = compileSchema('rules', schema)
    } catch (error) {
      throw new ConfigError(path, 0, 0, `invalid JSON Schema: ${(error as Error).message}`)
    }
  }
  cache.set(hash, validate)
  return validate
}

/** Reads `<rulesDir>/schema/<kind>.schema.json` as a JSON object. */
export function readSchema(rulesDir: string, kind: string, shownFile: string): object {
  const path = join(rulesDir, 'schema', `${kind}.schema.json`)
  return parseSchema(readSchemaBytes(path, kind, shownFile), path, kind, shownFile)
}

function readSchemaBytes(path: string, kind: string, shownFile: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    throw schemaError(path, kind, shownFile, error)
  }
}

function parseSchema(bytes: Buffer, path: string, kind: string, shownFile: string): object {
  try {
    const schema: unknown = JSON.parse(bytes.toString('utf8'))
    if (schema && typeof schema === 'object') return schema
    throw new Error('not a JSON object')
  } catch (error) {
    throw schemaError(path, kind, shownFile, error)
  }
}

function schemaError(path: string, kind: string, shownFile: string, error: unknown): ConfigError {
  return new ConfigError(shownFile, 0, 0, `cannot read the schema for kind "${kind}" (${path}): ${(error as Error).message}`)
}
