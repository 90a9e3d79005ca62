/**
 * The programmatic entry point: lint articles named by paths or globs with the rules of a rules
 * directory and an optional config, and get back the run reporters read.
 */
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {version} from './build-info.js'
import {rules as allRules} from './checks/index.js'
import {loadConfig, type LoadedConfig} from './config/config-file.js'
import {ConfigError} from './config/config-error.js'
import {loadRuleDataCached} from './config/rule-snapshot.js'
import {withSpamAllowlist} from './config/spam-allow.js'
import type {ArticleEntry} from './pipeline/article-entry.js'
import {assembleRun, type EngineOptions} from './pipeline/engine.js'
import {rulesKey} from './pipeline/hashes.js'
import {findArticles, readArticle} from './pipeline/read-articles.js'
import {editorialReportFiles} from './report/report-files.js'
import {inShard, readShardBlobs, writeShardBlob, type Shard} from './pipeline/shard.js'
import {HASH_AHEAD_FROM, runStage, type StageStats, type WorkerSetting} from './pipeline/stage.js'
import {cachedRuleData, type RulesToKeep} from './pipeline/cache.js'
import {rulesInput} from './pipeline/cache-rules.js'
import {cacheFile, openCache} from './pipeline/open-cache.js'
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
  /**
   * Keep per-article results in a cache file and reuse them for unchanged articles: `true` for
   * `.factlintcache` in cwd, or the file's path (a directory gets `.factlintcache` inside).
   */
  cache?: boolean | string
  /** Worker threads for the per-article stage: a number (1: none) or `auto` (default: one per core on big runs). */
  workers?: WorkerSetting
  /**
   * Directory for snapshots of the loaded rule data (the CLI uses `~/.cache/factlint`): a run
   * whose rule files, schemas and factlint build are unchanged reads the snapshot instead of
   * parsing and validating the rule files. Unset: the rule files are loaded every time.
   */
  rulesCache?: string
  /**
   * Keep the text of each article with a fixable finding (default true), so that a fix is applied
   * to the very text that was linted even if the file changes meanwhile. Without fixes to apply,
   * turn it off: reporters read texts from disk when they need them.
   */
  keepFixableTexts?: boolean
  /**
   * Where the CLI writes the editorial report (default: the config's `reportDir`, else `reports`):
   * its files are not taken for articles when a directory or glob is walked.
   */
  reportDir?: string
  /** Receives problems that do not stop the run (a cache file that cannot be trusted). */
  onWarning?(message: string): void
  /**
   * The articles whose messages will be shown (default: all); cross-article checks may leave out
   * the messages of the others. For runs narrowed to a few articles (`--changed-since`).
   */
  shows?(path: string): boolean
}

/** A finished run, the config and the rule data it used. */
export interface LintOutcome {
  run: LintRun
  config: LoadedConfig
  data: RuleData
  /** What the per-article stage did (articles linted, taken from the cache, workers). */
  stats: StageStats
}

/** The version of factlint, from its package.json. */
export {version} from './build-info.js'

/**
 * Lints the articles named by `patterns`. Throws {@link ConfigError} for a broken config or rule
 * file and `NoMatchError` for a path that names nothing; problems of single articles are messages.
 */
export async function lint(patterns: readonly string[], options: LintOptions = {}): Promise<LintOutcome> {
  const setup = prepare(options)
  const paths = await findSetupArticles(patterns, setup, options)
  const {entries, stats} = await stage(paths, setup, options)
  return {run: assemble(entries, setup, options.shows), config: setup.config, data: setup.engine.data, stats}
}

/** The articles of `patterns`, minus the config's ignored ones and, when walking, the editorial report. */
function findSetupArticles(patterns: readonly string[], setup: Setup, options: LintOptions): Promise<string[]> {
  const {cwd} = setup.engine
  const {config} = setup.config
  return findArticles(patterns, cwd, config.ignore, Object.values(editorialReportFiles(cwd, options.reportDir, config.reportDir)))
}

/**
 * Runs the per-article stage on the articles of `shard` only and writes its blob to `output`, for
 * {@link mergeShards}. Throws as {@link lint} does.
 */
export async function lintShard(patterns: readonly string[], shard: Shard, output: string, options: LintOptions = {}): Promise<StageStats> {
  const setup = prepare(options)
  const paths = await findSetupArticles(patterns, setup, options)
  const {entries, stats} = await stage(paths.filter((path) => inShard(path, shard)), setup, options)
  writeShardBlob(resolve(setup.engine.cwd, output), shard, setup.key, entries)
  return stats
}

/**
 * Merges the blobs of every shard of a run: the corpus phase over all of them, then the run as
 * {@link lint} returns it for the same articles. Throws `ShardError` for blobs that do not belong
 * together or to this config and rules, and as {@link lint} does.
 */
export function mergeShards(blobs: readonly string[], options: LintOptions = {}): LintOutcome {
  const setup = prepare(options)
  const entries = readShardBlobs(blobs.map((blob) => resolve(setup.engine.cwd, blob)), setup.key)
  const stats = {articles: entries.length, linted: 0, cached: 0, workers: 0}
  return {run: assemble(entries, setup, options.shows), config: setup.config, data: setup.engine.data, stats}
}

interface Setup {
  config: LoadedConfig
  engine: EngineOptions
  /** The key of per-article results (cache entries, shard blobs) of this setup. */
  key: string
  /** The rule data as loaded from the rule files (before the config's allowlist) and their hash, for the cache. */
  rules?: RulesToKeep
}

/** Loads config and rule data and settles the severities and docs URLs of a run. */
function prepare(options: LintOptions): Setup {
  const cwd = resolve(options.cwd ?? process.cwd())
  const knownRules = new Set(allRules.map((rule) => rule.meta.id))
  const config = loadConfig(cwd, options.config, knownRules)
  const rulesDir = resolve(cwd, options.rulesDir ?? config.config.rulesDir ?? 'rules')
  // With --cache, rule files unchanged since the cache was written are not parsed and validated again.
  const cacheAt = options.cache ? cacheFile(cwd, options.cache) : undefined
  const input = cacheAt ? rulesInput(rulesDir, version) : undefined
  const loaded = (cacheAt && input && cachedRuleData(cacheAt, input)) || loadRuleDataCached(rulesDir, cwd, options.rulesCache)
  const data = withSpamAllowlist(loaded, config.config.allow)
  for (const id of knownRules) {
    if (!(id in data.severities)) throw new ConfigError(`${rulesDir}/rules.yaml`, 0, 0, `rule "${id}" has no severity; add it under "rules:"`)
  }
  const severities = {...data.severities, ...config.config.rules, ...options.severities}
  const docsBase = config.config.docsBaseUrl ?? pathToFileURL(resolve(new URL('..', import.meta.url).pathname, 'docs/rules')).href + '/'
  const engine: EngineOptions = {
    cwd,
    data,
    severities,
    version,
    docsUrl: docsUrls(docsBase),
    ...(options.date ? {date: options.date} : {})
  }
  return {config, engine, key: rulesKey(data, [...knownRules], severities, version), ...(input ? {rules: {input, data: loaded}} : {})}
}

/** The docs URL of each rule id under `base`, made once per id (every message carries one). */
function docsUrls(base: string): (id: string) => string {
  const urls = new Map<string, string>()
  return (id) => {
    let url = urls.get(id)
    if (url === undefined) urls.set(id, (url = `${base.replace(/\/?$/, '/')}${id}.md`))
    return url
  }
}

/** The per-article stage of a run, with the cache when asked for (saved before returning). */
async function stage(paths: readonly string[], setup: Setup, options: LintOptions): Promise<{entries: ArticleEntry[]; stats: StageStats}> {
  const {cwd, data} = setup.engine
  // A big run's articles are hashed in a worker thread while this one loads the cache.
  const hashes = options.cache && paths.length >= HASH_AHEAD_FROM ? (await import('./pipeline/hash-ahead.js')).hashAhead(paths, cwd) : undefined
  const {cache, warnings} = options.cache ? openCache(cwd, options.cache, setup.key, setup.rules) : {cache: undefined, warnings: []}
  warnings.forEach((warning) => options.onWarning?.(warning))
  const {entries, stats} = await runStage(paths, {
    cwd,
    data,
    ...(cache ? {cache} : {}),
    ...(hashes ? {hashes} : {}),
    ...(options.workers !== undefined ? {workers: options.workers} : {}),
    ...(options.keepFixableTexts !== undefined ? {keepFixableTexts: options.keepFixableTexts} : {})
  })
  cache?.save(cwd)
  return {entries, stats}
}

/** The run of the entries: texts not kept are read from disk when a reporter asks for them. */
function assemble(entries: readonly ArticleEntry[], setup: Setup, shows?: (path: string) => boolean): LintRun {
  const {cwd} = setup.engine
  return assembleRun(entries, {
    ...setup.engine,
    ...(shows ? {shows} : {}),
    readText: (path) => {
      const article = readArticle(path, cwd)
      return 'text' in article ? article.text : undefined
    }
  })
}
