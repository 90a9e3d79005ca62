/**
 * Pull-request scope: keep the articles a change touched (`--changed-since`), and with
 * `--scope lines` only the messages that start on a line the change added or modified.
 */
import type {LintRun} from '../report/model.js'
import type {Changes} from './changed.js'
import {filterRun} from './run-filter.js'

/** How far a pull request's messages reach: whole changed files, or changed lines only. */
export type Scope = 'files' | 'lines'

/**
 * Returns the run narrowed to the changed articles; with scope `lines`, to the messages whose
 * start line was added or modified. Messages about a whole article (it cannot be checked) stay.
 */
export function scopeRun(run: LintRun, changes: Changes, scope: Scope): LintRun {
  return filterRun(
    run,
    (file) => changes.files.has(file.path),
    (message, file) => {
      const lines = changes.files.get(file.path)
      if (scope === 'files' || lines === 'all' || message.articleFatal) return true
      return lines !== undefined && lines.has(message.line ?? 1)
    }
  )
}
