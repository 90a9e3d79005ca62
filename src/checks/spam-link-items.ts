/**
 * Judging links for `spam-link`: links to messengers, messenger apps (`tg://`) and shorteners
 * (a reference and its definition each, so that `--fix` removes both),
 * links whose host imitates another with look-alike characters, links whose text pushes a
 * handle or shows a messenger URL. Allowed and official destinations, a carrier's own account,
 * redacted URLs (`t.me/****`) and links quoted by a warning about spam are left alone.
 */
import {findBareUrls, hostDisguiseOf, hostOf, pathOf, rawHostOf, schemeOf} from '../extract/link-urls.js'
import {writtenHost} from '../extract/link-host.js'
import type {RuleData} from '../rule-data.js'
import type {LinkClaim} from '../types.js'
import {quotedAsWarning} from './spam-discussion.js'
import {matchSpamDomain, type SpamDomainMatch} from './spam-domains.js'
import {callsToAction, CHECK_OFFICIAL, PLATFORM_NAMES, shownHandle, within, type JudgeInput, type SpamItem} from './spam-judge.js'
import {namesCarrier} from './spam-official.js'

const SCHEME_NAMES: Record<string, string> = {
  tg: 'Telegram',
  whatsapp: 'WhatsApp',
  weixin: 'WeChat',
  wechat: 'WeChat',
  line: 'LINE',
  mqq: 'QQ',
  mqqapi: 'QQ',
  mqqwpa: 'QQ',
  viber: 'Viber'
}

/** The spam links of an article. */
export function judgeLinks(input: JudgeInput): SpamItem<LinkClaim>[] {
  const {article, source, data} = input
  const items: SpamItem<LinkClaim>[] = []
  for (const link of article.claims.links) {
    // Judged first: most links are not spam, and asking whether a link is quoted reads its paragraph.
    const item = judgeLink(input, link)
    if (item && !quotedAsWarning(source, link.span, link.context, data)) items.push(item)
  }
  return items
}

function judgeLink({article, source, data, allow}: JudgeInput, link: LinkClaim): SpamItem<LinkClaim> | undefined {
  const lookalike = hostDisguiseOf(link.url) === 'lookalike'
  if (allow.domain(link) && !lookalike) return undefined
  const pushed = article.claims.contacts.find((c) => c.inLinkText && within(c.span, link.span))
  const cta = () => callsToAction(source, link.span, data)
  const match = matchSpamDomain(link, data, ['messaging', 'shorteners']) ?? matchScheme(link, data)
  const written = lookalike ? `, written ${writtenHost(rawHostOf(link.url) ?? link.url.split('/')[0]!)} with look-alike characters` : ''
  if (match) {
    if (isRedacted(link.url)) return undefined
    if (match.list === 'messaging' && !lookalike && (allowedHandle(link.url, allow) || (pushed && allow.handle(pushed.handle)))) return undefined
    const shown = match.entry.endsWith(':') ? match.entry : link.host
    const official = match.list === 'messaging' && !lookalike && !cta() && namesCarrier(`${pathOf(link.url)} ${pushed?.handle ?? ''}`, data.carriers)
    const message = official
      ? `Unexpected link to ${shown} (${match.name}) ${CHECK_OFFICIAL}`
      : `Unexpected promotional link to ${shown} (${match.name}${written}), remove it`
    return {claim: link, message, certain: !official}
  }
  if (lookalike) return {claim: link, message: `Unexpected link to ${link.host}${written}, remove it`, certain: true}
  if (pushed) {
    if (allow.handle(pushed.handle)) return undefined
    const official = !cta() && namesCarrier(pushed.handle, data.carriers)
    const what = `${PLATFORM_NAMES[pushed.platform]} contact ${shownHandle(pushed)}`
    const message = official ? `Unexpected link pushing ${what} ${CHECK_OFFICIAL}` : `Unexpected link pushing ${what}, remove it`
    return {claim: link, message, certain: !official}
  }
  const shown = spamUrlInLabel(link, data)
  return shown ? {claim: link, message: `Unexpected link showing ${shown}, remove it`, certain: true} : undefined
}

/** Whether the account a messenger URL opens is allowed. */
function allowedHandle(url: string, allow: JudgeInput['allow']): boolean {
  const handle = messengerHandle(url)
  return Boolean(handle && allow.handle(handle))
}

/** A messenger URL scheme (`tg://resolve?domain=x`) of the rule data, as a domain match. */
function matchScheme(link: LinkClaim, data: RuleData): SpamDomainMatch | undefined {
  const scheme = schemeOf(link.url)
  if (!scheme || !(data.spam.messenger_schemes ?? []).includes(scheme)) return undefined
  return {list: 'messaging', entry: `${scheme}:`, name: SCHEME_NAMES[scheme] ?? 'messenger app'}
}

/** The account a messenger URL opens: `domain=` of `tg://`, else the last path segment. */
export function messengerHandle(url: string): string | undefined {
  const domain = /[?&](?:domain|id)=([A-Za-z0-9_.-]+)/.exec(url)
  if (domain) return domain[1]
  const last = pathOf(url).split('/').filter(Boolean).at(-1)
  if (!last) return undefined
  try {
    return decodeURIComponent(last).replace(/^[@~]/, '')
  } catch {
    return last
  }
}

/** Whether the URL's account is hidden (`t.me/****`, `t.me/kai…`): a quotation, not a link to follow. */
function isRedacted(url: string): boolean {
  return /[*＊…•]|%2A|x{4,}/i.test(url.replace(/^[^?#]*?:\/\/[^/]*/, ''))
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
