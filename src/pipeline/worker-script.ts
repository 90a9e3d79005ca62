/**
 * Where a worker thread's compiled script is: beside this module (`dist/pipeline/NAME.js`), beside
 * the CLI bundle when this module is part of it (`dist/factlint-NAME.mjs`), or, when running from
 * the TypeScript sources (tests), the one `npm run build` writes to dist/.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The worker threads factlint starts: the per-article stage's, and the one hashing articles ahead of the cache. */
export type WorkerName = 'worker' | 'hash-worker'

/** The compiled script of the worker `name` (see the module comment). */
export function workerScript(name: WorkerName): URL {
  for (const file of [`./${name}.js`, `./factlint-${name}.mjs`]) {
    const beside = new URL(file, import.meta.url)
    if (existsSync(fileURLToPath(beside))) return beside
  }
  return new URL(`../../dist/pipeline/${name}.js`, import.meta.url)
}
