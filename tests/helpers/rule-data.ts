/** The project's own rule data, loaded once per test file. */
import {loadRuleData} from '../../src/config/rule-data.js'
import type {RuleData} from '../../src/rule-data.js'

let cached: RuleData | undefined

/** Returns the rule data in `rules/`, as a run of factlint loads it. */
export function ruleData(): RuleData {
  cached ??= loadRuleData('rules')
  return cached
}

/** Every allowed_patterns and foreign_patterns entry of the project's rules. */
export function shippedPatterns(): string[] {
  return Object.values(ruleData().phoneNumbers).flatMap((rules) =>
    [...(rules.allowed_patterns ?? []), ...(rules.foreign_patterns ?? [])].map((entry) => entry.pattern)
  )
}
