/**
 * The error of a cache file that cannot be used after all (its own module, so the command line
 * can recognise it without loading the cache).
 */

/**
 * A cache file that cannot be used after all: an entry passed the checks on loading (checksums
 * included) but its result is not one. Only a file edited on purpose gets here; the run stops.
 */
export class CacheError extends Error {
  override name = 'CacheError'
}
