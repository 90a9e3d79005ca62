/**
 * Reading YAML with positions, and validating it with ajv so that every error points at the YAML
 * node at fault (`rules/carriers.yaml:12:3: ...`), never at a stack trace.
 */
import type {ErrorObject, ValidateFunction} from 'ajv'
import type {Document} from 'yaml';
import { isMap, isNode, isScalar, LineCounter, parseDocument} from 'yaml'
import {ConfigError} from './config-error.js'

/** A parsed YAML file that can tell where each of its nodes is. */
export interface YamlFile {
  path: string
  document: Document
  /** The plain JavaScript value of the document. */
  value: unknown
  /** 1-based line and column of the node at `path`, or of its nearest existing ancestor. */
  positionOf(path: readonly (string | number)[]): {line: number; column: number}
  /** 1-based line and column of the key of the map entry at `path` (for unknown fields). */
  keyPositionOf(path: readonly (string | number)[]): {line: number; column: number}
}

/** Parses YAML text; a syntax error throws a {@link ConfigError} at the offending line. */
export function parseYamlFile(path: string, text: string): YamlFile {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true})
  const [error] = document.errors
  if (error) {
    const pos = error.linePos?.[0]
    throw new ConfigError(path, pos?.line ?? 1, pos?.col ?? 1, `invalid YAML: ${firstLine(error.message)}`)
  }
  const positionOf = (keys: readonly (string | number)[]) => {
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(keys.slice(0, depth), true)
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0])
        return {line: pos.line, column: pos.col}
      }
    }
    return {line: 1, column: 1}
  }
  const keyPositionOf = (keys: readonly (string | number)[]) => {
    const parent = keys.length > 1 ? document.getIn(keys.slice(0, -1), true) : document.contents
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keys[keys.length - 1])
      if (pair && isNode(pair.key) && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0])
        return {line: pos.line, column: pos.col}
      }
    }
    return positionOf(keys)
  }
  return {path, document, value: document.toJS({maxAliasCount: 100}) as unknown, positionOf, keyPositionOf}
}

/** Validates a YAML file's value; the first schema error throws a {@link ConfigError} at its node. */
export function validateYamlFile(file: YamlFile, validate: ValidateFunction, what: string): void {
  if (validate(file.value)) return
  const error = pickError(validate.errors ?? [])
  if (!error) return
  const keys = pointerToKeys(error.instancePath)
  const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : undefined
  const extra = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined
  const at = extra ? file.keyPositionOf([...keys, extra]) : file.positionOf(keys)
  const where = error.instancePath ? `${error.instancePath.slice(1).replaceAll('/', '.')}: ` : ''
  let reason = `${where}${error.message ?? 'is invalid'}`
  if (missing) reason = `${where || ''}missing required field "${missing}"`
  if (extra) reason = `${where}unknown field "${extra}"`
  if (error.keyword === 'enum') reason += ` (${(error.params['allowedValues'] as unknown[]).map(String).join(', ')})`
  throw new ConfigError(file.path, at.line, at.column, `${reason} in ${what}`)
}

/** How telling each kind of error is: a misspelt key shows as an unknown field and a missing one. */
const KEYWORD_RANK: Record<string, number> = {additionalProperties: 0, enum: 1, const: 1, type: 2, pattern: 3, required: 5}

/** The most telling error: the deepest, then by keyword (an unknown field before a missing one). */
function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const rank = (error: ErrorObject) => KEYWORD_RANK[error.keyword] ?? 4
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank(a) - rank(b))[0]
}

function pointerToKeys(pointer: string): (string | number)[] {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key))
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
