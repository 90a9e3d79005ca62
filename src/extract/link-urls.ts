/**
 * URL helpers of the link extractor: the host of a URL, and bare URLs in running text, including
 * those glued to CJK text (`详情见网站https://example.com/x联系我们`) that GFM either misses or
 * lets run into the following words, and those written with look-alike characters (`t․mе/x`).
 */
import type {SpamFile} from '../rule-data.js'
import {escapeRegExp} from './literal-search.js'
import {foldUrlText, originalIndex} from './link-fold.js'
import {hostDisguise, hostSkeleton, INVISIBLE} from './link-host.js'

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
 * The skeleton of a URL's host (see {@link hostSkeleton}): lower case, IDN-decoded, look-alike
 * characters folded, without `www.`; '' for relative, `mailto:` and unparsable URLs. URLs without
 * a scheme count only when they start with `www.`.
 */
export function hostOf(url: string): string {
  const written = rawHostOf(url)
  return written === undefined ? '' : normaliseHost(written)
}

/** The host of `url` written without a scheme (`t.me/x`), normalised like {@link hostOf}. */
export function hostOfSchemeless(url: string): string {
  return normaliseHost(authorityHost(cleanUrl(url)))
}

/**
 * The host of a URL as written (after NFKC, so `ｈｔｔｐｓ：／／` reads as a scheme), before any
 * folding; undefined for URLs without a host. {@link hostOf} is its skeleton.
 */
export function rawHostOf(url: string): string | undefined {
  const trimmed = cleanUrl(url)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return authorityHost(trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''))
  if (trimmed.startsWith('//')) return authorityHost(trimmed.slice(2))
  if (/^www[.．。]/i.test(trimmed)) return authorityHost(trimmed)
  return undefined
}

/**
 * How the host of a URL (with or without a scheme) is disguised, if it is (see
 * {@link hostDisguise}); invisible characters inside the host always count as `lookalike`.
 */
export function hostDisguiseOf(url: string): 'lookalike' | 'width' | undefined {
  // An ASCII host without punycode folds to itself in lower case: nothing to disguise it.
  if (!/[\u0080-\uFFFF]/.test(url) && !/xn--/i.test(url)) return undefined
  const trimmed = url.trim()
  const rest = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '') : trimmed.replace(/^\/\//, '')
  const host = authorityHost(rest)
  if (!host || !/^[a-z0-9.-]+$/.test(hostSkeleton(host))) return undefined
  if (HAS_INVISIBLE.test(host)) return 'lookalike'
  return hostDisguise(host)
}

/** The scheme of a URL in lower case (`https`, `tg`), '' when it has none. */
export function schemeOf(url: string): string {
  const match = SCHEME.exec(cleanUrl(url))
  return match ? match[0].slice(0, -1).toLowerCase() : ''
}

/** {@link INVISIBLE} without the global flag, for testing. */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source)

/** The URL without invisible characters or surrounding space, NFKC before its path. */
function cleanUrl(url: string): string {
  // Printable ASCII holds no invisible character or space, and NFKC leaves it as it is.
  if (/^[\x21-\x7E]*$/.test(url)) return url
  return url.replace(INVISIBLE, '').trim().replace(/^[^/?#]*/, (head) => head.normalize('NFKC'))
}

/** The host part of a URL without its scheme: up to the path, without user info and port. */
function authorityHost(rest: string): string {
  const authority = /^[^/?#\\／？＃]*/.exec(rest)![0]
  return authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '')
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

/**
 * Labels of ASCII letters, digits and hyphens that URL parsing always accepts: no punycode to
 * decode, and a last label that is no number (the host would be read as an IPv4 address).
 */
function surelyParsable(skeleton: string): boolean {
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(skeleton) && !/(?:^|\.)(?:\d+|0x[0-9a-f]*)$/.test(skeleton) && !skeleton.includes('xn--')
}

function normaliseHost(host: string): string {
  const skeleton = hostSkeleton(host)
  if (surelyParsable(skeleton)) return skeleton
  if (!skeleton || /[\s<>"'`{}|^\\[\]%]/.test(skeleton)) return ''
  try {
    new URL(`https://${skeleton}/`)
  } catch {
    return ''
  }
  return skeleton
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

/**
 * Every bare URL of `text`, trimmed of trailing punctuation as GFM does, except redacted ones
 * (`t.me/****`). Matching runs on the
 * text folded by {@link foldUrlText}, so URLs written with look-alike characters are found; the
 * URL returned is the original text.
 */
export function findBareUrls(text: string, domains: SpamFile['domains']): BareUrl[] {
  const folded = foldUrlText(text)
  if (!holdsUrlShape(folded.text)) return []
  const found: BareUrl[] = []
  for (const match of folded.text.matchAll(bareUrlPattern(domains))) {
    const trimmed = trimUrl(match[0])
    if (!/[A-Za-z0-9]\.[A-Za-z0-9]|\/\/[A-Za-z0-9]/.test(trimmed) || isRedacted(match[0])) continue
    const schemeless = !/^https?:/i.test(trimmed) && !/^www\./i.test(trimmed)
    if (schemeless && !/\/[^/]/.test(trimmed)) continue
    const start = originalIndex(folded, match.index)
    const end = originalIndex(folded, match.index + trimmed.length - 1) + 1
    const url = text.slice(start, end)
    found.push({start, end, url, ...(schemeless ? {host: hostOfSchemeless(url)} : {})})
  }
  return found
}

/**
 * Whether `text` may hold a bare URL: every URL the pattern finds has `://` or a dot between two
 * letters or digits once folded (`www.x`; every host of the domain lists has a dot, the spam
 * schema requires it). Masking text (blanking characters) never adds either, so this may be asked
 * of a text before it is masked.
 */
export function mayHoldBareUrl(text: string): boolean {
  return holdsUrlShape(foldUrlText(text).text)
}

function holdsUrlShape(folded: string): boolean {
  return folded.includes('://') || /[A-Za-z0-9]\.[A-Za-z0-9]/.test(folded)
}

/** A URL whose path is hidden (`t.me/****`, `wa.me/81********`) is quoted, not linked. */
function isRedacted(url: string): boolean {
  return /\/[^/]*\*{2,}/.test(url)
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
