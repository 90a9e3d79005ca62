/**
 * `check --baseline FILE`: hide the findings a baseline accepts (each entry hides at most `count`
 * findings with its key), and list the entries that no longer occur so the file can shrink.
 */
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import type {LintRun} from '../report/model.js'
import {findingKey} from './baseline-key.js'
import {baselinePath, entryKey, type BaselineEntry} from './baseline-file.js'
import {filterRun} from './run-filter.js'

/** A run with a baseline applied. */
export interface BaselineOutcome {
  /** The run without the findings the baseline accepts. */
  run: LintRun
  /** How many findings the baseline hid. */
  hidden: number
  /**
   * Entries that no longer occur (with `count` the number missing): on articles of the run, or
   * on articles that no longer exist. Entries of existing articles outside the run are not judged.
   */
  fixed: BaselineEntry[]
}

/** Applies the baseline `entries`, whose paths are relative to `baseDir`, to `run`. */
export function applyBaseline(run: LintRun, entries: readonly BaselineEntry[], baseDir: string): BaselineOutcome {
  const left = new Map<string, {entry: BaselineEntry; count: number}>()
  for (const entry of entries) {
    const known = left.get(entryKey(entry))
    if (known) known.count += entry.count
    else left.set(entryKey(entry), {entry, count: entry.count})
  }
  let hidden = 0
  const filtered = filterRun(
    run,
    () => true,
    (message, file) => {
      const key = findingKey(message, String(file.value))
      const accepted = left.get(entryKey({file: baselinePath(baseDir, file.cwd, file.path), ...key}))
      if (!accepted || accepted.count === 0) return true
      accepted.count--
      hidden++
      return false
    }
  )
  const linted = new Set(run.files.map((file) => baselinePath(baseDir, file.cwd, file.path)))
  const fixed = [...left.values()]
    .filter(({entry, count}) => count > 0 && (linted.has(entry.file) || !existsSync(resolve(baseDir, entry.file))))
    .map(({entry, count}) => ({...entry, count}))
  return {run: filtered, hidden, fixed}
}
