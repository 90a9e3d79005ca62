/**
 * GitLab Code Quality (a Code Climate subset): a JSON array with one issue per finding —
 * description, check_name (the rule id), a stable fingerprint (see fingerprint.ts: no line
 * number, unique per finding), severity and location (path relative to the working directory,
 * begin and end lines). GitLab shows them in the merge request's Code Quality widget and diff.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {findingsOf, type Finding} from './findings.js'
import {fingerprintLookup} from './fingerprint.js'
import type {LintRun} from './model.js'
import {endOf} from './messages.js'
import type {ReporterOptions} from './reporter.js'

/** GitLab's severities. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

/** One Code Quality issue. */
export interface CodeQualityIssue {
  type: 'issue'
  description: string
  check_name: string
  fingerprint: string
  severity: CodeQualitySeverity
  location: {path: string; lines: {begin: number; end: number}}
}

/** info → info, warning → minor, error → major, an article that could not be checked → blocker. */
export function codeQualitySeverity(finding: Finding): CodeQualitySeverity {
  if (finding.message.articleFatal === true) return 'blocker'
  return finding.severity === 'error' ? 'major' : finding.severity === 'warning' ? 'minor' : 'info'
}

function issueOf(finding: Finding, fingerprintOf: (file: VFile, message: VFileMessage) => string): CodeQualityIssue {
  const {message, path} = finding
  const begin = Math.max(1, message.line ?? 1)
  const end = Math.max(begin, endOf(message)?.line ?? begin)
  return {
    type: 'issue',
    description: message.reason,
    check_name: message.ruleId ?? 'article',
    fingerprint: fingerprintOf(finding.file, message),
    severity: codeQualitySeverity(finding),
    location: {path, lines: {begin, end}}
  }
}

/** Returns the Code Quality issues of `run` in run order (errors only when `quiet`). */
export function codeQualityIssues(run: LintRun, options: ReporterOptions = {}): CodeQualityIssue[] {
  const fingerprintOf = fingerprintLookup()
  return findingsOf(run, options.quiet === true).map((finding) => issueOf(finding, fingerprintOf))
}

/** Returns the Code Quality report of `run` as JSON text, indented by two spaces, ending with a newline. */
export function codequality(run: LintRun, options: ReporterOptions = {}): string {
  return `${JSON.stringify(codeQualityIssues(run, options), null, 2)}\n`
}
