/**
 * The CLI launcher (`dist/factlint.cjs`, run by `bin/factlint.js`): loads the CLI bundle
 * (`dist/factlint-cli.cjs`) with a V8 code cache kept in the user's cache directory, so a run
 * after the first skips compiling the code it runs (Node 20 has no compile cache of its own for
 * modules). The cache is keyed by Node's version, architecture and flags (`NODE_OPTIONS` included),
 * by the command (each holds the code its own first run compiled) and by the bundle: the build id
 * `npm run build` writes after it, which covers its bytes (a SHA-256 of its text when there is no
 * build id, or the bundle is newer than it). V8 itself checks little of cached data (the source's
 * length, its own version and flags; no checksum), so each file carries a SHA-256 of its data: a
 * cache file that is missing, damaged or refused by V8 is ignored and written anew after a run
 * that went through. `FACTLINT_NO_CODE_CACHE=1` turns it off. Besides Node's own modules, this
 * module imports only small ones that import nothing else (build info, cache directory, commands).
 */
import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'
import {BUILD_ID_FILE, storedBuildId} from '../build-info.js'
import {isSet, privateDir, userCacheDir, writeCacheFile} from '../config/cache-dir.js'
import {COMMANDS} from './commands.js'
import type {CliIo} from './io.js'

/** Environment variable that turns the code cache off (`FACTLINT_NO_CODE_CACHE=1`). */
export const NO_CODE_CACHE_ENV = 'FACTLINT_NO_CODE_CACHE'

/** What the CLI bundle exports. */
export interface CliModule {
  main(argv: readonly string[], io: CliIo): Promise<number>
  processIo(): CliIo
  /** Whether the code this run compiled is worth caching (see `pipeline/code-cache-advice.ts`). */
  codeCacheAdvised(): boolean
}

/** What the code cache did: off, none usable (written after the run), or used. */
export type CodeCacheStatus = 'off' | 'missing' | 'rejected' | 'used'

/** The loaded CLI, the code cache's status, and the step that saves the cache after a run. */
export interface LaunchedCli {
  cli: CliModule
  codeCache: CodeCacheStatus
  /**
   * Writes the code cache when none was used and the run went through (exit `code` 0 or 1): call
   * it after the run, as the cache holds the code the run compiled. A run stopped by a usage or
   * configuration error (2) compiled too little of its command to be worth keeping, and so did a
   * check whose articles were linted by worker threads or all came from the result cache (the CLI
   * says so: `codeCacheAdvised`).
   */
  saveCodeCache(code: number): void
}

const FORMAT = 'factlint-code-cache'
const FORMAT_VERSION = 2
/** Code caches kept (one per command, build and Node version in use). */
const KEPT = 8

/**
 * The command of `argv`, which keys its code cache, or `other` for any other command line. Each
 * command gets a cache of its own because the first run writes it with the code that run compiled:
 * a `factlint --version` written first would leave `check` compiling most of its code on every run.
 */
export function commandOf(argv: readonly string[]): string {
  return argv.find((arg) => (COMMANDS as readonly string[]).includes(arg)) ?? 'other'
}

/** Loads the CLI bundle beside this module, through the code cache of the command of `argv` in the user's cache directory. */
export function launch(env: Record<string, string | undefined> = process.env, argv: readonly string[] = process.argv.slice(2)): LaunchedCli {
  const bundle = fileURLToPath(new URL('./factlint-cli.cjs', import.meta.url))
  const source = readFileSync(bundle, 'utf8')
  const dir = isSet(env, NO_CODE_CACHE_ENV) ? undefined : userCacheDir(env)
  const place = dir === undefined ? undefined : cachePlace(dir, codeCacheKey(source, bundleBuildId(bundle), commandOf(argv)))
  const cachedData = place && privateDir(place.dir, false) ? readCodeCache(place.file, place.key) : undefined
  // The CommonJS wrapper, on the first line so that line numbers in stack traces hold.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: bundle, ...(cachedData ? {cachedData} : {})})
  const module = {exports: {} as CliModule}
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  const codeCache: CodeCacheStatus = !place ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'
  return {
    cli: module.exports,
    codeCache,
    saveCodeCache: (code) => {
      if (!place || codeCache === 'used' || (code !== 0 && code !== 1) || !module.exports.codeCacheAdvised()) return
      const data = script.createCachedData()
      const header = JSON.stringify({format: FORMAT, version: FORMAT_VERSION, key: place.key, sha256: createHash('sha256').update(data).digest('hex')})
      writeCacheFile(place.dir, place.file, [`${header}\n`, data], 'code-', KEPT)
    }
  }
}

/** Where the code cache of `key` is kept in the cache directory `dir`. */
interface CachePlace {
  dir: string
  key: string
  file: string
}

function cachePlace(dir: string, key: string): CachePlace {
  return {dir, key, file: join(dir, `code-${key}.bin`)}
}

/**
 * The key (hex) of the code cache of a bundle for a command: Node's version, architecture and flags
 * (V8 refuses a cache made under other flags, `NODE_OPTIONS` included: one file per flag set, not
 * one rewritten in turns), the command, then the bundle's build id, or, without one, a SHA-256 of
 * its text `source`.
 */
export function codeCacheKey(source: string, build: string | undefined, command: string): string {
  const flags = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join('\0')
  const hash = createHash('sha256').update(`${FORMAT}/${FORMAT_VERSION}\0${process.version}\0${process.arch}\0${flags}\0${command}\0`)
  return (build === undefined ? hash.update('text\0').update(source) : hash.update(`build\0${build}`)).digest('hex')
}

/** How much older than the bundle its build id file may be (a copy of `dist/` gives its files new times within moments). */
const COPY_SLACK_MS = 2000

/**
 * The build id of the bundle at `path`: the one `npm run build` wrote after it (it covers the
 * bundle's bytes), unless the bundle was written after it (rewritten by something else); else
 * undefined.
 */
function bundleBuildId(path: string): string | undefined {
  const build = storedBuildId()
  if (build === undefined) return undefined
  try {
    return statSync(path).mtimeMs <= statSync(new URL(BUILD_ID_FILE, import.meta.url)).mtimeMs + COPY_SLACK_MS ? build : undefined
  } catch {
    return undefined
  }
}

/** The cached data in `file` when its header names `key` and its checksum holds, else undefined. */
function readCodeCache(file: string, key: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file)
    const newline = bytes.indexOf(10)
    if (newline < 0) return undefined
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as {format?: unknown; version?: unknown; key?: unknown; sha256?: unknown}
    const data = bytes.subarray(newline + 1)
    if (header.format !== FORMAT || header.version !== FORMAT_VERSION || header.key !== key) return undefined
    return header.sha256 === createHash('sha256').update(data).digest('hex') ? data : undefined
  } catch {
    return undefined
  }
}
