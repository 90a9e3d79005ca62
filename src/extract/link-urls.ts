/**
 * URL helpers of the link extractor: the host of a URL, and bare URLs in running text, including
 * those glued to CJK text (`详情见网站https://example.com/x联系我们`) that GFM either misses or
 * lets run into the following words.
 */
import {domainToUnicode} from 'node:url'
import type {SpamFile} from '../rule-data.js'
import {escapeRegExp} from './carriers.js'

/** A bare URL found in a string (indices into that string). */
export interface BareUrl {
  start: number
  end: number
  url: string
  /** The host, when the URL was written without a scheme (`t.me/esim1088`). */
  host?: string
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const URL_CHARS = String.raw`[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]`
const TRAILING = /[.,:;!?'"*_~]+$/

/**
 * Lower-cased, IDN-decoded host of a URL without `www.`; '' for relative, `mailto:` and
 * unparsable URLs. URLs without a scheme count only when they start with `www.`.
 */
export function hostOf(url: string): string {
  const trimmed = url.trim()
  let absolute: string
  if (SCHEME.test(trimmed)) absolute = trimmed
  else if (trimmed.startsWith('//')) absolute = `https:${trimmed}`
  else if (/^www\./i.test(trimmed)) absolute = `https://${trimmed}`
  else return ''
  return normaliseHost(absolute)
}

/** The host of `url` written without a scheme (`t.me/x`), normalised like {@link hostOf}. */
export function hostOfSchemeless(url: string): string {
  return normaliseHost(`https://${url}`)
}

/** Path of a URL (`/s/esim1088`), '' when it cannot be parsed. */
export function pathOf(url: string): string {
  const absolute = SCHEME.test(url) ? url : `https://${url.replace(/^\/\//, '')}`
  try {
    return new URL(absolute).pathname
  } catch {
    return ''
  }
}

function normaliseHost(absolute: string): string {
  let hostname: string
  try {
    hostname = new URL(absolute).hostname
  } catch {
    return ''
  }
  const decoded = domainToUnicode(hostname) || hostname
  return decoded.toLowerCase().replace(/\.$/, '').replace(/^www\./, '')
}

const patterns = new WeakMap<object, RegExp>()

/**
 * The bare-URL pattern: `http(s)://` and `www.` URLs of ASCII characters, plus URLs without a
 * scheme on the hosts of the spam domain lists (`t.me/esim1088`), which need a path.
 */
function bareUrlPattern(domains: SpamFile['domains']): RegExp {
  const cached = patterns.get(domains)
  if (cached) return cached
  const hosts = [...new Set([...domains.messaging, ...domains.shorteners, ...domains.image_hosts].map((d) => d.split('/')[0]!))]
  hosts.sort((a, b) => b.length - a.length)
  const known = hosts.length ? `|(?<![A-Za-z0-9.@/-])(?:[a-z0-9-]+\\.)*(?:${hosts.map(escapeRegExp).join('|')})/${URL_CHARS}+` : ''
  const pattern = new RegExp(`(?<![A-Za-z0-9.@])(?:https?://[A-Za-z0-9]|www\\.[A-Za-z0-9])${URL_CHARS}*${known}`, 'gi')
  patterns.set(domains, pattern)
  return pattern
}

/** Every bare URL of `text`, trimmed of trailing punctuation as GFM does. */
export function findBareUrls(text: string, domains: SpamFile['domains']): BareUrl[] {
  const found: BareUrl[] = []
  for (const match of text.matchAll(bareUrlPattern(domains))) {
    const url = trimUrl(match[0])
    if (!/[A-Za-z0-9]\.[A-Za-z0-9]|\/\/[A-Za-z0-9]/.test(url)) continue
    const schemeless = !/^https?:/i.test(url) && !/^www\./i.test(url)
    found.push({
      start: match.index,
      end: match.index + url.length,
      url,
      ...(schemeless ? {host: hostOfSchemeless(url)} : {})
    })
  }
  return found
}

/** Drops trailing punctuation and closing brackets that have no opening one in the URL. */
function trimUrl(url: string): string {
  let value = url
  for (;;) {
    const before = value
    value = value.replace(TRAILING, '')
    for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
      if (value.endsWith(close) && count(value, close) > count(value, open)) value = value.slice(0, -1)
    }
    if (value === before) return value
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
