/**
 * Where the cache of a run lives (`--cache-location`, default `.factlintcache` in the working
 * directory; a directory gets the file inside) and loading it with its warning, if any.
 */
import {statSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {CACHE_FILE, loadCache, type ArticleCache, type RulesToKeep} from './cache.js'

/** The cache file for a `cache` setting: `true` for the default, else a file or directory path. */
export function cacheFile(cwd: string, cache: true | string): string {
  const file = resolve(cwd, cache === true ? CACHE_FILE : cache)
  try {
    if (statSync(file).isDirectory()) return join(file, CACHE_FILE)
  } catch {
    // No such file yet: it is written there.
  }
  return file
}

/** Loads the cache for `key` (keeping `rules` in its header); the warnings say why a cache file was not trusted. */
export function openCache(cwd: string, cache: true | string, key: string, rules?: RulesToKeep): {cache: ArticleCache; warnings: string[]} {
  const file = cacheFile(cwd, cache)
  const loaded = loadCache(file, key, relative(cwd, file) || file, rules)
  return {cache: loaded.cache, warnings: loaded.warning ? [loaded.warning] : []}
}
