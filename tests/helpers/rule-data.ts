/** The project's own rule data, loaded once per test file. */
import {loadRuleData} from '../../src/config/rule-data.js'
import type {RuleData} from '../../src/rule-data.js'

let cached: RuleData | undefined

/** Returns the rule data in `rules/`, as a run of factlint loads it. */
export function ruleData(): RuleData {
  cached ??= loadRuleData('rules')
  return cached
}
