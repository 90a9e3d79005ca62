/** The reporters: text formats by name for the CLI's `--format`, and the editorial report. */
import {checkstyle} from './checkstyle.js'
import {codequality} from './codequality.js'
import {github} from './github.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {prMarkdown} from './pr-markdown.js'
import {rdjson, rdjsonl} from './rdjson.js'
import type {Reporter} from './reporter.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export type {ChunkedReporter, Reporter, ReporterOptions} from './reporter.js'
export type {LintRun, RuleSummary, RelatedLocation, ArticleData} from './model.js'
export type {JsonMessage, JsonRelated, JsonResult} from './json.js'
export type {EditorialOptions, VerifiedNumbers} from './editorial.js'
export {editorialReport} from './editorial.js'
export type {HtmlRegistry, HtmlReportOptions, RegistryCarrier, RegistryDocuments, RegistryHotline} from './html.js'
export {htmlReport} from './html.js'
export {htmlReportOptions} from './html-registry.js'
export {jsonChunks, jsonResults} from './json.js'
export {stylishChunks} from './stylish.js'
export {escapeMarkdown, quoteCode} from './markdown-escape.js'

export type {SarifLog} from './sarif.js'
export {sarifLog} from './sarif.js'
export type {GithubOptions} from './github.js'
export type {RdDiagnostic, RdDiagnosticResult} from './rdjson.js'
export type {CodeQualityIssue} from './codequality.js'
export {codeQualityIssues} from './codequality.js'
export type {BaselineSummary, FixedFinding, PrMarkdownOptions} from './pr-markdown.js'
export type {FingerprintFields} from './fingerprint.js'
export {fingerprints} from './fingerprint.js'

/** The format names of `--format`. */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'rdjson' | 'rdjsonl' | 'junit' | 'checkstyle' | 'codequality' | 'markdown'

/** The text reporters by format name. */
export const reporters: Record<FormatName, Reporter> = {
  stylish,
  json,
  sarif,
  github,
  rdjson,
  rdjsonl,
  junit,
  checkstyle,
  codequality,
  markdown: prMarkdown
}
