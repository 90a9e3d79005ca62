/**
 * The ESLint/textlint JSON formatter shape, so existing tools read factlint's results: one result
 * per file with its messages (severity 2 error, 1 warning, 0 info) and counts. Keys are always
 * written in the same order; absent optional fields are left out.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../types.js'
import {severityOf, type LintRun} from './model.js'
import {countSeverities, endOf, visibleMessages} from './messages.js'
import type {ReporterOptions} from './reporter.js'

/** A place in another file that a cross-document message refers to. */
export interface JsonRelated {
  /** Absolute path of the other file. */
  filePath: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The claim as written there. */
  text: string
}

/** One message, as ESLint writes it, plus factlint's fields. */
export interface JsonMessage {
  /** The rule id, or null for messages no rule made (an unreadable file). */
  ruleId: string | null
  /** 2 error, 1 warning, 0 info. */
  severity: 2 | 1 | 0
  message: string
  /** 1-based line of the start; 0 when the message has no place. */
  line: number
  /** 1-based column of the start, in UTF-16 code units; 0 when the message has no place. */
  column: number
  endLine?: number
  endColumn?: number
  /** Text edit applied by `--fix`: replace source offsets [range[0], range[1]) with `text`. */
  fix?: {range: [number, number]; text: string}
  /** Suggestions shown but never applied; factlint's carry a description only, no fix. */
  suggestions?: {desc: string}[]
  related?: JsonRelated[]
  /** The quoted claim. */
  actual?: string
  /** What the facts say. */
  expected?: string[]
  /** The rule's documentation page. */
  url?: string
  /** True when the article could not be checked at all. */
  fatal?: true
}

/** The result for one file. */
export interface JsonResult {
  /** Absolute path of the file. */
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  /** Errors that stopped the article from being checked. */
  fatalErrorCount: number
  warningCount: number
  infoCount: number
  fixableErrorCount: number
  fixableWarningCount: number
}

const SEVERITY: Record<Severity, 2 | 1 | 0> = {error: 2, warning: 1, info: 0}

function absolute(file: VFile, filePath: string): string {
  return filePath ? path.resolve(file.cwd, filePath) : '<text>'
}

function messageOf(file: VFile, message: VFileMessage): JsonMessage {
  const end = endOf(message)
  const result: JsonMessage = {
    ruleId: message.ruleId ?? null,
    severity: SEVERITY[severityOf(message)],
    message: message.reason,
    line: message.line ?? 0,
    column: message.column ?? 0
  }
  if (end) {
    result.endLine = end.line
    result.endColumn = end.column
  }
  if (message.fix) result.fix = {range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text}
  if (message.suggestion !== undefined) result.suggestions = [{desc: message.suggestion}]
  if (message.related && message.related.length > 0) {
    result.related = message.related.map((place) => ({
      filePath: absolute(file, place.file),
      line: place.line,
      column: place.column,
      endLine: place.endLine,
      endColumn: place.endColumn,
      text: place.text
    }))
  }
  if (message.actual !== undefined) result.actual = message.actual
  if (message.expected !== undefined) result.expected = [...message.expected]
  if (message.url !== undefined) result.url = message.url
  if (message.articleFatal === true) result.fatal = true
  return result
}

function resultOf(file: VFile, quiet: boolean): JsonResult {
  const messages = visibleMessages(file, quiet)
  const counts = countSeverities(messages)
  const fixable = countSeverities(messages.filter((message) => message.fix !== undefined))
  return {
    filePath: absolute(file, file.path),
    messages: messages.map((message) => messageOf(file, message)),
    errorCount: counts.error,
    fatalErrorCount: messages.filter((message) => message.articleFatal === true && severityOf(message) === 'error').length,
    warningCount: counts.warning,
    infoCount: counts.info,
    fixableErrorCount: fixable.error,
    fixableWarningCount: fixable.warning
  }
}

/** Returns one result per file of `run`, in run order, with messages in position order (errors only when `quiet`). */
export function jsonResults(run: LintRun, options: ReporterOptions = {}): JsonResult[] {
  return run.files.map((file) => resultOf(file, options.quiet === true))
}

/** Returns the results of `run` as JSON text, indented by two spaces, ending with a newline. */
export function json(run: LintRun, options: ReporterOptions = {}): string {
  return [...jsonChunks(run, options)].join('')
}

/**
 * The text of {@link json}, a file's result at a time: the same bytes as `JSON.stringify` of
 * {@link jsonResults} indented by two spaces (JSON strings hold no raw newline, so each result's
 * lines can be indented as the array would).
 */
export function* jsonChunks(run: LintRun, options: ReporterOptions = {}): Generator<string> {
  if (run.files.length === 0) {
    yield '[]\n'
    return
  }
  for (const [index, file] of run.files.entries()) {
    const result = JSON.stringify(resultOf(file, options.quiet === true), null, 2).replaceAll('\n', '\n  ')
    yield `${index === 0 ? '[\n' : ',\n'}  ${result}`
  }
  yield '\n]\n'
}
