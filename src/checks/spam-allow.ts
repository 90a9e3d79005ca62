/**
 * What the spam rules never report: the allowlist of the rule files and config (the site's own
 * domains and handles), the carriers' official domains and handles (`official:` in spam.yaml),
 * handles spelled exactly like a carrier's name, and the article's own exemptions in its
 * frontmatter (`factlint: {allow: [example.com, '@ourshop']}`).
 */
import {parse} from 'yaml'
import {kept} from '../memo.js'
import type {RuleData} from '../rule-data.js'
import type {LinkClaim} from '../types.js'
import {firstMatchingEntry} from './spam-domains.js'
import {isCarrierName} from './spam-official.js'

/** Tells allowed destinations and handles. */
export interface Allowance {
  /** Whether the link goes to an allowed or official domain (or path). */
  domain(link: Pick<LinkClaim, 'host' | 'url'>): boolean
  /** Whether a handle (with or without `@`) is allowed or official. */
  handle(handle: string): boolean
}

/** The allowed domains (without scheme and `www.`) and bare handles of the rule data. */
interface Allowlist {
  domains: string[]
  handles: Set<string>
}

const dataAllowlists = new WeakMap<RuleData, Allowlist>()

/** The allowance of one article. */
export function allowance(data: RuleData, source: string): Allowance {
  const own = articleAllowlist(source)
  const base = kept(dataAllowlists, data, () => allowlistOf(data))
  const ownDomains = own.filter((entry) => !entry.startsWith('@')).map(allowedDomain)
  const ownHandles = own.filter((entry) => entry.startsWith('@')).map(bareHandle)
  const domains = ownDomains.length ? [...base.domains, ...ownDomains] : base.domains
  const handles = ownHandles.length ? new Set([...base.handles, ...ownHandles]) : base.handles
  return {
    domain: (link) => Boolean(link.host) && firstMatchingEntry(domains, link) !== undefined,
    handle: (handle) => handles.has(bareHandle(handle)) || isCarrierName(handle, data.carriers)
  }
}

function allowlistOf(data: RuleData): Allowlist {
  const official = data.spam.official ?? []
  return {
    domains: [...(data.spam.allow?.domains ?? []), ...official.flatMap((entry) => entry.domains)].map(allowedDomain),
    handles: new Set([...(data.spam.allow?.handles ?? []), ...official.flatMap((entry) => entry.handles ?? [])].map(bareHandle))
  }
}

/** An allowlist domain entry as matched: lower case, without scheme and `www.`. */
function allowedDomain(entry: string): string {
  return entry.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '')
}

function bareHandle(handle: string): string {
  return handle.replace(/^[@＠~]/, '').toLowerCase()
}

/** `factlint.allow` of the article's frontmatter: strings, or none when absent or invalid. */
export function articleAllowlist(source: string): string[] {
  const match = /^---\r?\n([^]*?)\r?\n---\s*(?:\n|$)/.exec(source)
  if (!match) return []
  // Without the word (or an escape that could spell it) there is no `factlint:` key: skip parsing.
  if (!match[1]!.includes('factlint') && !match[1]!.includes('\\')) return []
  let value: unknown
  try {
    value = parse(match[1]!)
  } catch {
    return []
  }
  if (!value || typeof value !== 'object') return []
  const factlint = (value as Record<string, unknown>)['factlint']
  const allow = factlint && typeof factlint === 'object' ? (factlint as Record<string, unknown>)['allow'] : undefined
  return Array.isArray(allow) ? allow.filter((entry): entry is string => typeof entry === 'string' && entry.length > 0) : []
}
