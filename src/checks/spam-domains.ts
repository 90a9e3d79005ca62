/**
 * Matching links against the spam domain lists of the rule data: an entry `host` matches that
 * host and its subdomains; an entry `host/path` matches that host and paths under `/path` only.
 */
import {pathOf} from '../extract/link-urls.js'
import {kept} from '../memo.js'
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
    const entry = firstMatchingEntry(data.spam.domains[list], link)
    if (entry) return {list, entry, name: nameOf(entry, list, data)}
  }
  return undefined
}

/** Whether a domain-list entry (`host` or `host/path`) matches the link's host (and path). */
export function entryMatches(entry: string, link: Pick<LinkClaim, 'host' | 'url'>): boolean {
  return splitEntryMatches(splitEntry(entry), link, () => pathOf(link.url))
}

/** A domain-list entry split into its host and, for `host/path`, the path prefix (without a final `/`). */
interface DomainEntry {
  entry: string
  host: string
  /** `.host`, which subdomains end with. */
  dotted: string
  prefix: string | undefined
}

const splitLists = new WeakMap<readonly string[], DomainEntry[]>()

/**
 * The first of `entries` the link matches (see {@link entryMatches}). Each list is split once
 * (the rule data keeps its lists), and the link's path is read at most once, for the first
 * `host/path` entry of its host.
 */
export function firstMatchingEntry(entries: readonly string[], link: Pick<LinkClaim, 'host' | 'url'>): string | undefined {
  const split = kept(splitLists, entries, () => entries.map(splitEntry))
  let path: string | undefined
  const pathOnce = () => (path ??= pathOf(link.url))
  return split.find((entry) => splitEntryMatches(entry, link, pathOnce))?.entry
}

function splitEntry(entry: string): DomainEntry {
  const slash = entry.indexOf('/')
  const host = slash === -1 ? entry : entry.slice(0, slash)
  return {entry, host, dotted: `.${host}`, prefix: slash === -1 ? undefined : entry.slice(slash).replace(/\/$/, '')}
}

function splitEntryMatches({host, dotted, prefix}: DomainEntry, link: Pick<LinkClaim, 'host' | 'url'>, path: () => string): boolean {
  if (prefix === undefined) return link.host === host || link.host.endsWith(dotted)
  if (link.host !== host) return false
  const written = path()
  return written === prefix || written.startsWith(`${prefix}/`)
}

function nameOf(entry: string, list: SpamDomainList, data: RuleData): string {
  const host = entry.split('/')[0]!
  return data.spam.domain_names?.[host] ?? FALLBACK_NAMES[list]
}
