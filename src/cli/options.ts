/**
 * The command line's options (for node:util parseArgs) and its usage error.
 */

/** Thrown for bad arguments: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Every option of every command. */
export const OPTIONS = {
  format: {type: 'string', short: 'f', multiple: true},
  'output-file': {type: 'string', short: 'o'},
  config: {type: 'string', short: 'c'},
  rules: {type: 'string'},
  'report-dir': {type: 'string'},
  'no-report': {type: 'boolean'},
  quiet: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  'fail-on': {type: 'string'},
  'changed-since': {type: 'string'},
  scope: {type: 'string'},
  baseline: {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  'no-rules-cache': {type: 'boolean'},
  workers: {type: 'string'},
  shard: {type: 'string'},
  'shard-output': {type: 'string'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** Parsed option values. */
export type OptionValues = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends {multiple: true} ? string[] : (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean
}
