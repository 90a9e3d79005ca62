/**
 * The claims tables editors verify by hand: hotlines by carrier, durations by action, required
 * documents. Statuses and markers come only from the messages on each claim's span and from the
 * numbers the caller says are verified; nothing is judged here.
 */
import type {DocumentClaim, DurationClaim, PhoneClaim} from '../types.js'
import {compareText, type ArticleView} from './articles.js'
import {durationRange} from './duration-text.js'
import {escapeMarkdown, quoteCode} from './markdown-escape.js'
import {markdownTable} from './markdown-table.js'

/**
 * The numbers the registry lists for each carrier id (E.164 or local digits; spaces, dashes and
 * other separators are ignored), as the caller read them from the rule data.
 */
export type VerifiedNumbers = Readonly<Record<string, readonly string[]>>

interface Located<C> {
  article: ArticleView
  claim: C
}

function located<C extends {span: {start: number}}>(
  articles: readonly ArticleView[],
  pick: (article: ArticleView) => readonly C[] | undefined
): Located<C>[] {
  return articles.flatMap((article) => (pick(article) ?? []).map((claim) => ({article, claim})))
}

function byPlace(a: Located<{span: {start: number}}>, b: Located<{span: {start: number}}>): number {
  return compareText(a.article.path, b.article.path) || a.claim.span.start - b.claim.span.start
}

function ruleIdsOn(item: Located<{span: {start: number; end: number}}>): Set<string | undefined> {
  return new Set(item.article.messagesOn(item.claim.span).map((message) => message.ruleId))
}

function normalised(number: string): string {
  return number.replace(/[^\d+]/g, '')
}

function hotlineStatus(item: Located<PhoneClaim>, carrier: string, verified: VerifiedNumbers): string {
  const rules = ruleIdsOn(item)
  if (rules.has('phone-invalid')) return 'invalid'
  if (rules.has('hotline-shared')) return 'shared'
  if (rules.has('hotline-mismatch')) return 'unverified (mismatch)'
  const listed = new Set((Object.hasOwn(verified, carrier) ? verified[carrier]! : []).map(normalised))
  const {e164, digits} = item.claim
  return listed.has(normalised(digits)) || (e164 !== null && listed.has(normalised(e164))) ? 'verified' : 'unverified'
}

/** Returns the table of every phone claim stated for a carrier, with its status. */
export function hotlinesTable(articles: readonly ArticleView[], verified: VerifiedNumbers = {}): string {
  const items = located(articles, (article) => article.claims?.phones).flatMap((item) => {
    const carrier = item.claim.carrier
    return carrier === undefined ? [] : [{...item, carrier}]
  })
  if (items.length === 0) return '_No phone number is stated for a carrier._'
  items.sort((a, b) => compareText(a.carrier, b.carrier) || compareText(a.claim.digits, b.claim.digits) || byPlace(a, b))
  return markdownTable(
    [{header: 'Carrier'}, {header: 'Number'}, {header: 'Where'}, {header: 'Status'}],
    items.map((item) => [
      escapeMarkdown(item.carrier),
      quoteCode(item.claim.text, {inTable: true}),
      escapeMarkdown(item.article.where(item.claim.span.start)),
      hotlineStatus(item, item.carrier, verified)
    ])
  )
}

/** Returns the table of every duration claim, by action (claims without one last), with ⚠ where a `timeline-contradiction` sits. */
export function durationsTable(articles: readonly ArticleView[]): string {
  const items = located<DurationClaim>(articles, (article) => article.claims?.durations)
  if (items.length === 0) return '_No duration is stated._'
  const byAction = (a: Located<DurationClaim>, b: Located<DurationClaim>): number =>
    a.claim.action === undefined || b.claim.action === undefined
      ? Number(a.claim.action === undefined) - Number(b.claim.action === undefined)
      : compareText(a.claim.action, b.claim.action)
  items.sort((a, b) => byAction(a, b) || byPlace(a, b))
  return markdownTable(
    [{header: 'Action'}, {header: 'Range'}, {header: 'As written'}, {header: 'Carrier'}, {header: 'Where'}, {header: '⚠'}],
    items.map((item) => [
      item.claim.action === undefined ? '—' : escapeMarkdown(item.claim.action),
      escapeMarkdown(durationRange(item.claim)),
      quoteCode(item.claim.text, {inTable: true}),
      item.claim.carrier === undefined ? '—' : escapeMarkdown(item.claim.carrier),
      escapeMarkdown(item.article.where(item.claim.span.start)),
      ruleIdsOn(item).has('timeline-contradiction') ? '⚠' : ''
    ])
  )
}

function documentsText(claim: DocumentClaim): string {
  return claim.documents
    .map((document) => (document.form === 'unspecified' ? document.id : `${document.id} (${document.form})`))
    .join(', ')
}

/** Returns the table of every required-documents claim: where, carrier, documents and mode. */
export function documentsTable(articles: readonly ArticleView[]): string {
  const items = located<DocumentClaim>(articles, (article) => article.claims?.documents)
  if (items.length === 0) return '_No required documents are listed._'
  items.sort(byPlace)
  return markdownTable(
    [{header: 'Where'}, {header: 'Carrier'}, {header: 'Documents'}, {header: 'Mode'}],
    items.map((item) => [
      escapeMarkdown(item.article.where(item.claim.span.start)),
      item.claim.carrier === undefined ? '—' : escapeMarkdown(item.claim.carrier),
      escapeMarkdown(documentsText(item.claim)),
      item.claim.mode
    ])
  )
}
