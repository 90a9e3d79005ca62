/**
 * The per-article stage over the articles of a run: read each one, take its result from the cache
 * when its text has not changed, else lint it (here, or in worker threads when the run is big
 * enough to pay for them), and keep the text only when `--fix` may need it (and may be given).
 */
import {availableParallelism} from 'node:os'
import {rules as allRules, type Rule} from '../checks/index.js'
import type {RuleData} from '../rule-data.js'
import {packedEntry, type ArticleEntry, type PackedSource} from './article-entry.js'
import type {ArticleCache} from './cache.js'
import type {ArticleHashes} from './hash-ahead.js'
import {noteStage} from './code-cache-advice.js'
import {contentHash} from './hashes.js'
import {hasFix, lintArticle, type ArticleResult} from './lint-article.js'
import {packResult, type PackedResult} from './packed-result.js'
import type {PoolArticle} from './pool.js'
import {ArticleReader} from './article-reader.js'
import {decodeArticle} from './read-articles.js'
import {ResultSpill} from './result-spill.js'

/** How many workers to use: a number (1 lints in this thread), or `auto`. */
export type WorkerSetting = number | 'auto'

/** Settings of {@link runStage}. */
export interface StageOptions {
  cwd: string
  data: RuleData
  /** The rules to run; workers are only used with all of them (the default). */
  rules?: readonly Rule[]
  cache?: ArticleCache
  workers?: WorkerSetting
  /** The worker script (default: the compiled one, see `workerScript`). */
  workerScript?: URL
  /** Keep the text of articles with fixable reports, for `--fix` (default true). */
  keepFixableTexts?: boolean
  /** Old-generation heap of each worker in MB (default: `WORKER_HEAP_MB` of the pool). */
  workerHeapMb?: number
  /**
   * The hashes of the articles' bytes, in path order, computed ahead while the cache loaded (see
   * `hashAhead`): the cache is looked up with them, and only the articles it misses are read.
   */
  hashes?: Promise<ArticleHashes | undefined>
}

/** What the stage did, for `--cache` tests and the benchmark. */
export interface StageStats {
  /** Articles of the run. */
  articles: number
  /** Articles linted in this run. */
  linted: number
  /** Articles whose result came from the cache. */
  cached: number
  /** Worker threads used (0: linted in this thread). */
  workers: number
}

/** Articles to lint, at least, before `auto` starts a worker per core. */
export const AUTO_WORKERS_FROM = 150

/**
 * Articles of a run with a cache, at least, before they are hashed in a worker thread while the
 * cache loads (`hashAhead`). Starting the thread costs about 30 ms, and loading the cache about
 * 30 ms per thousand articles; with fewer, the stage hashes them in this thread.
 */
export const HASH_AHEAD_FROM = 2000

/** Runs the per-article stage on `paths` (relative to `cwd`, in run order); entries come back in the same order. */
export async function runStage(paths: readonly string[], options: StageOptions): Promise<{entries: ArticleEntry[]; stats: StageStats}> {
  const rules = options.rules ?? allRules
  const {cache} = options
  const keepText = (fixable: boolean): boolean => options.keepFixableTexts !== false && fixable
  const entries: ArticleEntry[] = new Array(paths.length)
  const stats: StageStats = {articles: paths.length, linted: 0, cached: 0, workers: 0}
  // First the cache, by the hash of each article's bytes (computed ahead, or read here; decoded only
  // when --fix needs the text); articles to lint are read again when linted, so their texts do not
  // pile up here.
  let misses = paths.map((path, index) => ({index, path}))
  // Each article's bytes are done with (hashed, decoded) before the next is read.
  const reader = new ArticleReader()
  if (cache) {
    const known = await options.hashes
    misses = misses.filter(({index, path}) => {
      const ahead = known?.[index] ?? undefined
      let bytes = ahead === undefined ? reader.read(path, options.cwd) : undefined
      if (bytes && 'problem' in bytes) return true
      const hash = ahead ?? contentHash(bytes!)
      const hit = cache.get(path, hash)
      if (!hit) return true
      let text: string | undefined
      if (keepText(hit.packed.fixable)) {
        bytes ??= reader.read(path, options.cwd)
        // A hash computed ahead holds only if the bytes read now still have it.
        if ('problem' in bytes || (ahead !== undefined && contentHash(bytes) !== hash)) return true
        const article = decodeArticle(path, bytes)
        if (!('text' in article)) return true
        text = article.text
      }
      entries[index] = packedEntry(path, hit.length, hit, cache.source, text)
      stats.cached++
      return false
    })
  }

  const workers = options.rules && options.rules !== allRules ? 1 : workerCount(options.workers ?? 'auto', misses.length)
  // The pool (and node:worker_threads) is imported only when a run uses workers.
  const lintHere = (article: PoolArticle) => lintArticle(article.path, article.text, options.data, rules, article.country)
  // Workers send results packed, and they stay packed until a reporter reads them (see packedEntry).
  const pool =
    workers > 1 && misses.length
      ? new (await import('./pool.js')).LintPool(workers, options.data, {
          lintHere: (article: PoolArticle) => packResult(lintHere(article)),
          ...(options.workerScript ? {script: options.workerScript} : {}),
          ...(options.workerHeapMb ? {heapMb: options.workerHeapMb} : {})
        })
      : undefined
  stats.workers = pool ? workers : 0
  // While workers run, their results wait in a temporary file, placed once the workers are gone.
  const spill = pool ? new ResultSpill() : undefined
  // Plain records, not closures: a closure would keep its scope's article text alive.
  const spilled: {index: number; path: string; hash: string; length: number; fixable: boolean; text: string | undefined}[] = []
  try {
    try {
      for (const {index, path} of misses) {
        const bytes = reader.read(path, options.cwd)
        const article = 'problem' in bytes ? bytes : decodeArticle(path, bytes)
        if (!('text' in article)) {
          entries[index] = article
          cache?.delete(path)
          continue
        }
        const {text} = article
        const hash = cache && !('problem' in bytes) ? contentHash(bytes) : ''
        const spillPacked = ({bytes, fixable}: PackedResult): void => {
          spill!.add(bytes)
          spilled.push({index, path, hash, length: text.length, fixable, text: keepText(fixable) ? text : undefined})
        }
        const place = (result: ArticleResult): void => {
          entries[index] = {path, result, length: text.length, ...(keepText(hasFix(result)) ? {text} : {})}
          cache?.set(path, hash, text.length, packResult(result))
        }
        stats.linted++
        if (pool) await pool.add({path, text}, spillPacked)
        else place(lintHere({path, text}))
      }
    } finally {
      await pool?.finish()
    }
    spill?.finish().forEach((bytes, i) => {
      const {index, path, hash, length, fixable, text} = spilled[i]!
      const packed = {bytes, fixable}
      entries[index] = packedEntry(path, length, {packed}, FROM_WORKERS, text)
      cache?.set(path, hash, length, packed)
    })
  } finally {
    spill?.dispose()
  }
  noteStage(stats)
  return {entries, stats}
}

/** Packs made by this run's workers: trusted, so not checked; an error reading one is a bug and thrown as it is. */
const FROM_WORKERS: PackedSource = {checked: false, damaged: (_path, cause) => cause}

/** The number of threads for `setting` and `articles` to lint (1: this thread only). */
export function workerCount(setting: WorkerSetting, articles: number): number {
  if (setting !== 'auto') return Math.max(1, Math.floor(setting))
  if (articles < AUTO_WORKERS_FROM) return 1
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(articles / (AUTO_WORKERS_FROM / 2))))
}
