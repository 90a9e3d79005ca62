/**
 * factlint's public API. No logic lives here.
 */
export {lint, version, type LintOptions, type LintOutcome} from './lint.js'
export {ConfigError} from './config/config-error.js'
export {NoMatchError} from './pipeline/read-articles.js'
export {rules} from './checks/index.js'
export {reporters, editorialReport, jsonChunks, stylishChunks} from './report/index.js'
export type {ChunkedReporter, Reporter, ReporterOptions} from './report/index.js'
export type {LintRun, RuleSummary, ArticleData} from './report/model.js'
export type * from './types.js'
