/**
 * ESLint-stylish-like text for terminals: per file its path, then aligned
 * `line:column  severity  message  ruleId` rows (related places under them), then a summary.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../types.js'
import {palette, type Palette, type Style} from './ansi.js'
import {inertText} from './inert-text.js'
import {severityOf, type LintRun} from './model.js'
import {countSeverities, displayPath, plural, visibleMessages, type SeverityCounts} from './messages.js'
import type {ReporterOptions} from './reporter.js'
import {displayWidth} from './text-width.js'

/** Options of the stylish reporter. */
export type StylishOptions = ReporterOptions

interface Row {
  line: string
  column: string
  severity: Severity
  message: string
  ruleId: string
  related: string[]
}

function severityStyle(colors: Palette, severity: Severity): Style {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.cyan
}

function rowOf(message: VFileMessage): Row {
  return {
    line: String(message.line ?? 0),
    column: String(message.column ?? 0),
    severity: severityOf(message),
    message: inertText(message.reason),
    ruleId: inertText(message.ruleId ?? ''),
    related: (message.related ?? []).map(
      (place) => `${inertText(place.file)}:${place.line}:${place.column} "${inertText(place.text)}"`
    )
  }
}

function fileBlock(file: VFile, messages: readonly VFileMessage[], colors: Palette): string[] {
  const rows = messages.map(rowOf)
  // Line, column and severity are ASCII; only messages need their display width measured (once).
  const messageWidths = rows.map((row) => displayWidth(row.message))
  const width = (pick: (row: Row) => string): number => Math.max(...rows.map((row) => pick(row).length))
  const lineWidth = width((row) => row.line)
  const columnWidth = width((row) => row.column)
  const severityWidth = width((row) => row.severity)
  const messageWidth = Math.max(...messageWidths)
  const lines = ['', colors.underline(inertText(displayPath(file)))]
  for (const [i, row] of rows.entries()) {
    const position = colors.dim(`${row.line.padStart(lineWidth)}:${row.column}`) + ' '.repeat(columnWidth - row.column.length)
    const severity = severityStyle(colors, row.severity)(row.severity) + ' '.repeat(severityWidth - row.severity.length)
    const text = `  ${position}  ${severity}  ${row.message}${' '.repeat(messageWidth - messageWidths[i]!)}  ${colors.dim(row.ruleId)}`
    lines.push(text.trimEnd())
    for (const related of row.related) lines.push(colors.dim(`    ↳ ${related}`))
  }
  return lines
}

function summary(counts: SeverityCounts, colors: Palette): string {
  const total = counts.error + counts.warning + counts.info
  const text =
    `✖ ${plural(total, 'problem')} ` +
    `(${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`
  const tone = counts.error > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.cyan
  return tone(colors.bold(text))
}

/**
 * Returns the stylish report of `run`: a block per file with messages, then a summary line and,
 * when some messages carry fixes, how many `--fix` could correct. Returns '' when nothing is shown.
 * `color` adds ANSI styles (off by default); `quiet` shows errors only.
 */
export function stylish(run: LintRun, options: StylishOptions = {}): string {
  return [...stylishChunks(run, options)].join('')
}

/** The text of {@link stylish}, a file's block at a time, then the summary. */
export function* stylishChunks(run: LintRun, options: StylishOptions = {}): Generator<string> {
  const colors = palette(options.color === true)
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  const fixable: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const file of run.files) {
    const messages = visibleMessages(file, options.quiet === true)
    if (messages.length === 0) continue
    countSeverities(messages, counts)
    countSeverities(messages.filter((message) => message.fix !== undefined), fixable)
    yield linesText(fileBlock(file, messages, colors))
  }
  if (counts.error + counts.warning + counts.info === 0) return
  const lines = ['', summary(counts, colors)]
  if (fixable.error + fixable.warning > 0) {
    lines.push(
      colors.dim(
        `  ${plural(fixable.error, 'error')} and ${plural(fixable.warning, 'warning')} ` +
          'potentially fixable with the `--fix` option.'
      )
    )
  }
  yield linesText(lines)
}

/** Lines as text, each ending with a newline. */
function linesText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`
}
