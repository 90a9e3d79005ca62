/**
 * Host names as a reader sees them. Spam hides hosts behind characters that look like others:
 * zero-width and bidi controls, full-width letters and dots, Unicode hyphens, Cyrillic and Greek
 * letters that look Latin, and punycode. {@link hostSkeleton} folds all of these, so `t․mе` (with
 * a one-dot leader and a Cyrillic `е`) is matched as `t.me`.
 */
import {domainToUnicode} from 'node:url'

/** Zero-width characters, bidi controls, the soft hyphen and other characters nobody sees. */
export const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/** Dashes and hyphens that look like `-` (U+2011 is the non-breaking hyphen). */
export const HYPHENS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g

/** Dots that look like `.` (ideographic and full-width full stops, one-dot leader, middle dots). */
export const DOTS = /[\u3002\uFF0E\uFF61\u2024\u00B7\u2027\u30FB]/g

/** Cyrillic, Greek and other letters drawn like Latin ones, lower-cased. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ɡ: 'g', ı: 'i', ȷ: 'j', ℓ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z', μ: 'u'
}

const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g')

/** Maps one character to the Latin letter it imitates, or returns it unchanged. */
export function latinLookalike(char: string): string {
  // ASCII and CJK characters imitate nothing (checked first: this runs on every character of a text).
  const code = char.charCodeAt(0)
  if (code < 0x80 || (code >= 0x3000 && code <= 0x9fff)) return char
  return CONFUSABLES[char.toLowerCase()] ?? char
}

/**
 * The skeleton of a host: invisible characters dropped, NFKC (full-width letters and dots),
 * Unicode hyphens and dots folded, punycode decoded, look-alike letters mapped to Latin, accents
 * on Latin letters dropped, lower case, no trailing dot and no `www.`.
 */
export function hostSkeleton(host: string): string {
  if (isPlainHost(host)) return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '')
  const decoded = decodePunycode(cleanHost(host))
  return foldLookalikes(decoded)
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/\.$/, '')
    .replace(/^www\./, '')
}

/** The host as written, readable: invisible characters dropped, punycode decoded, lower case. */
export function writtenHost(host: string): string {
  return decodePunycode(host.replace(INVISIBLE, '').toLowerCase())
    .replace(/\.$/, '')
    .replace(/^www\./, '')
}

/**
 * How a host was disguised, if it was: `lookalike` for invisible characters, Unicode hyphens,
 * homoglyphs or punycode that spell a Latin host; `width` when only full-width letters or
 * ideographic full stops (an input-method habit) differ.
 */
export function hostDisguise(host: string): 'lookalike' | 'width' | undefined {
  const skeleton = hostSkeleton(host)
  if (!/^[a-z0-9.-]+$/.test(skeleton)) return undefined
  const plain = host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '')
  if (plain === skeleton) return undefined
  const widened = plain.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3002\uFF61]/g, '.')
  const widthOnly = widened.toLowerCase().replace(/^www\./, '') === skeleton
  return widthOnly && !/xn--/.test(plain) ? 'width' : 'lookalike'
}

/**
 * Whether a host is written in ASCII letters, digits, dots and hyphens, without punycode: then
 * folding changes nothing but case (checked first: every link's host is folded).
 */
function isPlainHost(host: string): boolean {
  return /^[A-Za-z0-9.-]*$/.test(host) && !/xn--/i.test(host)
}

/** NFKC, invisible characters dropped, hyphens and dots folded, lower case. */
function cleanHost(host: string): string {
  return host.replace(INVISIBLE, '').normalize('NFKC').replace(HYPHENS, '-').replace(DOTS, '.').toLowerCase()
}

function decodePunycode(host: string): string {
  if (!/(^|\.)xn--/.test(host)) return host
  return domainToUnicode(host) || host
}

/** Look-alike letters to Latin, in each label that holds Latin letters or becomes all Latin. */
function foldLookalikes(host: string): string {
  return host
    .split('.')
    .map((label) => {
      const folded = label.replace(CONFUSABLE, (char) => CONFUSABLES[char]!)
      return /[a-z]/.test(label) || /^[a-z0-9-]*$/.test(folded) ? folded : label
    })
    .join('.')
}
