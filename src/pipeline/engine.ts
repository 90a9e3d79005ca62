/**
 * One lint run: the per-article stage for each article (here, in workers, from the cache or from
 * shard blobs), the corpus phase once over every article's record, then messages (vfile-message)
 * filtered by severity settings and inline directives.
 */
import {VFile} from 'vfile'
import {rules as allRules, type Rule} from '../checks/index.js'
import type {LintRun, RuleSummary} from '../report/model.js'
import type {RuleData} from '../rule-data.js'
import type {SeveritySetting} from '../types.js'
import {corpusOf, isChecked, type ArticleEntry, type CheckedEntry} from './article-entry.js'
import {runCorpusRules} from './corpus.js'
import {lintArticle} from './lint-article.js'
import {fileMessages, invalidArticleMessage} from './messages.js'

export {ARTICLE_INVALID} from './messages.js'

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

/** Settings of {@link assembleRun}. */
export interface AssembleOptions extends EngineOptions {
  /**
   * The articles whose messages will be shown (default: all). Cross-article checks still compare
   * every article, but may leave out the messages of the others: their files' messages are then
   * incomplete, so only pass this when the run is narrowed to these articles (`--changed-since`).
   */
  shows?(path: string): boolean
  /**
   * Reads an article's text when a reporter asks for `file.value` and the entry kept none; the
   * text is read anew on each access, so the run does not keep every article's text alive.
   */
  readText?(path: string): string | undefined
}

/** Lints loaded articles and returns the run for reporters. */
export function runLint(articles: readonly LoadedArticle[], options: EngineOptions): LintRun {
  const rules = options.rules ?? allRules
  const entries = articles.map((article): ArticleEntry => {
    if (!('text' in article)) return article
    const result = lintArticle(article.path, article.text, options.data, rules, article.country)
    return {path: article.path, result, length: article.text.length, text: article.text}
  })
  return assembleRun(entries, options)
}

/**
 * Runs the corpus phase over the entries' records and turns every report into messages on one
 * VFile per entry, in entry order. The output depends only on the entries, never on where they
 * came from (this process, a worker, the cache or a shard blob).
 */
export function assembleRun(entries: readonly ArticleEntry[], options: AssembleOptions): LintRun {
  const rules = options.rules ?? allRules
  const records = entries.filter(isChecked).map(corpusOf)
  const corpus = runCorpusRules(records, options.data, rules, options.shows)
  const recordsByPath = new Map(records.map((record) => [record.path, record]))

  const files = entries.map((entry) => {
    const file = new VFile({path: entry.path, cwd: options.cwd})
    if (!isChecked(entry)) {
      file.value = ''
      file.messages.push(invalidArticleMessage(file, entry.problem, options))
      return file
    }
    setValue(file, entry.text, options.readText)
    lazyArticleData(file, entry)
    const reports = corpus.get(entry.path) ?? []
    lazyMessages(file, () => fileMessages(file, entry, reports, options, recordsByPath))
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

/**
 * Makes a file's messages computed when first read (or replaced when first written): a
 * pull-request run reports a few files of thousands, and builds only their messages.
 */
function lazyMessages(file: VFile, compute: () => VFile['messages']): void {
  lazyProperty(file, 'messages', compute)
}

/** Gives a file its `data.factlint` (country, meta, claims), built when first read: a packed result is read only then. */
function lazyArticleData(file: VFile, entry: CheckedEntry): void {
  lazyProperty(file.data, 'factlint', () => {
    const {record} = entry.result
    return {...(record.country ? {country: record.country} : {}), meta: record.meta, claims: record.claims}
  })
}

/** Makes `target[key]` computed when first read, then kept (or replaced when first written). */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]): T[K] => {
    Object.defineProperty(target, key, {configurable: true, enumerable: true, writable: true, value})
    return value
  }
  Object.defineProperty(target, key, {configurable: true, enumerable: true, get: () => settle(compute()), set: settle})
}

/** Gives a file its text, or a getter reading it when asked (each time, so nothing is kept). */
function setValue(file: VFile, text: string | undefined, readText: AssembleOptions['readText']): void {
  if (text !== undefined || !readText) {
    file.value = text ?? ''
    return
  }
  const path = file.path
  Object.defineProperty(file, 'value', {
    configurable: true,
    enumerable: true,
    get: () => readText(path) ?? '',
    set(value: VFile['value']) {
      Object.defineProperty(file, 'value', {configurable: true, enumerable: true, writable: true, value})
    }
  })
}
