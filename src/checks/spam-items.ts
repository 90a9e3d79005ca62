/**
 * The spam items of one article, judged once and shared by the three spam rules so that each
 * spam item is reported by exactly one of them: links to messengers and shorteners (or whose
 * text pushes a handle), contact handles outside those links, and images that are ads.
 */
import type {RuleData} from '../rule-data.js'
import type {ContactClaim, ContactPlatform, LinkClaim, Span, TextContext} from '../types.js'
import {findBareUrls, hostOf, pathOf} from '../extract/link-urls.js'
import type {ArticleRecord} from './rule.js'
import {matchSpamDomain} from './spam-domains.js'
import {namesCarrier} from './spam-official.js'
import {containsPhrase, paragraphAround} from './spam-text.js'

/** A spam item with the message it is reported with. */
export interface SpamItem<T> {
  claim: T
  message: string
  /**
   * False for heuristic findings: an image-host image in an otherwise clean block, a messenger
   * account that names a carrier (it may be the carrier's official one).
   */
  certain: boolean
}

/** Every spam item of an article. */
export interface SpamItems {
  links: SpamItem<LinkClaim>[]
  contacts: SpamItem<ContactClaim>[]
  images: SpamItem<LinkClaim>[]
  /** Spans of every item, for fixes that remove a wrapper holding nothing but spam. */
  spans: Span[]
}

/** Display names of the messenger platforms. */
export const PLATFORM_NAMES: Record<ContactPlatform, string> = {
  telegram: 'Telegram',
  wechat: 'WeChat',
  qq: 'QQ',
  whatsapp: 'WhatsApp',
  line: 'LINE'
}

interface Input {
  article: ArticleRecord
  source: string
  data: RuleData
}

const cache = new WeakMap<ArticleRecord, {source: string; data: RuleData; items: SpamItems}>()

/** Judges the spam items of an article (cached per article, source and rule data). */
export function spamItems(input: Input): SpamItems {
  const cached = cache.get(input.article)
  if (cached && cached.source === input.source && cached.data === input.data) return cached.items
  const links = spamLinks(input)
  const contacts = spamContacts(input, links)
  const images = spamImages(input, links, contacts)
  const spans = [...links, ...contacts, ...images].map((item) => item.claim.span)
  const items = {links, contacts, images, spans}
  cache.set(input.article, {source: input.source, data: input.data, items})
  return items
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** `@handle` when written with an at-sign, else the bare id. */
export function shownHandle(contact: ContactClaim): string {
  return /[@＠]/.test(contact.text) ? `@${contact.handle}` : contact.handle
}

/** Suggestion of findings on accounts that name a carrier. */
export const OFFICIAL_SUGGESTION = "Link the carrier's own support page, or remove the account if it is not the carrier's"

const CHECK_OFFICIAL = 'naming a carrier; expected a link to the carrier itself, check that the account is official'

function spamLinks({article, data}: Input): SpamItem<LinkClaim>[] {
  const {links, contacts} = article.claims
  const referencedUrls = new Set(links.filter((l) => l.form === 'reference').map((l) => l.url))
  const items: SpamItem<LinkClaim>[] = []
  for (const link of links) {
    if (link.form === 'definition' && referencedUrls.has(link.url)) continue
    const pushed = contacts.find((c) => c.inLinkText && within(c.span, link.span))
    const match = matchSpamDomain(link, data, ['messaging', 'shorteners'])
    if (match) {
      const official = match.list === 'messaging' && namesCarrier(`${pathOf(link.url)} ${pushed?.handle ?? ''}`, data.carriers)
      const message = official
        ? `Unexpected link to ${link.host} (${match.name}) ${CHECK_OFFICIAL}`
        : `Unexpected promotional link to ${link.host} (${match.name}), remove it`
      items.push({claim: link, message, certain: !official})
    } else if (pushed) {
      const official = namesCarrier(pushed.handle, data.carriers)
      const what = `${PLATFORM_NAMES[pushed.platform]} contact ${shownHandle(pushed)}`
      const message = official ? `Unexpected link pushing ${what} ${CHECK_OFFICIAL}` : `Unexpected link pushing ${what}, remove it`
      items.push({claim: link, message, certain: !official})
    } else {
      const shown = spamUrlInLabel(link, data)
      if (shown) items.push({claim: link, message: `Unexpected link showing ${shown}, remove it`, certain: true})
    }
  }
  return items
}

/** `host (name)` of a messenger or shortener URL shown as a link's text, if any. */
function spamUrlInLabel(link: LinkClaim, data: RuleData): string | undefined {
  if (link.form === 'bare' || link.form === 'definition') return undefined
  for (const found of findBareUrls(link.label, data.spam.domains)) {
    const shown = {url: found.url, host: found.host ?? hostOf(found.url)}
    const match = matchSpamDomain(shown, data, ['messaging', 'shorteners'])
    if (match) return `${shown.host} (${match.name})`
  }
  return undefined
}

function spamContacts({article, source, data}: Input, links: SpamItem<LinkClaim>[]): SpamItem<ContactClaim>[] {
  const markers = data.spam.discussion_markers ?? []
  return article.claims.contacts
    .filter((contact) => !contact.inCode)
    .filter((contact) => !links.some((link) => overlaps(contact.span, link.claim.span)))
    .filter((contact) => !(contact.context.inBlockquote && containsPhrase(paragraphAround(source, contact.span), markers)))
    .map((contact) => {
      const what = `${PLATFORM_NAMES[contact.platform]} contact ${shownHandle(contact)}`
      const official = namesCarrier(contact.handle, data.carriers)
      const message = official ? `Unexpected ${what} ${CHECK_OFFICIAL}` : `Unexpected promotional ${what}, remove it`
      return {claim: contact, message, certain: !official}
    })
}

/** Key of the block a claim is in (blocks outside the text blocks have their own index). */
function blockKey(context: TextContext): string {
  return `${context.blockType}:${context.block}`
}

function spamImages({article, source, data}: Input, links: SpamItem<LinkClaim>[], contacts: SpamItem<ContactClaim>[]): SpamItem<LinkClaim>[] {
  const promo = new Set([...links, ...contacts].filter((item) => item.certain).map((item) => blockKey(item.claim.context)))
  const items: SpamItem<LinkClaim>[] = []
  for (const image of article.claims.links) {
    if (!image.image || links.some((link) => within(image.span, link.claim.span))) continue
    const hosted = matchSpamDomain(image, data, ['image_hosts'])
    const on = hosted ? ` on ${image.host}` : ''
    if (promo.has(blockKey(image.context))) {
      items.push({claim: image, message: `Unexpected promotional image${on} beside a spam link or contact, remove it`, certain: true})
    } else if (hosted && containsPhrase(paragraphAround(source, image.span), data.spam.calls_to_action)) {
      items.push({claim: image, message: `Unexpected promotional image${on} beside a call to action, remove it`, certain: true})
    } else if (hosted) {
      const message = `Unexpected image${on} (${hosted.name} often used for ads), expected an image hosted with the article`
      items.push({claim: image, message, certain: false})
    }
  }
  return items
}
