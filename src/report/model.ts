/**
 * What reporters read: one VFile per article with its messages (vfile-message) and, in
 * `file.data.factlint`, the article's claims; plus the run's rules. Reporters compute no verdicts
 * and never touch the disk.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ArticleClaims, ArticleMeta, CountryCode, Severity, SeveritySetting} from '../types.js'

/** A place a cross-document message refers to, with its position. */
export interface RelatedLocation {
  /** Path relative to the working directory. */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The claim as written there. */
  text: string
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Other places the finding refers to (cross-document findings). */
    related?: RelatedLocation[] | undefined
    /** Text edit applied by `--fix`: replace source offsets [start, end) with `text`. */
    fix?: {range: [number, number]; text: string} | undefined
    /** A suggestion shown to the reader but never applied. */
    suggestion?: string | undefined
    /** True when the article could not be checked at all (unreadable file, crash). */
    articleFatal?: boolean | undefined
  }
}

/** Per-article data the pipeline attaches to each VFile. */
export interface ArticleData {
  country?: CountryCode
  meta: ArticleMeta
  claims: ArticleClaims
}

declare module 'vfile' {
  interface DataMap {
    factlint: ArticleData
  }
}

/** A rule as reporters list it. */
export interface RuleSummary {
  id: string
  description: string
  severity: SeveritySetting
  /** The rule's documentation page. */
  url: string
}

/** Everything a reporter needs about a run. */
export interface LintRun {
  files: VFile[]
  rules: RuleSummary[]
  /** When the run started, ISO 8601. */
  date: string
  /** Version of factlint. */
  version: string
}

/** The severity of a message: vfile's `fatal` true is an error, false a warning, unset info. */
export function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

/** Sets a message's severity the vfile way (see {@link severityOf}). */
export function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}
