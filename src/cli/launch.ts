/**
 * The CLI launcher (`dist/factlint.mjs`, run by `bin/factlint.js`): loads the CLI bundle
 * (`dist/factlint-cli.cjs`) with a V8 code cache kept in the user's cache directory, so a run
 * after the first skips compiling the code it runs (Node 20 has no compile cache of its own for
 * modules). The cache is keyed by a SHA-256 of the bundle's text, Node's version, architecture and
 * flags (`NODE_OPTIONS` included); a cache file that is missing, damaged or refused by V8 is
 * ignored and written anew after the run. `FACTLINT_NO_CODE_CACHE=1` turns it off. This module
 * imports only Node's own modules.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'
import {isSet, privateDir, userCacheDir, writeCacheFile} from '../config/cache-dir.js'
import type {CliIo} from './io.js'

/** Environment variable that turns the code cache off (`FACTLINT_NO_CODE_CACHE=1`). */
export const NO_CODE_CACHE_ENV = 'FACTLINT_NO_CODE_CACHE'

/** What the CLI bundle exports. */
export interface CliModule {
  main(argv: readonly string[], io: CliIo): Promise<number>
  processIo(): CliIo
}

/** What the code cache did: off, none usable (written after the run), or used. */
export type CodeCacheStatus = 'off' | 'missing' | 'rejected' | 'used'

/** The loaded CLI, the code cache's status, and the step that saves the cache after a run. */
export interface LaunchedCli {
  cli: CliModule
  codeCache: CodeCacheStatus
  /** Writes the code cache when none was used (call it after the run: it holds the code compiled). */
  saveCodeCache(): void
}

const FORMAT = 'factlint-code-cache'
const FORMAT_VERSION = 1
/** Code caches kept (one per build and Node version in use). */
const KEPT = 4

/** Loads the CLI bundle beside this module, through the code cache in the user's cache directory. */
export function launch(env: Record<string, string | undefined> = process.env): LaunchedCli {
  const bundle = fileURLToPath(new URL('./factlint-cli.cjs', import.meta.url))
  const source = readFileSync(bundle, 'utf8')
  const dir = isSet(env, NO_CODE_CACHE_ENV) ? undefined : userCacheDir(env)
  // V8 refuses a cache made under other flags (NODE_OPTIONS included): one file per flag set, not one rewritten in turns.
  const flags = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join('\0')
  const key = createHash('sha256').update(`${FORMAT}/${FORMAT_VERSION}\0${process.version}\0${process.arch}\0${flags}\0`).update(source).digest('hex')
  const file = dir && join(dir, `code-${key}.bin`)
  const cachedData = file && privateDir(dir, false) ? readCodeCache(file, key) : undefined
  // The CommonJS wrapper, on the first line so that line numbers in stack traces hold.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: bundle, ...(cachedData ? {cachedData} : {})})
  const module = {exports: {} as CliModule}
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  const codeCache: CodeCacheStatus = !file ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'
  return {
    cli: module.exports,
    codeCache,
    saveCodeCache: () => {
      if (!dir || !file || codeCache === 'used') return
      const data = script.createCachedData()
      const header = JSON.stringify({format: FORMAT, version: FORMAT_VERSION, key, sha256: createHash('sha256').update(data).digest('hex')})
      writeCacheFile(dir, file, [`${header}\n`, data], 'code-', KEPT)
    }
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
