/**
 * Turning rule reports into vfile-messages: severity from settings (a `likely` error becomes a
 * warning), inline directives, positions from each record's line index (so no article text is
 * needed), docs URL, fixes and related places in other articles.
 */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {CorpusArticle} from '../checks/index.js'
import {lineOf} from '../checks/places.js'
import {fatalFor} from '../report/model.js'
import type {Severity, SeveritySetting} from '../types.js'
import type {CheckedEntry} from './article-entry.js'
import {isSilenced} from './directives.js'
import type {RuleReport} from './lint-article.js'

/** What message building needs of the run's settings. */
export interface MessageOptions {
  severities: Record<string, SeveritySetting>
  docsUrl(ruleId: string): string
}

interface Point {
  line: number
  column: number
  offset: number
}

const START: Point = {line: 1, column: 1, offset: 0}

/** The rule id of messages on articles that cannot be checked at all. */
export const ARTICLE_INVALID = 'article-invalid'

/** The message of an article that cannot be checked: an error at its start, fatal for the article. */
export function invalidArticleMessage(file: VFile, problem: string, options: MessageOptions): VFileMessage {
  const ruleId = ARTICLE_INVALID
  const message = new VFileMessage(problem, {place: {start: {...START}, end: {...START}}, ruleId, source: 'factlint'})
  message.file = file.path
  message.fatal = fatalFor('error')
  message.url = options.docsUrl(ruleId)
  message.articleFatal = true
  return message
}

/**
 * The messages of one checked article (its own reports and the corpus phase's), silenced ones and
 * rules turned off left out, sorted by position then rule id.
 */
export function fileMessages(file: VFile, entry: CheckedEntry, corpus: readonly RuleReport[], options: MessageOptions, records: ReadonlyMap<string, CorpusArticle>): VFileMessage[] {
  const {record, reports, directives} = entry.result
  const messages: VFileMessage[] = []
  // A VFileMessage is an Error: without a stack trace to capture, making one costs a third.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const report of [...reports, ...corpus]) {
      const severity = severityOf(report, options.severities)
      if (!severity || isSilenced(directives, record.lineStarts, report.ruleId, report.report.span.start)) continue
      messages.push(messageOf(file, record.lineStarts, entry.length, report, severity, options, records))
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  return messages.sort((a, b) => (a.place && 'start' in a.place && b.place && 'start' in b.place ? a.place.start.offset! - b.place.start.offset! : 0) || compareCodeUnits(String(a.ruleId), String(b.ruleId)))
}

/**
 * Compares by code unit: for rule ids (`a-z`, digits, `-`) the order of `localeCompare`, without
 * loading ICU's collator on the first call (about 6 ms of a one-article run).
 */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The severity a report gets: the rule's setting, lowered to a warning for likely findings. */
function severityOf(entry: RuleReport, severities: Record<string, SeveritySetting>): Severity | undefined {
  if (entry.crashed) return 'error'
  const setting = severities[entry.ruleId] ?? 'off'
  if (setting === 'off') return undefined
  return setting === 'error' && entry.report.confidence === 'likely' ? 'warning' : setting
}

function messageOf(
  file: VFile,
  lineStarts: readonly number[],
  length: number,
  entry: RuleReport,
  severity: Severity,
  options: MessageOptions,
  records: ReadonlyMap<string, CorpusArticle>
): VFileMessage {
  const {report} = entry
  const message = new VFileMessage(report.message, {
    place: {start: toPoint(lineStarts, length, report.span.start) ?? {...START}, end: toPoint(lineStarts, length, report.span.end) ?? {...START}},
    ruleId: entry.ruleId,
    source: 'factlint'
  })
  message.file = file.path
  message.fatal = fatalFor(severity)
  message.url = options.docsUrl(entry.ruleId)
  if (report.actual !== undefined) message.actual = report.actual
  if (report.expected) message.expected = report.expected
  if (report.suggestion) message.suggestion = report.suggestion
  if (report.fix) message.fix = {range: [report.fix.span.start, report.fix.span.end], text: report.fix.text}
  if (entry.crashed) message.articleFatal = true
  if (report.related?.length) {
    message.related = report.related.map((other) => {
      const record = records.get(other.path)
      const start = record ? lineColumn(record.lineStarts, other.span.start) : {line: 1, column: 1}
      const end = record ? lineColumn(record.lineStarts, other.span.end) : start
      return {file: other.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: other.text}
    })
    message.cause = message.related.map((r) => `${r.file}:${r.line}:${r.column}`).join(', ')
  }
  return message
}

/** The point of an offset of a text of `length` (as vfile-location gives it), or undefined outside the text. */
function toPoint(lineStarts: readonly number[], length: number, offset: number): Point | undefined {
  if (!(offset > -1 && offset <= length)) return undefined
  return {...lineColumn(lineStarts, offset), offset}
}

/** 1-based line and column of an offset, from line starts. */
function lineColumn(lineStarts: readonly number[], offset: number): {line: number; column: number} {
  const line = lineOf(lineStarts, offset)
  return {line, column: offset - lineStarts[line - 1]! + 1}
}
