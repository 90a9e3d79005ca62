/**
 * The spam items of one article, judged once and shared by the three spam rules so that each
 * spam item is reported by exactly one of them: links to messengers and shorteners (or whose
 * text pushes a handle, or whose host imitates another), contact handles outside those links,
 * and images that are ads. Every certain item carries the fix that removes it.
 */
import type {RuleData} from '../rule-data.js'
import type {ContactClaim, LinkClaim, Span} from '../types.js'
import type {ArticleRecord} from './rule.js'
import {allowance} from './spam-allow.js'
import {quotedAsWarning} from './spam-discussion.js'
import {removalFix} from './spam-fix.js'
import {judgeImages} from './spam-image-items.js'
import {callsToAction, CHECK_OFFICIAL, PLATFORM_NAMES, shownHandle, type JudgeInput, type SpamItem} from './spam-judge.js'
import {judgeLinks} from './spam-link-items.js'
import {namesCarrier} from './spam-official.js'

export {OFFICIAL_SUGGESTION, type SpamItem} from './spam-judge.js'

/** Every spam item of an article. */
export interface SpamItems {
  links: SpamItem<LinkClaim>[]
  contacts: SpamItem<ContactClaim>[]
  images: SpamItem<LinkClaim>[]
}

const cache = new WeakMap<ArticleRecord, {source: string; data: RuleData; items: SpamItems}>()

/** Judges the spam items of an article (cached per article, source and rule data). */
export function spamItems({article, source, data}: Omit<JudgeInput, 'allow'>): SpamItems {
  const cached = cache.get(article)
  if (cached && cached.source === source && cached.data === data) return cached.items
  const input = {article, source, data, allow: allowance(data, source)}
  const links = judgeLinks(input)
  const contacts = judgeContacts(input, links)
  const images = judgeImages(input, links, contacts)
  const items = {links, contacts, images}
  addFixes(input, [...links, ...contacts, ...images])
  cache.set(article, {source, data, items})
  return items
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function judgeContacts({article, source, data, allow}: JudgeInput, links: SpamItem<LinkClaim>[]): SpamItem<ContactClaim>[] {
  const items: SpamItem<ContactClaim>[] = []
  for (const contact of article.claims.contacts) {
    if (links.some((link) => overlaps(contact.span, link.claim.span))) continue
    const cta = callsToAction(source, contact.span, data)
    // Wholly inside inline code (`` `TG @name` ``) is an example unless the paragraph pushes it.
    if (contact.inCode && !contact.text.includes('`') && !cta) continue
    if (allow.handle(contact.handle) || quotedAsWarning(source, contact.span, contact.context, data)) continue
    const what = `${PLATFORM_NAMES[contact.platform]} contact ${shownHandle(contact)}`
    const official = !cta && namesCarrier(contact.handle, data.carriers)
    const message = official ? `Unexpected ${what} ${CHECK_OFFICIAL}` : `Unexpected promotional ${what}, remove it`
    items.push({claim: contact, message, certain: !official})
  }
  return items
}

/** Gives every certain item its fix; a reported link takes the contact label before it along. */
function addFixes({article, source, data}: JudgeInput, items: SpamItem<LinkClaim | ContactClaim>[]): void {
  for (const item of items) {
    const label = article.claims.contacts.find((c) => c.inLinkText && overlaps(c.span, item.claim.span) && c.span.start < item.claim.span.start)
    if (label && item.claim.kind === 'link') item.removal = {start: label.span.start, end: Math.max(label.span.end, item.claim.span.end)}
  }
  const certain = items.filter((item) => item.certain)
  const anchors = certain.filter((item) => isAnchor(article, item.claim)).map((item) => item.claim.span)
  const spam = certain.map((item) => item.removal ?? item.claim.span)
  const context = {source, data, spam, anchors, opaque: article.claims.links.map((link) => link.span)}
  for (const item of certain) item.fix = removalFix(context, item.removal ?? item.claim.span)
}

/** A link whose visible text is words (`[点击加入](...)`), not a handle or a URL. */
function isAnchor(article: ArticleRecord, claim: LinkClaim | ContactClaim): boolean {
  if (claim.kind !== 'link' || claim.image || claim.form === 'bare' || claim.form === 'definition' || !claim.label.trim()) return false
  if (article.claims.contacts.some((c) => c.inLinkText && overlaps(c.span, claim.span))) return false
  return !/[@＠]|[A-Za-z0-9-]+\.[A-Za-z]{2,}|^\s*(?:tg|https?):/i.test(claim.label)
}
