/**
 * The per-article stage: parse, read frontmatter and directives, extract claims, run the article
 * rules. It returns plain, serialisable data (the record, raw reports, directives), so it can run
 * in a worker, be cached by content hash, or run on another CI job.
 */
import {isArticleRule, type ArticleRecord, type Report, type Rule} from '../checks/index.js'
import {extractCarriers, extractClaims, textBlocks} from '../extract/index.js'
import type {RuleData} from '../rule-data.js'
import {inferCountry} from './country.js'
import {readDirectives, type Directives} from './directives.js'
import {readFrontmatter} from './frontmatter.js'
import {lineStartsOf} from './lines.js'
import {parseMarkdown} from './processor.js'

/** A report stamped with the id of the rule that made it. */
export interface RuleReport {
  ruleId: string
  report: Report
  /** Set when the rule crashed on this article: the report says so and the article is fatal. */
  crashed?: boolean
}

/** What the per-article stage returns. */
export interface ArticleResult {
  record: ArticleRecord
  reports: RuleReport[]
  directives: Directives
}

/**
 * Runs the per-article stage on one article's text.
 * @param assumedCountry the country when the frontmatter names none (else it is inferred from the text)
 */
export function lintArticle(path: string, source: string, data: RuleData, rules: readonly Rule[], assumedCountry?: string): ArticleResult {
  const tree = parseMarkdown(source)
  const blocks = textBlocks(tree, source)
  const lineStarts = lineStartsOf(source)
  const frontmatter = readFrontmatter(tree, source, data)
  const carriers = extractCarriers({source, blocks, data})
  const country = frontmatter.meta.country ?? assumedCountry ?? inferCountry(blocks, carriers, data)
  const claims = extractClaims({
    source,
    tree,
    blocks,
    data,
    carriers,
    ...(country ? {country} : {}),
    ...(frontmatter.meta.carriers ? {articleCarriers: frontmatter.meta.carriers} : {})
  })
  const directives = readDirectives(tree, source, lineStarts, new Set(rules.map((rule) => rule.meta.id)))
  const record: ArticleRecord = {
    path,
    ...(country ? {country} : {}),
    meta: frontmatter.meta,
    claims,
    lineStarts,
    pipelineReports: {'frontmatter-invalid': frontmatter.problems, 'unknown-disable-directive': directives.problems}
  }
  const reports: RuleReport[] = []
  for (const rule of rules.filter(isArticleRule)) {
    const ruleId = rule.meta.id
    try {
      rule.check({
        article: record,
        source,
        data,
        report: (report) => {
          reports.push({ruleId, report})
        }
      })
    } catch (error) {
      reports.push(crashReport(ruleId, error))
    }
  }
  return {record, reports, directives}
}

/** Whether a result has a report that `--fix` can apply (so its text must be kept). */
export function hasFix(result: ArticleResult): boolean {
  return result.reports.some((entry) => entry.report.fix !== undefined)
}

/** The report of a rule that crashed: at the start of the file, naming rule and cause. */
export function crashReport(ruleId: string, error: unknown): RuleReport {
  const cause = error instanceof Error ? error.message : String(error)
  return {
    ruleId,
    crashed: true,
    report: {span: {start: 0, end: 0}, message: `Rule ${ruleId} crashed on this article (${cause}); please report it with the article attached`}
  }
}
