/**
 * reviewdog's Diagnostic Format: `rdjson` (one DiagnosticResult) and `rdjsonl` (one Diagnostic
 * per line). Columns count UTF-8 bytes, as reviewdog requires: a CJK character is 3 bytes, an
 * emoji 4. Fixes become suggestions; related places become related locations.
 */
import {findingsOf, type Finding} from './findings.js'
import type {LintRun, RelatedLocation} from './model.js'
import {endOf, startOf} from './messages.js'
import {relativeTo} from './paths.js'
import type {ReporterOptions} from './reporter.js'
import {sourcesOf, type SourceText} from './sources.js'
import {TOOL_NAME, TOOL_URL} from './tool.js'

/** A position: 1-based line and 1-based column in UTF-8 bytes (no column: the whole line). */
export interface RdPosition {
  line: number
  column?: number
}

/** A range; `end` is exclusive. */
export interface RdRange {
  start: RdPosition
  end?: RdPosition
}

/** A path (relative to the working directory) and a range in it. */
export interface RdLocation {
  path: string
  range?: RdRange
}

/** One reviewdog diagnostic. */
export interface RdDiagnostic {
  message: string
  location: RdLocation
  severity: 'ERROR' | 'WARNING' | 'INFO'
  source: {name: string; url: string}
  code?: {value: string; url?: string}
  suggestions?: {range: RdRange; text: string}[]
  related_locations?: {message: string; location: RdLocation}[]
  original_output: string
}

/** One reviewdog DiagnosticResult. */
export interface RdDiagnosticResult {
  source: {name: string; url: string}
  diagnostics: RdDiagnostic[]
}

const SEVERITY = {error: 'ERROR', warning: 'WARNING', info: 'INFO'} as const

type Lookup = ReturnType<typeof sourcesOf>

function position(source: SourceText | undefined, line: number, column: number): RdPosition {
  const bytes = column >= 1 ? source?.byteColumn(line, column) : undefined
  return bytes === undefined ? {line} : {line, column: bytes}
}

function messageRange(finding: Finding, source: SourceText | undefined): RdRange | undefined {
  const start = startOf(finding.message)
  if (!start || !(start.line >= 1)) return undefined
  const end = endOf(finding.message) ?? start
  return {start: position(source, start.line, start.column), end: position(source, end.line, end.column)}
}

function offsetPosition(source: SourceText, offset: number): RdPosition | undefined {
  const point = source.pointOf(offset)
  return point ? position(source, point.line, point.column) : undefined
}

function suggestions(finding: Finding, source: SourceText | undefined): RdDiagnostic['suggestions'] {
  const fix = finding.message.fix
  if (!fix || !source) return undefined
  const start = offsetPosition(source, fix.range[0])
  const end = offsetPosition(source, fix.range[1])
  return start && end ? [{range: {start, end}, text: fix.text}] : undefined
}

function relatedLocation(finding: Finding, place: RelatedLocation, lookup: Lookup): {message: string; location: RdLocation} {
  const path = relativeTo(finding.file.cwd, place.file)
  const source = lookup(path)
  // Without the other article's text, bytes cannot be counted: the location names whole lines.
  const range: RdRange = source
    ? {start: position(source, place.line, place.column), end: position(source, place.endLine, place.endColumn)}
    : {start: {line: place.line}, end: {line: place.endLine}}
  return {message: place.text, location: {path, range}}
}

function originalOutput(finding: Finding): string {
  const {message, path, severity} = finding
  return `${path}:${message.line ?? 0}:${message.column ?? 0}: ${severity}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}

function diagnosticOf(finding: Finding, lookup: Lookup): RdDiagnostic {
  const {message} = finding
  const source = lookup(finding.path)
  const range = messageRange(finding, source)
  const fixes = suggestions(finding, source)
  const related = (message.related ?? []).map((place) => relatedLocation(finding, place, lookup))
  return {
    message: message.reason,
    location: {path: finding.path, ...(range ? {range} : {})},
    severity: SEVERITY[finding.severity],
    source: {name: TOOL_NAME, url: TOOL_URL},
    ...(message.ruleId ? {code: {value: message.ruleId, ...(message.url ? {url: message.url} : {})}} : {}),
    ...(fixes ? {suggestions: fixes} : {}),
    ...(related.length > 0 ? {related_locations: related} : {}),
    original_output: originalOutput(finding)
  }
}

/** Returns the diagnostics of `run` in run order (errors only when `quiet`). */
export function rdDiagnostics(run: LintRun, options: ReporterOptions = {}): RdDiagnostic[] {
  const lookup = sourcesOf(run)
  return findingsOf(run, options.quiet === true).map((finding) => diagnosticOf(finding, lookup))
}

/** Returns `run` as one rdjson DiagnosticResult, indented by two spaces, ending with a newline. */
export function rdjson(run: LintRun, options: ReporterOptions = {}): string {
  const result: RdDiagnosticResult = {source: {name: TOOL_NAME, url: TOOL_URL}, diagnostics: rdDiagnostics(run, options)}
  return `${JSON.stringify(result, null, 2)}\n`
}

/** Returns `run` as rdjsonl: one Diagnostic as JSON per line ('' when there is none). */
export function rdjsonl(run: LintRun, options: ReporterOptions = {}): string {
  return rdDiagnostics(run, options)
    .map((diagnostic) => `${JSON.stringify(diagnostic)}\n`)
    .join('')
}
