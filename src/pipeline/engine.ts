/**
 * One lint run over loaded articles: the per-article stage for each, the corpus phase once, then
 * messages (vfile-message) filtered by severity settings and inline directives.
 */
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'
import {rules as allRules, type ArticleRecord, type Rule} from '../checks/index.js'
import {lineOf} from '../checks/places.js'
import type {ArticleData, LintRun, RuleSummary} from '../report/model.js'
import {fatalFor} from '../report/model.js'
import type {RuleData} from '../rule-data.js'
import type {Severity, SeveritySetting} from '../types.js'
import {runCorpusRules} from './corpus.js'
import {isSilenced, type Directives} from './directives.js'
import {lintArticle, type RuleReport} from './lint-article.js'

/**
 * An article as read from disk: its text (and, optionally, the country to assume when its
 * frontmatter names none), or why it cannot be checked.
 */
export type LoadedArticle = {path: string; text: string; country?: string} | {path: string; problem: string}

/** Settings of a run. */
export interface EngineOptions {
  cwd: string
  data: RuleData
  /** Severity of each rule id (rule files merged with config). */
  severities: Record<string, SeveritySetting>
  /** The documentation URL of a rule. */
  docsUrl(ruleId: string): string
  version: string
  /** The rules to run (all of them by default). */
  rules?: readonly Rule[]
  /** When the run started (defaults to now). */
  date?: Date
}

/** The rule id of messages on articles that cannot be checked at all. */
export const ARTICLE_INVALID = 'article-invalid'

/** Lints loaded articles and returns the run for reporters. */
export function runLint(articles: readonly LoadedArticle[], options: EngineOptions): LintRun {
  const rules = options.rules ?? allRules
  const results = new Map<string, {record: ArticleRecord; reports: RuleReport[]; directives: Directives; text: string}>()
  for (const article of articles) {
    if ('text' in article) results.set(article.path, {...lintArticle(article.path, article.text, options.data, rules, article.country), text: article.text})
  }
  const records = [...results.values()].map((result) => result.record)
  const corpus = runCorpusRules(records, options.data, rules)
  const recordsByPath = new Map(records.map((record) => [record.path, record]))

  const files = articles.map((article) => {
    const file = new VFile({path: article.path, cwd: options.cwd, value: 'text' in article ? article.text : ''})
    if (!('text' in article)) {
      pushMessage(file, options, {ruleId: ARTICLE_INVALID, report: {span: {start: 0, end: 0}, message: article.problem}}, 'error', recordsByPath)
      file.messages[0]!.articleFatal = true
      return file
    }
    const result = results.get(article.path)!
    file.data.factlint = articleData(result.record)
    for (const entry of [...result.reports, ...(corpus.get(article.path) ?? [])]) {
      const severity = severityOf(entry, options.severities)
      if (!severity || isSilenced(result.directives, result.record.lineStarts, entry.ruleId, entry.report.span.start)) continue
      pushMessage(file, options, entry, severity, recordsByPath)
    }
    file.messages.sort((a, b) => (a.place && 'start' in a.place && b.place && 'start' in b.place ? a.place.start.offset! - b.place.start.offset! : 0) || String(a.ruleId).localeCompare(String(b.ruleId)))
    return file
  })

  const summaries: RuleSummary[] = rules.map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    severity: options.severities[rule.meta.id] ?? 'off',
    url: options.docsUrl(rule.meta.id)
  }))
  return {files, rules: summaries, date: (options.date ?? new Date()).toISOString(), version: options.version}
}

function articleData(record: ArticleRecord): ArticleData {
  return {...(record.country ? {country: record.country} : {}), meta: record.meta, claims: record.claims}
}

/** The severity a report gets: the rule's setting, lowered to a warning for likely findings. */
function severityOf(entry: RuleReport, severities: Record<string, SeveritySetting>): Severity | undefined {
  if (entry.crashed) return 'error'
  const setting = severities[entry.ruleId] ?? 'off'
  if (setting === 'off') return undefined
  return setting === 'error' && entry.report.confidence === 'likely' ? 'warning' : setting
}

function pushMessage(file: VFile, options: EngineOptions, entry: RuleReport, severity: Severity, records: Map<string, ArticleRecord>): void {
  const place = location(file)
  const {report} = entry
  const message = new VFileMessage(report.message, {
    place: {start: place.toPoint(report.span.start) ?? {line: 1, column: 1, offset: 0}, end: place.toPoint(report.span.end) ?? {line: 1, column: 1, offset: 0}},
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
      const start = record ? pointOf(record.lineStarts, other.span.start) : {line: 1, column: 1}
      const end = record ? pointOf(record.lineStarts, other.span.end) : start
      return {file: other.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: other.text}
    })
    message.cause = message.related.map((r) => `${r.file}:${r.line}:${r.column}`).join(', ')
  }
  file.messages.push(message)
}

/** 1-based line and column of an offset, from line starts. */
function pointOf(lineStarts: readonly number[], offset: number): {line: number; column: number} {
  const line = lineOf(lineStarts, offset)
  return {line, column: offset - lineStarts[line - 1]! + 1}
}

