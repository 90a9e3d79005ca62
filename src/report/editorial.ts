/**
 * The editorial report: Markdown for editors (the CLI writes it to `reports/editorial-report.md`).
 * A summary, the findings of each article, the claims tables editors verify by hand, and spam by
 * destination. Article text is escaped everywhere, so nothing in it renders as a link, image,
 * HTML or mention.
 */
import {articleViews} from './articles.js'
import {documentsTable, durationsTable, hotlinesTable, type VerifiedNumbers} from './editorial-claims.js'
import {findingsSection} from './editorial-findings.js'
import {spamTable} from './editorial-spam.js'
import {summarySection} from './editorial-summary.js'
import type {LintRun} from './model.js'

export type {VerifiedNumbers} from './editorial-claims.js'

/** Options of the editorial report. */
export interface EditorialOptions {
  /** Numbers the registry lists per carrier id; a hotline claim among them reads `verified`. */
  verifiedNumbers?: VerifiedNumbers
}

/** Returns the editorial report of `run` as Markdown, ending with a newline. */
export function editorialReport(run: LintRun, options: EditorialOptions = {}): string {
  const articles = articleViews(run)
  const sections = [
    summarySection(run, articles),
    findingsSection(run, articles),
    '## Claims to verify by hand',
    `### Hotlines by carrier\n\n${hotlinesTable(articles, options.verifiedNumbers)}`,
    `### Durations by action\n\n${durationsTable(articles)}`,
    `### Required documents\n\n${documentsTable(articles)}`,
    `## Spam\n\n${spamTable(articles)}`
  ]
  return `${sections.join('\n\n')}\n`
}
