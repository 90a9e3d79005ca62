/**
 * `check --shard i/n` (the per-article stage of one slice, written as a blob) and
 * `merge BLOBS...` (the corpus phase and every reporter over the blobs of all shards).
 */
import {relative, resolve} from 'node:path'
import {lintShard, mergeShards, type LintOptions, type LintOutcome} from '../lint.js'
import type {Shard} from '../pipeline/shard.js'
import type {CliIo} from './io.js'
import {UsageError, type OptionValues} from './options.js'

/** Runs one shard of `check` and writes its blob; returns the exit code (0: findings are judged by `merge`). */
export async function shardCommand(patterns: readonly string[], shard: Shard, options: LintOptions, values: OptionValues, io: CliIo): Promise<number> {
  const output = values['shard-output'] ?? `factlint-shard-${shard.index}-of-${shard.count}.json`
  const stats = await lintShard(patterns, shard, output, options)
  const shown = relative(io.cwd, resolve(io.cwd, output)) || output
  const cached = stats.cached ? ` (${stats.cached} from the cache)` : ''
  io.stderr(`factlint: shard ${shard.index}/${shard.count}: ${stats.articles} article${stats.articles === 1 ? "" : "s"}${cached} written to ${shown}; run factlint merge with the blobs of every shard\n`)
  return 0
}

/** The linter `check` uses for `merge`: the blobs named by `blobs` instead of articles found by patterns. */
export function mergeLinter(blobs: readonly string[]): (patterns: readonly string[], options?: LintOptions) => Promise<LintOutcome> {
  if (!blobs.length) throw new UsageError('merge needs the blob of every shard: factlint merge BLOB...')
  return async (_patterns, options) => mergeShards(blobs, options)
}

/** Options `merge` refuses (they need the articles, not blobs). */
export function checkMergeOptions(values: OptionValues): void {
  for (const name of ['fix', 'fix-dry-run', 'shard', 'shard-output', 'cache', 'cache-location', 'workers'] as const) {
    if (values[name] !== undefined) throw new UsageError(`--${name} cannot be used with merge`)
  }
}
