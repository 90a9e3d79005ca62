/**
 * `factlint rules`: every rule with its severity (rule files merged with config) and description.
 */
import {resolve} from 'node:path'
import {rules} from '../checks/index.js'
import {loadConfig} from '../config/config-file.js'
import {loadRuleDataCached} from '../config/rule-snapshot.js'
import type {CliIo} from './io.js'

/** Prints the rule list and returns exit code 0; `rulesCache` is where rule-data snapshots go, if anywhere. */
export function listRules(io: CliIo, configPath: string | undefined, rulesDir: string | undefined, rulesCache?: string): number {
  const config = loadConfig(io.cwd, configPath, new Set(rules.map((rule) => rule.meta.id)))
  const data = loadRuleDataCached(resolve(io.cwd, rulesDir ?? config.config.rulesDir ?? 'rules'), io.cwd, rulesCache)
  const severities = {...data.severities, ...config.config.rules}
  const width = Math.max(...rules.map((rule) => rule.meta.id.length))
  for (const rule of rules) {
    const severity = severities[rule.meta.id] ?? 'off'
    io.stdout(`${rule.meta.id.padEnd(width)}  ${severity.padEnd(7)}  ${rule.meta.scope === 'corpus' ? '(corpus) ' : ''}${rule.meta.description}\n`)
  }
  return 0
}
