/**
 * Sharding (`--shard i/n`, `factlint merge`): each CI job runs the per-article stage on the
 * articles of its shard and writes a blob (the entries, versioned, keyed by the rules and stamped
 * with the build id); the merge reads every blob, checks they belong together, and hands the
 * entries back in run order.
 */
import {buildId} from '../build-info.js'
import type {ArticleEntry} from './article-entry.js'
import {pathNumber} from './hashes.js'
import {readLines, writeLines} from './ndjson.js'
import {checkLength, checkResult, ShapeError} from './result-shape.js'

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** A shard blob or a set of them that cannot be merged; the message says why and what to do. */
export class ShardError extends Error {
  override name = 'ShardError'
}

const FORMAT = 'factlint-shard'
const FORMAT_VERSION = 1

/**
 * Parses `i/n` (1 <= i <= n). Throws a TypeError saying what is expected otherwise.
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new TypeError(`--shard takes i/n with 1 <= i <= n (such as 2/4), not "${text}"`)
  return {index, count}
}

/** Whether `path` belongs to `shard` (by a hash of the path, so adding articles moves no others). */
export function inShard(path: string, shard: Shard): boolean {
  return pathNumber(path) % shard.count === shard.index - 1
}

/** Writes the blob of `shard`: its entries, under the run's rules key (factlint version included) and build id. */
export function writeShardBlob(file: string, shard: Shard, key: string, entries: readonly ArticleEntry[]): void {
  const stored = entries.map((entry) => ('problem' in entry ? {path: entry.path, problem: entry.problem} : {path: entry.path, length: entry.length, result: entry.result}))
  writeLines(file, {format: FORMAT, version: FORMAT_VERSION, key, build: buildId(), shard, entries: stored.length}, stored)
}

/**
 * Reads the blobs of one sharded run and returns their entries in run order (sorted by path, as
 * discovery sorts them). Throws a {@link ShardError} for a blob that is not one, was made with
 * other rules or another version (`key`) or by another build (a changed extractor gives other
 * results under the same version, as the per-article cache knows), or for a set with a shard
 * missing or given twice.
 */
export function readShardBlobs(files: readonly string[], key: string): ArticleEntry[] {
  const seen = new Map<number, string>()
  let count: number | undefined
  const entries: ArticleEntry[] = []
  for (const file of files) {
    const blob = readBlob(file)
    if (blob.key !== key) throw new ShardError(`${file} was made with other rules, config or factlint version; run every shard and the merge from the same checkout`)
    if (blob.build !== buildId()) throw new ShardError(`${file} was made by another build of factlint; run every shard and the merge from the same checkout and build`)
    if (count !== undefined && blob.shard.count !== count) throw new ShardError(`${file} is shard ${blob.shard.index}/${blob.shard.count}, but other blobs are of ${count} shards`)
    count = blob.shard.count
    if (seen.has(blob.shard.index)) throw new ShardError(`${file} and ${seen.get(blob.shard.index)} are both shard ${blob.shard.index}/${count}`)
    seen.set(blob.shard.index, file)
    entries.push(...blob.entries)
  }
  const missing = Array.from({length: count ?? 0}, (_, i) => i + 1).filter((index) => !seen.has(index))
  if (missing.length) throw new ShardError(`shard ${missing.map((index) => `${index}/${count}`).join(', ')} missing; merge the blobs of every shard`)
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  entries.forEach((entry, i) => {
    if (i && entries[i - 1]!.path === entry.path) throw new ShardError(`${entry.path} is in two blobs; were they made with different article lists?`)
  })
  return entries
}

function readBlob(file: string): {key: string; build: unknown; shard: Shard; entries: ArticleEntry[]} {
  let lines
  try {
    lines = readLines(file)
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not a shard blob (${error.message})` : `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`
    throw new ShardError(`${file}: ${reason}`)
  }
  try {
    const header = lines.header as Record<string, unknown> | null
    if (typeof header !== 'object' || header === null || header['format'] !== FORMAT) throw new ShapeError('not a factlint shard blob')
    if (header['version'] !== FORMAT_VERSION) throw new ShapeError(`blob format ${String(header['version'])}, expected ${FORMAT_VERSION}; make the blobs with this factlint version`)
    const shard = header['shard'] as Partial<Shard> | null
    if (typeof shard !== 'object' || shard === null || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || shard.index! < 1 || shard.index! > shard.count!) throw new ShapeError('no valid shard number')
    if (header['entries'] !== lines.entries.length) throw new ShapeError(`${String(header['entries'])} entries announced, ${lines.entries.length} found (truncated?)`)
    const entries = lines.entries.map((value, i): ArticleEntry => entryOf(value, `entry ${i + 1}`))
    return {key: String(header['key']), build: header['build'], shard: {index: shard.index!, count: shard.count!}, entries}
  } catch (error) {
    if (error instanceof ShapeError) throw new ShardError(`${file}: ${error.message}`)
    throw error
  }
}

function entryOf(value: unknown, where: string): ArticleEntry {
  const entry = value as Record<string, unknown> | null
  if (typeof entry !== 'object' || entry === null || typeof entry['path'] !== 'string') throw new ShapeError(`${where}: expected a path`)
  const path = entry['path']
  if (typeof entry['problem'] === 'string') return {path, problem: entry['problem']}
  return {path, length: checkLength(entry['length'], `${where}.length`), result: checkResult(entry['result'], path, `${where}.result`)}
}
