/**
 * Spam findings grouped by where they send readers: the host of a spam link or image, or the
 * platform and handle of a spam contact (taken from the claim under the message).
 */
import type {VFileMessage} from 'vfile-message'
import {compareText, type ArticleView} from './articles.js'
import {escapeMarkdown, quoteCode} from './markdown-escape.js'
import {overlaps, spanOf} from './messages.js'
import {markdownTable} from './markdown-table.js'
import {addToGroup} from '../group.js'

/** The rule ids whose messages the spam table lists. */
export const SPAM_RULES: ReadonlySet<string> = new Set(['spam-link', 'spam-contact', 'spam-image'])

interface Hit {
  destination: string
  ruleId: string
  where: string
}

function destinationOf(article: ArticleView, message: VFileMessage): string {
  const span = spanOf(message)
  const claims = article.claims
  if (span && claims) {
    if (message.ruleId === 'spam-contact') {
      const contact = claims.contacts.find((claim) => overlaps(claim.span, span))
      if (contact) return `${contact.platform} @${contact.handle}`
    } else {
      const link = claims.links.find((claim) => overlaps(claim.span, span))
      if (link) return link.host || link.url
    }
  }
  return message.actual ?? '(unknown)'
}

function placeOf(article: ArticleView, message: VFileMessage): string {
  return message.line === undefined ? article.path : `${article.path}:${message.line}`
}

function hitsOf(article: ArticleView): Hit[] {
  return article.messages.flatMap((message) =>
    message.ruleId !== undefined && SPAM_RULES.has(message.ruleId)
      ? [{destination: destinationOf(article, message), ruleId: message.ruleId, where: placeOf(article, message)}]
      : []
  )
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)]
}

/** Returns the spam table: one row per destination (most hits first) with its rules, count and places. */
export function spamTable(articles: readonly ArticleView[]): string {
  const groups = new Map<string, Hit[]>()
  for (const hit of articles.flatMap(hitsOf)) {
    addToGroup(groups, hit.destination, hit)
  }
  if (groups.size === 0) return '_No spam found._'
  const rows = [...groups.entries()]
    .sort(([a, hitsA], [b, hitsB]) => hitsB.length - hitsA.length || compareText(a, b))
    .map(([destination, hits]) => [
      quoteCode(destination, {inTable: true}),
      escapeMarkdown(distinct(hits.map((hit) => hit.ruleId)).sort().join(', ')),
      String(hits.length),
      escapeMarkdown(distinct(hits.map((hit) => hit.where)).join(', '))
    ])
  return markdownTable(
    [{header: 'Destination'}, {header: 'Rules'}, {header: 'Count', align: 'right'}, {header: 'Where'}],
    rows
  )
}
