/**
 * The corpus phase: runs once over the claims of every article of the run, so a new hotline or
 * duration is compared with every other article, changed or not.
 */
import {isCorpusRule, type CorpusArticle, type Rule} from '../checks/index.js'
import type {RuleData} from '../rule-data.js'
import {crashReport, type RuleReport} from './lint-article.js'

/**
 * Runs the corpus rules; returns the reports by article path. `shows` tells which articles'
 * reports are wanted (default: all); the others' reports may be left out.
 */
export function runCorpusRules(
  records: readonly CorpusArticle[],
  data: RuleData,
  rules: readonly Rule[],
  shows: (path: string) => boolean = () => true
): Map<string, RuleReport[]> {
  const byPath = new Map<string, RuleReport[]>(records.map((record) => [record.path, []]))
  for (const rule of rules.filter(isCorpusRule)) {
    const ruleId = rule.meta.id
    try {
      rule.check({
        articles: records,
        data,
        shows,
        report: (path, report) => {
          byPath.get(path)?.push({ruleId, report})
        }
      })
    } catch (error) {
      for (const reports of byPath.values()) reports.push(crashReport(ruleId, error))
    }
  }
  return byPath
}
