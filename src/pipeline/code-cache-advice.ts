/**
 * Whether the code this thread has compiled is worth keeping in the launcher's code cache
 * (`cli/launch.ts`), which holds the bytecode of the functions a run compiled and is written once
 * per command and build. A `check` whose articles were linted by worker threads, or all taken from
 * the result cache, compiled little of the lint code here, and in a long run V8 also drops the
 * bytecode of functions unused for a while; a cache written then would leave every later small run
 * (one article, a pull request's few, which lint in this thread) compiling the lint code anew,
 * about 40 ms each. Such a run leaves the cache to a later one. The state is per thread (per
 * process for the launcher), as compiled code is.
 */

import type {StageStats} from './stage.js'

/** What the per-article stages of this thread did. */
const stages = {ran: false, lintedHere: false, pooled: false}

/** Notes a per-article stage of this thread: whether it linted articles here, or worker threads did. */
export function noteStage(stats: StageStats): void {
  stages.ran = true
  if (stats.workers > 0) stages.pooled = true
  else if (stats.linted > 0) stages.lintedHere = true
}

/** Whether the launcher should write its code cache after this run (see the module comment). */
export function codeCacheAdvised(): boolean {
  return !stages.ran || (stages.lintedHere && !stages.pooled)
}
