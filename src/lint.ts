/**
 * The programmatic entry point: lint articles named by paths or globs with the rules of a rules
 * directory and an optional config, and get back the run reporters read.
 */
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {rules as allRules} from './checks/index.js'
import {loadConfig, type LoadedConfig} from './config/config-file.js'
import {ConfigError} from './config/config-error.js'
import {loadRuleData} from './config/rule-data.js'
import {runLint} from './pipeline/engine.js'
import {findArticles, readArticle} from './pipeline/read-articles.js'
import type {LintRun} from './report/model.js'
import type {RuleData} from './rule-data.js'
import type {SeveritySetting} from './types.js'

/** Options of {@link lint}. */
export interface LintOptions {
  /** Working directory paths are relative to (default `process.cwd()`). */
  cwd?: string
  /** Config file (default: `factlint.config.{yaml,yml,json}` in cwd, if any). */
  config?: string
  /** Rules directory (default: the config's `rulesDir`, else `rules`). */
  rulesDir?: string
  /** Severity overrides applied over rule files and config. */
  severities?: Record<string, SeveritySetting>
  /** When the run started (for reproducible reports). */
  date?: Date
}

/** A finished run, the config and the rule data it used. */
export interface LintOutcome {
  run: LintRun
  config: LoadedConfig
  data: RuleData
}

/** The version of factlint, from its package.json. */
export const version: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version

/**
 * Lints the articles named by `patterns`. Throws {@link ConfigError} for a broken config or rule
 * file and `NoMatchError` for a path that names nothing; problems of single articles are messages.
 */
export async function lint(patterns: readonly string[], options: LintOptions = {}): Promise<LintOutcome> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const knownRules = new Set(allRules.map((rule) => rule.meta.id))
  const config = loadConfig(cwd, options.config, knownRules)
  const rulesDir = resolve(cwd, options.rulesDir ?? config.config.rulesDir ?? 'rules')
  const data = loadRuleData(rulesDir, cwd)
  for (const id of knownRules) {
    if (!(id in data.severities)) throw new ConfigError(`${rulesDir}/rules.yaml`, 0, 0, `rule "${id}" has no severity; add it under "rules:"`)
  }
  const severities = {...data.severities, ...config.config.rules, ...options.severities}
  const paths = await findArticles(patterns, cwd, config.config.ignore)
  const articles = paths.map((path) => readArticle(path, cwd))
  const docsBase = config.config.docsBaseUrl ?? pathToFileURL(resolve(new URL('..', import.meta.url).pathname, 'docs/rules')).href + '/'
  const run = runLint(articles, {
    cwd,
    data,
    severities,
    version,
    docsUrl: (id) => `${docsBase.replace(/\/?$/, '/')}${id}.md`,
    ...(options.date ? {date: options.date} : {})
  })
  return {run, config, data}
}
