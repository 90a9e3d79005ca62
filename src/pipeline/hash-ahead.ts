/**
 * Hashing articles ahead of the cache: while this thread loads the cache file (which is mostly
 * parsing JSON), a worker thread reads and hashes the run's articles, so that the stage finds the
 * unchanged ones without reading them (see `HASH_AHEAD_FROM` in stage.ts for when it pays). A
 * worker that fails or stops gives no hashes, and the stage hashes in this thread instead.
 */
import {Worker} from 'node:worker_threads'
import {workerScript} from './worker-script.js'

/** What the hash worker is given: the articles' paths, relative to `cwd`. */
export interface HashTask {
  cwd: string
  paths: readonly string[]
}

/** The hash of each article's bytes (`contentHash`), in path order; null for one that could not be read. */
export type ArticleHashes = readonly (string | null)[]

/** Starts hashing `paths` in a worker thread; resolves to their hashes, or to undefined when the worker failed. */
export function hashAhead(paths: readonly string[], cwd: string, script: URL = workerScript('hash-worker')): Promise<ArticleHashes | undefined> {
  return new Promise((resolve) => {
    const task: HashTask = {cwd, paths}
    let worker: Worker
    try {
      worker = new Worker(script, {workerData: task})
    } catch {
      // A worker that cannot even be created (no threads left, a script it refuses) gives no hashes either.
      resolve(undefined)
      return
    }
    worker.once('message', (hashes: ArticleHashes) => {
      resolve(hashes)
      void worker.terminate()
    })
    // Without its answer, the stage hashes in this thread: nothing is lost but time.
    worker.once('error', () => resolve(undefined))
    worker.once('exit', () => resolve(undefined))
  })
}
