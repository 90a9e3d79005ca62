/** The head of the editorial report: title, run line, counts by severity and a table by rule. */
import type {VFileMessage} from 'vfile-message'
import type {ArticleView} from './articles.js'
import {compareText} from './articles.js'
import {escapeMarkdown} from './markdown-escape.js'
import {markdownLink, markdownTable} from './markdown-table.js'
import {severityOf, type LintRun} from './model.js'
import {countSeverities, groupByRule, plural} from './messages.js'

/** Returns the rule id of a message as a Markdown link to its doc page in `run.rules` (plain when not listed there). */
export function ruleLink(run: LintRun, message: VFileMessage): string {
  if (!message.ruleId) return '—'
  const url = run.rules.find((rule) => rule.id === message.ruleId)?.url
  return markdownLink(escapeMarkdown(message.ruleId), url)
}

function ruleTable(run: LintRun, messages: readonly VFileMessage[]): string {
  const byRule = groupByRule(messages)
  const groups = [...byRule.values()].sort(
    (a, b) => b.length - a.length || compareText(a[0]?.ruleId ?? '', b[0]?.ruleId ?? '')
  )
  const rows = groups.map((group) => {
    const counts = countSeverities(group)
    return [ruleLink(run, group[0]!), String(group.length), String(counts.error), String(counts.warning), String(counts.info)]
  })
  return markdownTable(
    [
      {header: 'Rule'},
      {header: 'Findings', align: 'right'},
      {header: 'Errors', align: 'right'},
      {header: 'Warnings', align: 'right'},
      {header: 'Infos', align: 'right'}
    ],
    rows
  )
}

/** Returns the title (with the run's date and factlint's version) and the summary section. */
export function summarySection(run: LintRun, articles: readonly ArticleView[]): string {
  const messages = articles.flatMap((article) => article.messages)
  const counts = countSeverities(messages)
  const flagged = articles.filter((article) => article.messages.length > 0).length
  const day = /^\d{4}-\d{2}-\d{2}/.exec(run.date)?.[0] ?? run.date
  const lines = [
    `# factlint editorial report — ${escapeMarkdown(day)}`,
    '',
    `factlint ${escapeMarkdown(run.version)}, run of ${escapeMarkdown(run.date)}.`,
    '',
    '## Summary',
    '',
    `- Articles checked: ${articles.length} (${flagged} with findings, ${articles.length - flagged} clean)`,
    `- Findings: ${messages.length} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
      `${plural(counts.info, 'info')})`
  ]
  if (messages.length > 0) lines.push('', ruleTable(run, messages))
  return lines.join('\n')
}

/** Returns how a message's severity reads in the report (`error`, or `error (article not checked)`). */
export function severityText(message: VFileMessage): string {
  return message.articleFatal === true ? `${severityOf(message)} (article not checked)` : severityOf(message)
}
