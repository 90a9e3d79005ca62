/** The findings of each article with any, as tables, and a line naming the clean articles. */
import type {VFileMessage} from 'vfile-message'
import type {ArticleView} from './articles.js'
import {ruleLink, severityText} from './editorial-summary.js'
import {escapeMarkdown, quoteCode} from './markdown-escape.js'
import {markdownTable} from './markdown-table.js'
import type {LintRun} from './model.js'

function messageCell(message: VFileMessage): string {
  const related = (message.related ?? []).map((place) => `${place.file}:${place.line}`)
  const also = related.length > 0 ? ` (also: ${related.join(', ')})` : ''
  return escapeMarkdown(message.reason + also)
}

function findingsTable(run: LintRun, article: ArticleView): string {
  const rows = article.messages.map((message) => [
    message.line === undefined ? '—' : String(message.line),
    severityText(message),
    ruleLink(run, message),
    messageCell(message),
    message.actual === undefined ? '—' : quoteCode(message.actual, {inTable: true})
  ])
  return markdownTable(
    [{header: 'Line', align: 'right'}, {header: 'Severity'}, {header: 'Rule'}, {header: 'Message'}, {header: 'Claim'}],
    rows
  )
}

/** Returns the findings section: one table per article with findings, then the clean articles. */
export function findingsSection(run: LintRun, articles: readonly ArticleView[]): string {
  const parts = ['## Findings by article']
  for (const article of articles) {
    if (article.messages.length === 0) continue
    parts.push(`### ${quoteCode(article.path)}`, findingsTable(run, article))
  }
  const clean = articles.filter((article) => article.messages.length === 0)
  parts.push(
    clean.length === 0
      ? 'Clean articles: none.'
      : `Clean articles (${clean.length}): ${clean.map((article) => quoteCode(article.path)).join(', ')}`
  )
  return parts.join('\n\n')
}
