/** The tables of the pull-request summary: findings by rule, findings with links, and baseline findings that were fixed. */
import type {Finding} from './findings.js'
import {ruleLink} from './editorial-summary.js'
import {escapeMarkdown, quoteCode} from './markdown-escape.js'
import {markdownTable} from './markdown-table.js'
import type {LintRun} from './model.js'
import {countSeverities} from './messages.js'
import {relativeTo} from './paths.js'
import {lineHref, link} from './pr-markdown-links.js'

/** A finding of the baseline that no longer occurs (the CLI maps its baseline entries to these). */
export interface FixedFinding {
  /** The article, relative to the working directory. */
  file: string
  ruleId: string
  /** The claim the finding quoted. */
  text: string
  /** How many such findings are gone (default 1). */
  count?: number
}

/** Returns the table of findings by rule (in the order of `run.rules`, then the rest), with counts by severity. */
export function ruleTable(run: LintRun, findings: readonly Finding[]): string {
  const order = new Map(run.rules.map((rule, index) => [rule.id, index]))
  const byRule = new Map<string, Finding[]>()
  for (const finding of findings) {
    const id = finding.message.ruleId ?? ''
    byRule.set(id, [...(byRule.get(id) ?? []), finding])
  }
  const groups = [...byRule.entries()].sort(([a], [b]) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size))
  const rows = groups.map(([, group]) => {
    const counts = countSeverities(group.map((finding) => finding.message))
    return [ruleLink(run, group[0]!.message), String(group.length), String(counts.error), String(counts.warning), String(counts.info)]
  })
  const right = 'right' as const
  return markdownTable(
    [{header: 'Rule'}, {header: 'Findings', align: right}, {header: 'Errors', align: right}, {header: 'Warnings', align: right}, {header: 'Infos', align: right}],
    rows
  )
}

/** Returns one row of the findings table: severity, a link to the line, rule, message (with related places) and claim. */
export function findingRow(run: LintRun, finding: Finding, linkBase: string | undefined): string[] {
  const {message, path} = finding
  const line = message.line
  const where = link(escapeMarkdown(line === undefined ? path : `${path}:${line}`), lineHref(path, line, linkBase))
  const related = (message.related ?? []).map((place) => {
    const other = relativeTo(finding.file.cwd, place.file)
    return link(escapeMarkdown(`${other}:${place.line}`), lineHref(other, place.line, linkBase))
  })
  const text = escapeMarkdown(message.reason) + (related.length > 0 ? ` (see ${related.join(', ')})` : '')
  const severity = message.articleFatal === true ? `${finding.severity} (article not checked)` : finding.severity
  return [severity, where, ruleLink(run, message), text, message.actual === undefined ? '—' : quoteCode(message.actual, {inTable: true})]
}

/** Returns the findings table of `rows` made by {@link findingRow}. */
export function findingsTable(rows: readonly (readonly string[])[]): string {
  return markdownTable([{header: 'Severity'}, {header: 'Where'}, {header: 'Rule'}, {header: 'Finding'}, {header: 'Claim'}], rows)
}

/** Returns the table of baseline findings that no longer occur. */
export function fixedTable(fixed: readonly FixedFinding[]): string {
  const rows = fixed.map((entry) => [
    quoteCode(entry.file, {inTable: true}),
    escapeMarkdown(entry.ruleId),
    entry.text ? quoteCode(entry.text, {inTable: true}) : '—',
    String(entry.count ?? 1)
  ])
  return markdownTable([{header: 'Article'}, {header: 'Rule'}, {header: 'Claim'}, {header: 'Fixed', align: 'right'}], rows)
}
