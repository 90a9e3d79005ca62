/**
 * The cache of per-article results (`--cache`): for each article path, the hash of the text it
 * was linted from and the result, all under one key of the rules, severities and factlint version,
 * and factlint's build id (so a rebuilt factlint of the same version never reuses stale results).
 * One line per result after a header line, so a run that relints a few articles appends a few
 * lines instead of rewriting the file. A result is kept packed (see `packed-result.ts`): loading
 * reads what every run needs, the rest of a result is read when a reporter asks for it.
 * A cache of another key is dropped silently; a file that is corrupt or not a factlint cache is
 * ignored with a warning, never trusted.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {crc32} from 'node:zlib'
import {buildId} from '../build-info.js'
import type {CorpusArticle} from '../checks/rule.js'
import type {RuleData} from '../rule-data.js'
import type {PackedSource} from './article-entry.js'
import {CacheError} from './cache-error.js'
import {readCachedRules, rulesChecksum, type CachedRules} from './cache-rules.js'
import {appendRawLines, lineRanges, writeRawLines, type RawLine} from './ndjson.js'
import {TAB, unpackCorpus, type PackedResult} from './packed-result.js'
import {checkLength, ShapeError} from './result-shape.js'

/** The cache file name (and default location, in the working directory). */
export const CACHE_FILE = '.factlintcache'

const FORMAT = 'factlint-cache'
const FORMAT_VERSION = 4

/** Rule data to keep in the header: loaded from files of hash `input`. */
export interface RulesToKeep {
  input: string
  data: RuleData
}

/** A result in the cache: linted from a text of hash `hash` and length `length`. */
export interface CachedResult {
  hash: string
  length: number
  packed: PackedResult
  /** The packed result's corpus part, when it was read (and checked) on loading. */
  corpus?: CorpusArticle
}

/** Per-article results by path, loaded from and saved to one file. */
export class ArticleCache {
  readonly file: string
  readonly key: string
  /** How entries from this cache are read: checked, and naming the file when one is damaged. */
  readonly source: PackedSource
  private readonly entries: Map<string, CachedResult>
  private readonly used = new Set<string>()
  /** Entries set since loading, appended on save unless the file is rewritten. */
  private readonly added = new Map<string, CachedResult>()
  private rewrite: boolean
  private readonly rules: RulesToKeep | undefined

  /**
   * A cache for `key` saved to `file` (`shown` in messages), holding `entries`, with `rules` for
   * its header; `rewrite` when the file must be written anew. See {@link loadCache}.
   */
  constructor(file: string, key: string, rules?: RulesToKeep, entries = new Map<string, CachedResult>(), rewrite = true, shown = file) {
    this.file = file
    this.key = key
    this.rules = rules
    this.entries = entries
    this.rewrite = rewrite
    this.source = {checked: true, damaged: (path, cause) => new CacheError(`the cache ${shown} is damaged (the result of ${path}: ${cause.message}); delete it and run again`)}
  }

  /** The result stored for `path` when it was linted from a text of hash `hash`, else undefined. */
  get(path: string, hash: string): CachedResult | undefined {
    this.used.add(path)
    const stored = this.entries.get(path)
    return stored && stored.hash === hash ? stored : undefined
  }

  /** Stores the result of `path` linted from a text of hash `hash`. */
  set(path: string, hash: string, length: number, packed: PackedResult): void {
    this.used.add(path)
    const stored = {hash, length, packed}
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
    if (this.rewrite) writeRawLines(this.file, this.header(), linesOf(this.entries))
    else if (this.added.size) appendRawLines(this.file, linesOf(this.added))
    this.rewrite = false
    this.added.clear()
  }

  private header(): object {
    const rules: CachedRules | undefined = this.rules && {input: this.rules.input, checksum: rulesChecksum(this.rules.data), data: this.rules.data}
    return {format: FORMAT, version: FORMAT_VERSION, key: this.key, build: buildId(), ...(rules ? {rules} : {})}
  }
}

/**
 * The lines of entries: a JSON head (path, hash, length, whether a fix is reported, and a CRC-32
 * of the packed bytes), a tab, then the packed result's bytes as they are.
 */
function* linesOf(entries: ReadonlyMap<string, CachedResult>): Generator<RawLine> {
  for (const [path, {hash, length, packed}] of entries) {
    yield [`${JSON.stringify({path, hash, length, fixable: packed.fixable, crc: crc32(packed.bytes)})}\t`, packed.bytes]
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
  // An empty cache, written anew on saving.
  const fresh = () => new ArticleCache(file, key, rules, undefined, true, shown)
  if (!existsSync(file)) return {cache: fresh()}
  try {
    const bytes = readFileSync(file)
    const lines = lineRanges(bytes)
    const first = lines.next()
    if (first.done) throw new SyntaxError('the file is empty')
    const head = JSON.parse(bytes.toString('utf8', ...first.value)) as Record<string, unknown> | null
    if (typeof head !== 'object' || head === null || head['format'] !== FORMAT) throw new ShapeError('not a factlint cache')
    if (head['version'] !== FORMAT_VERSION || head['key'] !== key || head['build'] !== buildId()) return {cache: fresh()}
    const stored = new Map<string, CachedResult>()
    let count = 0
    for (const [start, end] of lines) {
      const [path, entry] = readEntry(bytes.subarray(start, end), `entry ${++count}`)
      stored.set(path, entry)
    }
    // Written anew when it holds more replaced lines than live ones, or other rule files' data.
    const keptInput = (head['rules'] as {input?: unknown} | undefined)?.input
    return {cache: new ArticleCache(file, key, rules, stored, count > 2 * stored.size + 100 || (rules !== undefined && keptInput !== rules.input), shown)}
  } catch (error) {
    const reason = error instanceof ShapeError || error instanceof SyntaxError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error)
    return {cache: fresh(), warning: `ignoring the cache ${shown} (${reason}); it will be rewritten`}
  }
}

/**
 * One entry line: its head is parsed and checked, its packed bytes checked against their CRC-32,
 * and their corpus part parsed and checked (every run needs it). The rest of the result is read only when asked for.
 */
function readEntry(line: Uint8Array, where: string): [string, CachedResult] {
  const tab = line.indexOf(TAB)
  if (tab < 0) throw new ShapeError(`${where}: expected a head and a result`)
  const entry = JSON.parse(Buffer.from(line.buffer, line.byteOffset, tab).toString('utf8')) as Record<string, unknown> | null
  if (typeof entry !== 'object' || entry === null || typeof entry['path'] !== 'string' || typeof entry['hash'] !== 'string') throw new ShapeError(`${where}: expected a path and a hash`)
  const path = entry['path']
  // A view of the file's buffer: the cache keeps it only to write the file anew, and entries copy
  // out the part they keep (see packedEntry), so the buffer goes when the cache does.
  const bytes = line.subarray(tab + 1)
  if (crc32(bytes) !== entry['crc']) throw new ShapeError(`${where}: the checksum of the result of ${path} does not match`)
  if (typeof entry['fixable'] !== 'boolean') throw new ShapeError(`${where}.fixable: expected true or false`)
  const packed = {bytes, fixable: entry['fixable']}
  const corpus = unpackCorpus(packed, {path, checked: true})
  return [path, {hash: entry['hash'], length: checkLength(entry['length'], `${where}.length`), packed, corpus}]
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
