/**
 * The command line's options (for node:util parseArgs) and its usage error.
 */

/** Thrown for bad arguments: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Every option of every command. */
export const OPTIONS = {
  format: {type: 'string', short: 'f'},
  'output-file': {type: 'string', short: 'o'},
  config: {type: 'string', short: 'c'},
  rules: {type: 'string'},
  'report-dir': {type: 'string'},
  'no-report': {type: 'boolean'},
  quiet: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** Parsed option values. */
export type OptionValues = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean
}
