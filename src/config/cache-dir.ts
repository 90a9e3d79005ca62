/**
 * The user's cache directory for factlint (`$XDG_CACHE_HOME/factlint` or `~/.cache/factlint`),
 * which holds rule-data snapshots and the CLI's code cache: used only when it is a directory of
 * this user that no one else can write to, created with mode 0700, written to atomically (a
 * temporary file, then a rename). It imports nothing but Node's own modules, so the CLI launcher
 * can use it before loading anything else.
 */
import {lstatSync, mkdirSync, readdirSync, rmSync} from 'node:fs'
import {isAbsolute, join} from 'node:path'
import {writeFileAtomic} from '../write-file.js'

/**
 * `$XDG_CACHE_HOME/factlint` (when that is an absolute path), else `$HOME/.cache/factlint`;
 * undefined when neither variable is set to an absolute path.
 */
export function userCacheDir(env: Record<string, string | undefined>): string | undefined {
  const xdg = env['XDG_CACHE_HOME']
  if (xdg && isAbsolute(xdg)) return join(xdg, 'factlint')
  const home = env['HOME']
  return home && isAbsolute(home) ? join(home, '.cache', 'factlint') : undefined
}

/** Whether an environment variable that turns something off is set (to anything but empty or `0`). */
export function isSet(env: Record<string, string | undefined>, name: string): boolean {
  const value = env[name]
  return value !== undefined && value !== '' && value !== '0'
}

/**
 * Whether `dir` can hold cache files: a real directory (not a link) owned by this user and writable
 * by no one else; created with mode 0700 (with its parents) when `create` and missing.
 */
export function privateDir(dir: string, create: boolean): boolean {
  try {
    if (create) mkdirSync(dir, {recursive: true, mode: 0o700})
    const stats = lstatSync(dir)
    const uid = process.getuid?.()
    // Without POSIX users (Windows) the mode bits say nothing; the directory is the user's profile.
    return stats.isDirectory() && (uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0))
  } catch {
    return false
  }
}

/**
 * Writes `chunks` to `file` in the private directory `dir` (created if needed) atomically, with
 * mode 0600, then removes all but the `keep` newest files of `dir` starting with `prefix` (and
 * temporary files over an hour old). Returns whether it wrote; failures are never thrown.
 */
export function writeCacheFile(dir: string, file: string, chunks: readonly (string | Uint8Array)[], prefix: string, keep: number): boolean {
  if (!privateDir(dir, true)) return false
  try {
    // No fsync: a file cut short by a crash fails the checksum every cache file carries.
    writeFileAtomic(file, chunks, {mode: 0o600})
  } catch {
    return false
  }
  prune(dir, file, prefix, keep)
  return true
}

function prune(dir: string, written: string, prefix: string, keep: number): void {
  try {
    const now = Date.now()
    const files: {path: string; time: number}[] = []
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix)) continue
      const path = join(dir, name)
      const time = lstatSync(path).mtimeMs
      if (name.endsWith('.tmp')) {
        if (now - time > 3_600_000) rmSync(path, {force: true})
      } else if (path !== written) {
        files.push({path, time})
      }
    }
    files.sort((a, b) => b.time - a.time)
    for (const {path} of files.slice(keep - 1)) rmSync(path, {force: true})
  } catch {
    // Pruning is housekeeping: a failure changes nothing for this run.
  }
}
