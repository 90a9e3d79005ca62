/**
 * The official schemas of the CI formats (copied into tests/schemas/), compiled with ajv's
 * draft-04 class. Formats are checked strictly: `uri` and `uri-reference` by RFC 3986's
 * characters (so non-ASCII and spaces must be percent-encoded), `date-time` by RFC 3339.
 */
import {readFileSync} from 'node:fs'
import ajvDraft04, {type ValidateFunction} from 'ajv-draft-04'

/** The draft-04 Ajv class (a CommonJS default export). */
const Ajv = ajvDraft04.default

const SCHEMAS = new URL('../schemas/', import.meta.url)

/** RFC 3986 characters, with `%` only before two hex digits. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/

function ajv(): InstanceType<typeof Ajv> {
  const instance = new Ajv({allErrors: true, strict: false})
  instance.addFormat('uri', (value: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URI_CHARS.test(value))
  instance.addFormat('uri-reference', (value: string) => URI_CHARS.test(value))
  instance.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i)
  return instance
}

function load(path: string): object {
  return JSON.parse(readFileSync(new URL(path, SCHEMAS), 'utf8')) as object
}

let sarifValidator: ValidateFunction | undefined
let rdjsonValidator: ValidateFunction | undefined
let rdjsonlValidator: ValidateFunction | undefined

/** The validator of the official SARIF 2.1.0 schema (errata 01). */
export function sarifSchema(): ValidateFunction {
  sarifValidator ??= ajv().compile(load('sarif-schema-2.1.0.json'))
  return sarifValidator
}

/** The validator of reviewdog's DiagnosticResult (one rdjson document). */
export function rdjsonSchema(): ValidateFunction {
  rdjsonValidator ??= ajv().compile(load('rdjson/DiagnosticResult.json'))
  return rdjsonValidator
}

/** The validator of reviewdog's Diagnostic (one rdjsonl line). */
export function rdjsonlSchema(): ValidateFunction {
  rdjsonlValidator ??= ajv().compile(load('rdjson/Diagnostic.json'))
  return rdjsonlValidator
}

/** Returns ajv's errors of the last validation as readable lines ('' when valid). */
export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n')
}
