/**
 * The cache of per-article results (`--cache`): for each article path, the hash of the text it
 * was linted from and the result, all under one key of the rules, severities and factlint version,
 * and factlint's build id (so a rebuilt factlint of the same version never reuses stale results).
 * One JSON line per result after a header line, so a run that relints a few articles appends a few
 * lines instead of rewriting the file.
 * A cache of another key is dropped silently; a file that is corrupt or not a factlint cache is
 * ignored with a warning, never trusted.
 */
import {existsSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {buildId} from '../build-info.js'
import type {RuleData} from '../rule-data.js'
import {readCachedRules, rulesChecksum, type CachedRules} from './cache-rules.js'
import type {ArticleResult} from './lint-article.js'
import {appendLines, readLines, writeLines} from './ndjson.js'
import {checkLength, checkResult, ShapeError} from './result-shape.js'

/** The cache file name (and default location, in the working directory). */
export const CACHE_FILE = '.factlintcache'

const FORMAT = 'factlint-cache'
const FORMAT_VERSION = 3

/** Rule data to keep in the header: loaded from files of hash `input`. */
export interface RulesToKeep {
  input: string
  data: RuleData
}

interface Stored {
  hash: string
  length: number
  result: ArticleResult
}

/** Per-article results by path, loaded from and saved to one file. */
export class ArticleCache {
  readonly file: string
  readonly key: string
  private readonly entries: Map<string, Stored>
  private readonly used = new Set<string>()
  /** Entries set since loading, appended on save unless the file is rewritten. */
  private readonly added = new Map<string, Stored>()
  private rewrite: boolean
  private readonly rules: RulesToKeep | undefined

  /**
   * A cache for `key` saved to `file`, holding `entries`, with `rules` for its header; `rewrite`
   * when the file must be written anew. See {@link loadCache}.
   */
  constructor(file: string, key: string, rules?: RulesToKeep, entries = new Map<string, Stored>(), rewrite = true) {
    this.file = file
    this.key = key
    this.rules = rules
    this.entries = entries
    this.rewrite = rewrite
  }

  /** The result stored for `path` when it was linted from a text of hash `hash`, else undefined. */
  get(path: string, hash: string): {result: ArticleResult; length: number} | undefined {
    this.used.add(path)
    const stored = this.entries.get(path)
    return stored && stored.hash === hash ? stored : undefined
  }

  /** Stores the result of `path` linted from a text of hash `hash`. */
  set(path: string, hash: string, length: number, result: ArticleResult): void {
    this.used.add(path)
    const stored = {hash, length, result}
    this.entries.set(path, stored)
    this.added.set(path, stored)
  }

  /** Forgets `path` (an article that can no longer be read). */
  delete(path: string): void {
    this.used.add(path)
    if (this.entries.delete(path)) this.rewrite = true
  }

  /**
   * Writes what changed: new results are appended (a later line for a path replaces an earlier
   * one); the file is written anew when entries were dropped or it holds more replaced lines than
   * live ones. Entries of articles this run did not see are kept while their file exists (a run
   * over some articles does not evict the others).
   */
  save(cwd: string): void {
    for (const path of this.entries.keys()) {
      if (!this.used.has(path) && !isFile(resolve(cwd, path))) {
        this.entries.delete(path)
        this.rewrite = true
      }
    }
    const line = ([path, stored]: [string, Stored]) => ({path, hash: stored.hash, length: stored.length, result: stored.result})
    if (this.rewrite) writeLines(this.file, this.header(), [...this.entries].map(line))
    else if (this.added.size) appendLines(this.file, [...this.added].map(line))
    this.rewrite = false
    this.added.clear()
  }

  private header(): object {
    const rules: CachedRules | undefined = this.rules && {input: this.rules.input, checksum: rulesChecksum(this.rules.data), data: this.rules.data}
    return {format: FORMAT, version: FORMAT_VERSION, key: this.key, build: buildId(), ...(rules ? {rules} : {})}
  }
}

/** The rule data kept in the cache at `file` for rule files of hash `input`, if it holds. */
export function cachedRuleData(file: string, input: string): RuleData | undefined {
  return readCachedRules(file, FORMAT, input)
}

/**
 * Loads the cache at `file` for `key`. Returns an empty cache (and a warning when the file exists
 * but cannot be trusted) when there is no usable one.
 */
export function loadCache(file: string, key: string, shown = file, rules?: RulesToKeep): {cache: ArticleCache; warning?: string} {
  if (!existsSync(file)) return {cache: new ArticleCache(file, key, rules)}
  try {
    const {header, entries} = readLines(file)
    const head = header as Record<string, unknown> | null
    if (typeof head !== 'object' || head === null || head['format'] !== FORMAT) throw new ShapeError('not a factlint cache')
    if (head['version'] !== FORMAT_VERSION || head['key'] !== key || head['build'] !== buildId()) return {cache: new ArticleCache(file, key, rules)}
    const stored = new Map<string, Stored>()
    entries.forEach((value, index) => {
      const where = `entry ${index + 1}`
      const entry = value as Record<string, unknown> | null
      if (typeof entry !== 'object' || entry === null || typeof entry['path'] !== 'string' || typeof entry['hash'] !== 'string') throw new ShapeError(`${where}: expected a path and a hash`)
      stored.set(entry['path'], {hash: entry['hash'], length: checkLength(entry['length'], `${where}.length`), result: checkResult(entry['result'], entry['path'], `${where}.result`)})
    })
    // Written anew when it holds more replaced lines than live ones, or other rule files' data.
    const keptInput = (head['rules'] as {input?: unknown} | undefined)?.input
    return {cache: new ArticleCache(file, key, rules, stored, entries.length > 2 * stored.size + 100 || (rules !== undefined && keptInput !== rules.input))}
  } catch (error) {
    const reason = error instanceof ShapeError || error instanceof SyntaxError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error)
    return {cache: new ArticleCache(file, key, rules), warning: `ignoring the cache ${shown} (${reason}); it will be rewritten`}
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
