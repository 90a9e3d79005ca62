/**
 * The optional project config, `factlint.config.yaml` (or `.yml`, `.json`) in the working
 * directory or the file given with `--config`: rule severities, ignored paths, the rules
 * directory, where reports go and the spam allowlist. Validated with ajv; errors name file, line and column.
 */
import type {JSONSchemaType, ValidateFunction} from 'ajv'
import {existsSync, readFileSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import type {SpamAllowlist} from '../rule-data.js'
import type {SeveritySetting} from '../types.js'
import {ConfigError} from './config-error.js'
import {validatorOfValue} from './validators.js'
import {parseYamlFile, validateYamlFile} from './yaml-file.js'

/** The config as written. */
export interface Config {
  /** Severity per rule id (`error`, `warning`, `info`, `off`). */
  rules?: Record<string, SeveritySetting>
  /** Globs of articles never linted. */
  ignore?: string[]
  /** Directory of rule files (default `rules`). */
  rulesDir?: string
  /** Directory the editorial report is written to (default `reports`). */
  reportDir?: string
  /** Base URL of the rule documentation pages (default: the docs in the repository). */
  docsBaseUrl?: string
  /** Domains (`example.com`, `t.me/ourchannel`) and handles (`@ourshop`) the spam rules never report. */
  allow?: SpamAllowlist
}

/** File names looked for in the working directory, in order. */
export const CONFIG_NAMES = ['factlint.config.yaml', 'factlint.config.yml', 'factlint.config.json']

/** The JSON Schema of the config (precompiled at build time, see `validators.ts`). */
export const CONFIG_SCHEMA: JSONSchemaType<Config> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      nullable: true,
      required: [],
      additionalProperties: {type: 'string', enum: ['error', 'warning', 'info', 'off']}
    },
    ignore: {type: 'array', nullable: true, items: {type: 'string', minLength: 1}},
    rulesDir: {type: 'string', nullable: true, minLength: 1},
    reportDir: {type: 'string', nullable: true, minLength: 1},
    docsBaseUrl: {type: 'string', nullable: true, pattern: '^(https?://|\\./|/|[a-z])'},
    allow: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      required: [],
      properties: {
        domains: {type: 'array', nullable: true, items: {type: 'string', pattern: '^[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+(/\\S*)?$'}},
        handles: {type: 'array', nullable: true, items: {type: 'string', pattern: '^@?[A-Za-z0-9_][A-Za-z0-9_.-]*$'}}
      }
    }
  }
}

// Loaded when a config file is first read (most runs have none).
let validate: ValidateFunction<Config> | undefined

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: Config
  /** Path of the config file, relative to cwd, or undefined when there is none. */
  path?: string
}

/**
 * Loads the config: `explicit` when given (it must exist), else the first of
 * {@link CONFIG_NAMES} in `cwd`, else an empty config.
 * @param knownRules rule ids a config may name; any other id is an error at its line.
 */
export function loadConfig(cwd: string, explicit: string | undefined, knownRules: ReadonlySet<string>): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : CONFIG_NAMES.map((name) => resolve(cwd, name)).find((candidate) => existsSync(candidate))
  if (!path) return {config: {}}
  const shown = relative(cwd, path) || path
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new ConfigError(shown, 0, 0, 'cannot read the config file; check the --config path')
  }
  const file = parseYamlFile(shown, text)
  if (file.value === null || file.value === undefined) return {config: {}, path: shown}
  validate ??= validatorOfValue('config', CONFIG_SCHEMA) as ValidateFunction<Config>
  validateYamlFile(file, validate, 'the factlint config')
  const config = file.value as Config
  for (const id of Object.keys(config.rules ?? {})) {
    if (!knownRules.has(id)) {
      const at = file.keyPositionOf(['rules', id])
      throw new ConfigError(shown, at.line, at.column, `unknown rule "${id}"; run \`factlint rules\` to list the rules`)
    }
  }
  return {config, path: shown}
}
