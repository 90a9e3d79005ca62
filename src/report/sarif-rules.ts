/** SARIF `tool.driver.rules`: one reporting descriptor per rule of the run (and per unlisted rule id a message names). */
import type {SeveritySetting} from '../types.js'
import type {LintRun} from './model.js'
import {absoluteUri} from './paths.js'
import {sarifText} from './sarif-text.js'
import type {SarifLevel, SarifRule} from './sarif-types.js'

/** SARIF's level for a severity setting: error, warning, note (info), none (off). */
export const SARIF_LEVEL: Record<SeveritySetting, SarifLevel> = {error: 'error', warning: 'warning', info: 'note', off: 'none'}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('')
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?。！？](?=\s|$)/su.exec(text.trim())
  return (match ? match[0] : text.trim()) || text
}

/** The driver's rules and the index of each rule id among them. */
export interface SarifRules {
  rules: SarifRule[]
  indexOf: Map<string, number>
}

/**
 * Returns a reporting descriptor for each rule of `run` in its order (level from the severity in
 * force; `off` rules are listed as disabled), then one for each rule id in `ruleIds` not listed.
 */
export function sarifRules(run: LintRun, ruleIds: Iterable<string>): SarifRules {
  const rules: SarifRule[] = run.rules.map((rule) => {
    const description = rule.description || rule.id
    const helpUri = absoluteUri(rule.url)
    return {
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: {text: sarifText(firstSentence(description))},
      fullDescription: {text: sarifText(description)},
      ...(helpUri ? {helpUri, help: {text: sarifText(`${description}\n\nDocumentation: ${helpUri}`)}} : {}),
      defaultConfiguration: {...(rule.severity === 'off' ? {enabled: false} : {}), level: SARIF_LEVEL[rule.severity]}
    }
  })
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]))
  for (const id of ruleIds) {
    if (indexOf.has(id)) continue
    indexOf.set(id, rules.length)
    rules.push({id, name: pascalCase(id), shortDescription: {text: sarifText(id)}, fullDescription: {text: sarifText(id)}, defaultConfiguration: {level: 'warning'}})
  }
  return {rules, indexOf}
}
