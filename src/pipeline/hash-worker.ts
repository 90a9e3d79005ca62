/**
 * The worker thread that hashes articles ahead of the cache (see `hash-ahead.ts`): reads each
 * article named in its `workerData`, one after another into one buffer, and answers once with the
 * hash of each one's bytes, in order (null for one it cannot read).
 */
import {parentPort, workerData} from 'node:worker_threads'
import {ArticleReader} from './article-reader.js'
import type {ArticleHashes, HashTask} from './hash-ahead.js'
import {contentHash} from './hashes.js'

const {cwd, paths} = workerData as HashTask
const reader = new ArticleReader()
const hashes: ArticleHashes = paths.map((path) => {
  const bytes = reader.read(path, cwd)
  return 'problem' in bytes ? null : contentHash(bytes)
})
parentPort!.postMessage(hashes)
