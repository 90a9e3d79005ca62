/** The reporters: text formats by name for the CLI's `--format`, and the editorial report. */
import {json} from './json.js'
import type {Reporter} from './reporter.js'
import {stylish} from './stylish.js'

export type {Reporter, ReporterOptions} from './reporter.js'
export type {LintRun, RuleSummary, RelatedLocation, ArticleData} from './model.js'
export type {JsonMessage, JsonRelated, JsonResult} from './json.js'
export type {EditorialOptions, VerifiedNumbers} from './editorial.js'
export {editorialReport} from './editorial.js'
export {jsonResults} from './json.js'
export {escapeMarkdown, quoteCode} from './markdown-escape.js'

/** The text reporters by format name. */
export const reporters: Record<'stylish' | 'json', Reporter> = {stylish, json}
