/**
 * What `check` reports out of a whole-corpus run: the articles changed since `--changed-since`
 * (cross-article checks still saw every article), minus the findings `--baseline` accepts, and
 * with `--scope lines` only those on changed lines.
 */
import {dirname, relative, resolve, sep} from 'node:path'
import type {BaselineSummary} from '../report/index.js'
import {inertText} from '../report/inert-text.js'
import type {LintRun} from '../report/model.js'
import type {applyBaseline, BaselineOutcome} from './baseline.js'
import type {BaselineEntry} from './baseline-file.js'
import type {Changes} from './changed.js'
import type {CliIo} from './io.js'
import {UsageError, type OptionValues} from './options.js'
import {scopeRun, type Scope} from './scope.js'

/**
 * The filters `check` applies, read from the options (git and the baseline file are read once;
 * the git and baseline code is imported only when those options are given).
 */
export interface Narrowing {
  changes?: Changes
  scope: Scope
  baseline?: {entries: BaselineEntry[]; dir: string; shown: string; apply: typeof applyBaseline}
}

/** A run as reported, and what the baseline did to it. */
export interface Narrowed {
  run: LintRun
  baseline?: BaselineOutcome
}

/**
 * Returns the filters asked for by `--changed-since`, `--scope` and `--baseline`; throws a
 * UsageError for bad values, a missing ref (saying what to fetch) or an unreadable baseline.
 */
export async function prepareNarrowing(values: OptionValues, io: CliIo): Promise<Narrowing> {
  const scope = values.scope ?? 'files'
  if (scope !== 'files' && scope !== 'lines') throw new UsageError(`--scope takes files or lines, not "${scope}"`)
  const ref = values['changed-since']
  if (scope === 'lines' && ref === undefined) throw new UsageError('--scope lines needs --changed-since REF (the change whose lines to keep)')
  const narrowing: Narrowing = {scope}
  if (ref !== undefined) narrowing.changes = (await import('./changed.js')).changesSince(io.cwd, ref, scope === 'lines')
  if (values.baseline !== undefined) {
    const path = resolve(io.cwd, values.baseline)
    const shown = relative(io.cwd, path) || path
    const [{readBaseline}, {applyBaseline}] = await Promise.all([import('./baseline-file.js'), import('./baseline.js')])
    narrowing.baseline = {entries: readBaseline(path, shown), dir: dirname(path), shown, apply: applyBaseline}
  }
  return narrowing
}

/** Returns `run` narrowed: changed articles first, then the baseline, then changed lines. */
export function narrowRun(run: LintRun, narrowing: Narrowing): Narrowed {
  const {changes, baseline} = narrowing
  let narrowed = changes ? scopeRun(run, changes, 'files') : run
  let outcome: BaselineOutcome | undefined
  if (baseline) {
    outcome = baseline.apply(narrowed, baseline.entries, baseline.dir)
    narrowed = outcome.run
  }
  if (changes && narrowing.scope === 'lines') narrowed = scopeRun(narrowed, changes, 'lines')
  return outcome ? {run: narrowed, baseline: outcome} : {run: narrowed}
}

/**
 * The stderr line when `--changed-since` leaves no article to report (so a pass is not mistaken
 * for a clean change), else an empty string.
 */
export function changesNote(run: LintRun, narrowing: Narrowing): string {
  const {changes} = narrowing
  if (!changes || run.files.some((file) => changes.files.has(file.path))) return ''
  return `factlint: no article changed since ${inertText(changes.ref)} (${run.files.length} checked for cross-article findings)\n`
}

/** The stderr lines about a baseline: what it hid and the entries that no longer occur (at most 20 listed). */
export function baselineSummary(outcome: BaselineOutcome, shown: string): string {
  const gone = outcome.fixed.reduce((sum, entry) => sum + entry.count, 0)
  if (!outcome.hidden && !gone) return ''
  const lines = [`factlint: baseline ${inertText(shown)}: ${outcome.hidden} known finding${outcome.hidden === 1 ? '' : 's'} hidden, ${gone} no longer occur${gone === 1 ? 's' : ''}${gone ? ' (run factlint baseline to drop them)' : ''}`]
  for (const entry of outcome.fixed.slice(0, 20)) lines.push(`  fixed: ${inertText(entry.file)}  ${inertText(entry.rule)}  ${inertText(entry.claim)}${entry.count > 1 ? ` (×${entry.count})` : ''}`)
  if (outcome.fixed.length > 20) lines.push(`  … and ${outcome.fixed.length - 20} more entries`)
  return `${lines.join('\n')}\n`
}

/**
 * Returns what the baseline did in the shape the markdown summary reads: hidden count and the
 * entries that no longer occur, with paths relative to the working directory.
 */
export function baselineForReport(outcome: BaselineOutcome, baseDir: string, cwd: string): BaselineSummary {
  const fixed = outcome.fixed.map((entry) => {
    const path = relative(cwd, resolve(baseDir, entry.file))
    return {file: sep === '/' ? path : path.split(sep).join('/'), ruleId: entry.rule, text: entry.claim, count: entry.count}
  })
  return {fixed, hidden: outcome.hidden}
}
