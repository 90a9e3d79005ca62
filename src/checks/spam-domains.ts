/**
 * Matching links against the spam domain lists of the rule data: an entry `host` matches that
 * host and its subdomains; an entry `host/path` matches that host and paths under `/path` only.
 */
import {pathOf} from '../extract/link-urls.js'
import type {RuleData} from '../rule-data.js'
import type {LinkClaim} from '../types.js'

/** A domain list of the spam rule data. */
export type SpamDomainList = keyof RuleData['spam']['domains']

/** The entry a link matched. */
export interface SpamDomainMatch {
  list: SpamDomainList
  /** The entry as written in the rule data (`t.me`, `weixin.qq.com/r`). */
  entry: string
  /** Name of the service for messages (`Telegram`, `URL shortener`). */
  name: string
}

const FALLBACK_NAMES: Record<SpamDomainList, string> = {
  messaging: 'messenger',
  shorteners: 'URL shortener',
  image_hosts: 'image host'
}

/** The first entry of `lists` the link's host (and path) matches, if any. */
export function matchSpamDomain(link: Pick<LinkClaim, 'host' | 'url'>, data: RuleData, lists: readonly SpamDomainList[]): SpamDomainMatch | undefined {
  if (!link.host) return undefined
  for (const list of lists) {
    const entry = data.spam.domains[list].find((candidate) => entryMatches(candidate, link))
    if (entry) return {list, entry, name: nameOf(entry, list, data)}
  }
  return undefined
}

/** Whether a domain-list entry (`host` or `host/path`) matches the link's host (and path). */
export function entryMatches(entry: string, link: Pick<LinkClaim, 'host' | 'url'>): boolean {
  const slash = entry.indexOf('/')
  if (slash === -1) return link.host === entry || link.host.endsWith(`.${entry}`)
  if (link.host !== entry.slice(0, slash)) return false
  const prefix = entry.slice(slash).replace(/\/$/, '')
  const path = pathOf(link.url)
  return path === prefix || path.startsWith(`${prefix}/`)
}

function nameOf(entry: string, list: SpamDomainList, data: RuleData): string {
  const host = entry.split('/')[0]!
  return data.spam.domain_names?.[host] ?? FALLBACK_NAMES[list]
}
