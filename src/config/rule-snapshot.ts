/**
 * Snapshots of loaded rule data, so a run whose rule files have not changed skips parsing (YAML
 * with positions) and validating them: the merged {@link RuleData} is stored as JSON under the
 * user's cache directory, keyed by a SHA-256 of factlint's build id and every rule file's and
 * schema's name and bytes. A snapshot is read back only when its key and checksum match; any
 * snapshot that cannot be read or trusted is ignored and the rule files are loaded as usual. A
 * snapshot is written (atomically) only after a load that succeeded, so errors in rule files are
 * always reported from the files themselves.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {buildId} from '../build-info.js'
import type {RuleData} from '../rule-data.js'
import {isSet, privateDir, userCacheDir, writeCacheFile} from './cache-dir.js'
import {loadRuleData} from './rule-data.js'

/** Environment variable that turns snapshots off (`FACTLINT_NO_RULES_CACHE=1`). */
export const NO_RULES_CACHE_ENV = 'FACTLINT_NO_RULES_CACHE'

const FORMAT = 'factlint-rules-snapshot'
const FORMAT_VERSION = 1

/**
 * The directory snapshots go to: `$XDG_CACHE_HOME/factlint` (when that is an absolute path), else
 * `$HOME/.cache/factlint`; undefined when snapshots are off (`FACTLINT_NO_RULES_CACHE` set to
 * anything but `0` or empty) or neither variable is set.
 */
export function rulesCacheDir(env: Record<string, string | undefined>): string | undefined {
  return isSet(env, NO_RULES_CACHE_ENV) ? undefined : userCacheDir(env)
}

/**
 * The key of the rule data `loadRuleData(dir)` returns: a SHA-256 (hex) of the build id and the
 * names and bytes of the directory's `*.yaml` files and `schema/*.json` files; undefined when the
 * directory cannot be read.
 */
export function ruleDataKey(dir: string, build = buildId()): string | undefined {
  try {
    const hash = createHash('sha256').update(`${FORMAT}/${FORMAT_VERSION}\0${build}`)
    for (const [sub, pattern] of [['', /\.ya?ml$/], ['schema', /\.json$/]] as const) {
      const names = readdirSync(join(dir, sub)).filter((name) => pattern.test(name)).sort()
      hash.update(`\0${sub}\0${names.length}`)
      for (const name of names) {
        const bytes = readFileSync(join(dir, sub, name))
        hash.update(`\0${name}\0${bytes.length}\0`).update(bytes)
      }
    }
    return hash.digest('hex')
  } catch {
    return undefined
  }
}

/**
 * Loads the rule data of `dir` as {@link loadRuleData} does (same data, same errors), through a
 * snapshot in `cacheDir` when one is given: read when its key matches, else written after the load.
 */
export function loadRuleDataCached(dir: string, cwd = process.cwd(), cacheDir?: string): RuleData {
  const key = cacheDir !== undefined ? ruleDataKey(dir) : undefined
  if (cacheDir === undefined || key === undefined) return loadRuleData(dir, cwd)
  const file = snapshotFile(cacheDir, key)
  const stored = privateDir(cacheDir, false) ? readSnapshot(file, key) : undefined
  if (stored) return stored
  const data = loadRuleData(dir, cwd)
  // Written only when the files did not change while they were loaded, and the data is plain JSON.
  if (ruleDataKey(dir) === key && isJson(data)) writeSnapshot(cacheDir, file, key, data)
  return data
}

/** The snapshot file of `key` in `cacheDir`. */
export function snapshotFile(cacheDir: string, key: string): string {
  return join(cacheDir, `rules-${key}.json`)
}

/** Snapshots kept in the cache directory (the most recently written); older ones are removed. */
export const SNAPSHOTS_KEPT = 8

/**
 * The rule data stored in `file` under `key`, or undefined when the file is missing, unreadable,
 * corrupt, of another format or key, or fails its checksum.
 */
export function readSnapshot(file: string, key: string): RuleData | undefined {
  try {
    const bytes = readFileSync(file)
    const newline = bytes.indexOf(10)
    if (newline < 0) return undefined
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as {format?: unknown; version?: unknown; key?: unknown; sha256?: unknown}
    if (header.format !== FORMAT || header.version !== FORMAT_VERSION || header.key !== key) return undefined
    const body = bytes.subarray(newline + 1)
    if (header.sha256 !== createHash('sha256').update(body).digest('hex')) return undefined
    const data = JSON.parse(body.toString('utf8')) as unknown
    return looksLikeRuleData(data) ? data : undefined
  } catch {
    return undefined
  }
}

/** Writes a snapshot (atomically, mode 0600, in a private directory); failures are ignored. */
function writeSnapshot(cacheDir: string, file: string, key: string, data: RuleData): void {
  const body = Buffer.from(JSON.stringify(data), 'utf8')
  const header = JSON.stringify({format: FORMAT, version: FORMAT_VERSION, key, sha256: createHash('sha256').update(body).digest('hex')})
  writeCacheFile(cacheDir, file, [`${header}\n`, body], 'rules-', SNAPSHOTS_KEPT)
}

/** The top-level shape of rule data (the rest was validated when the snapshot was written). */
function looksLikeRuleData(value: unknown): value is RuleData {
  if (!value || typeof value !== 'object') return false
  const data = value as Record<string, unknown>
  const arrays = ['carriers', 'actions', 'actionSpecs', 'documentSpecs', 'countries']
  const objects = ['phoneNumbers', 'phoneText', 'spam', 'documents', 'severities', 'frontmatterSchema']
  return arrays.every((name) => Array.isArray(data[name])) && objects.every((name) => data[name] !== null && typeof data[name] === 'object' && !Array.isArray(data[name]))
}

/** Whether `value` survives JSON unchanged: plain objects, arrays, strings, finite numbers, booleans, null. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJson)
  if (typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value).every((item) => item !== undefined && isJson(item))
}
