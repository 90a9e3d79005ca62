/**
 * The options of `check` and `merge` that make runs fast (`--cache`, `--cache-location`,
 * `--workers`) and that shard them (`--shard`, `--shard-output`), as lint options.
 */
import {rulesCacheDir} from '../config/rule-snapshot.js'
import type {LintOptions} from '../lint.js'
import {parseShard, type Shard} from '../pipeline/shard.js'
import type {CliIo} from './io.js'
import {UsageError, type OptionValues} from './options.js'

/** The cache and worker options of a run, and the warnings it prints on stderr. */
export function runOptions(values: OptionValues, io: CliIo): Pick<LintOptions, 'cache' | 'workers' | 'onWarning' | 'rulesCache'> {
  const cache = values['cache-location'] ?? (values.cache ? true : undefined)
  const rulesCache = rulesCacheOption(values, io)
  return {
    ...(cache !== undefined ? {cache} : {}),
    ...(rulesCache !== undefined ? {rulesCache} : {}),
    ...(values.workers !== undefined ? {workers: parseWorkers(values.workers)} : {}),
    onWarning: (message) => io.stderr(`factlint: warning: ${message}\n`)
  }
}

/**
 * Where rule-data snapshots go: the user's cache directory (`$XDG_CACHE_HOME/factlint` or
 * `~/.cache/factlint`), or undefined with `--no-rules-cache` or `FACTLINT_NO_RULES_CACHE=1`.
 */
export function rulesCacheOption(values: OptionValues, io: CliIo): string | undefined {
  return values['no-rules-cache'] ? undefined : rulesCacheDir(io.env)
}

/** `--workers N` (1 or more; 1 lints in the main thread) or `--workers auto`. */
export function parseWorkers(text: string): number | 'auto' {
  if (text === 'auto') return 'auto'
  const count = Number(text)
  if (!/^\d+$/.test(text) || count < 1) throw new UsageError(`--workers takes a number of threads (1 or more) or auto, not "${text}"`)
  return count
}

/** `--shard i/n`, or undefined without it; a usage error for a bad value or with `--fix`. */
export function shardOption(values: OptionValues): Shard | undefined {
  if (values.shard === undefined) {
    if (values['shard-output'] !== undefined) throw new UsageError('--shard-output needs --shard i/n')
    return undefined
  }
  if (values.fix || values['fix-dry-run']) throw new UsageError('--fix cannot be used with --shard; fix after the merge, or without shards')
  try {
    return parseShard(values.shard)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}
