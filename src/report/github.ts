/**
 * GitHub Actions workflow commands: one annotation per finding (`::error`, `::warning`,
 * `::notice` for info) with file, lines and UTF-16 columns, a `factlint(rule)` title and the
 * message. GitHub shows at most 10 annotations of each level per step, so the most important
 * come first (errors, then by rule severity and order, then file and line) and, when some are
 * left out, a last notice says how many more the report holds.
 */
import type {Severity} from '../types.js'
import {byImportance, findingsOf, type Finding} from './findings.js'
import {escapeData, escapeProperty} from './github-escape.js'
import type {LintRun} from './model.js'
import {endOf, plural, startOf} from './messages.js'
import {relativeTo} from './paths.js'
import type {ReporterOptions} from './reporter.js'

/** Options of the GitHub reporter. */
export interface GithubOptions extends ReporterOptions {
  /** Annotations of each level GitHub shows per step (default {@link GITHUB_ANNOTATION_LIMIT}). */
  limit?: number
}

/** GitHub shows at most this many error, warning and notice annotations per step. */
export const GITHUB_ANNOTATION_LIMIT = 10

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {error: 'error', warning: 'warning', info: 'notice'}

function properties(finding: Finding): string {
  const {message, path} = finding
  const start = startOf(message)
  const end = endOf(message) ?? start
  const parts = [`file=${escapeProperty(path)}`]
  if (start && start.line >= 1) {
    parts.push(`line=${start.line}`)
    const endLine = Math.max(end?.line ?? start.line, start.line)
    parts.push(`endLine=${endLine}`)
    // GitHub takes columns only for an annotation on one line.
    if (endLine === start.line && start.column >= 1) {
      parts.push(`col=${start.column}`)
      if (end && end.column >= start.column) parts.push(`endColumn=${end.column}`)
    }
  }
  parts.push(`title=${escapeProperty(`factlint(${message.ruleId ?? 'article'})`)}`)
  return parts.join(',')
}

function text(finding: Finding): string {
  const {message, file} = finding
  const lines = [message.reason]
  for (const place of message.related ?? []) lines.push(`  ↳ ${relativeTo(file.cwd, place.file)}:${place.line}:${place.column} “${place.text}”`)
  if (message.url) lines.push(message.url)
  return lines.join('\n')
}

/** Returns the workflow command of one finding. */
export function annotation(finding: Finding): string {
  return `::${COMMAND[finding.severity]} ${properties(finding)}::${escapeData(text(finding))}`
}

function overflowNotice(left: Record<Severity, number>, limit: number): string {
  const parts = [plural(left.error, 'more error'), plural(left.warning, 'more warning')]
  const counts = `${parts.join(' and ')}${left.info > 0 ? ` (and ${plural(left.info, 'more notice')})` : ''}`
  return `::notice title=${escapeProperty('factlint')}::${escapeData(`${counts} are in the report; GitHub shows at most ${limit} annotations of each level per step`)}`
}

/**
 * Returns the workflow commands of `run`, one per line: at most `limit` (default 10) errors,
 * warnings and notices in order of importance, then, when some were left out, a notice saying
 * how many more are in the report (it takes one of the notices' places). `quiet` keeps errors only.
 */
export function github(run: LintRun, options: GithubOptions = {}): string {
  const limit = Math.max(1, options.limit ?? GITHUB_ANNOTATION_LIMIT)
  const ranked = byImportance(run, findingsOf(run, options.quiet === true))
  const bySeverity = (severity: Severity): Finding[] => ranked.filter((finding) => finding.severity === severity)
  const groups = {error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info')}
  const overflows = groups.error.length > limit || groups.warning.length > limit || groups.info.length > limit
  const shown = {error: limit, warning: limit, info: overflows ? limit - 1 : limit}
  const lines = [...groups.error.slice(0, shown.error), ...groups.warning.slice(0, shown.warning), ...groups.info.slice(0, shown.info)].map(annotation)
  if (overflows) {
    lines.push(
      overflowNotice({
        error: Math.max(0, groups.error.length - shown.error),
        warning: Math.max(0, groups.warning.length - shown.warning),
        info: Math.max(0, groups.info.length - shown.info)
      }, limit)
    )
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
