/**
 * Sites named in a link's text, and whether two hosts are one site: what `link-mismatch` compares.
 */
import {foldUrlText} from '../extract/link-fold.js'
import {hostOf, hostOfSchemeless} from '../extract/link-urls.js'
import type {RuleData} from '../rule-data.js'
import {entryMatches} from './spam-domains.js'

/** A domain in text: after a scheme or `www.`, or ending in a common top-level domain. */
const DOMAIN = /(?<![A-Za-z0-9.@_-])((?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![A-Za-z0-9-]|\.[A-Za-z0-9])/gi

/** Top-level domains that name a site without a scheme (`docomo.ne.jp`); file names (`setup.py`, `README.md`) do not. */
const SITE_TLDS = new Set(
  (
    'com net org info biz io co me app dev jp cn hk tw mo kr sg it uk de fr es eu us ru au ca nz br in id th vn ph my ' +
    'ch nl be at se no dk fi pt gr ie pl cz ly gl gd ee la ai xyz top shop store site online link live club vip tv ws pro asia tokyo'
  ).split(' ')
)

/** Second-level domains under which a site is registered one level lower (`docomo.ne.jp`). */
const SECOND_LEVEL = /^(?:co|ne|or|ac|go|ed|gr|lg|com|net|org|gov|edu)$/

/** The host of the first site a link's text names, if it names one. */
export function siteInText(text: string): string | undefined {
  const folded = foldUrlText(text).text
  for (const match of folded.matchAll(DOMAIN)) {
    const written = match[1]!
    const explicit = /^https?:\/\//i.test(written) || /^www\./i.test(written)
    if (!explicit && !SITE_TLDS.has(match[2]!.toLowerCase())) continue
    const host = /^https?:\/\//i.test(written) ? hostOf(written) : hostOfSchemeless(written)
    if (host) return host
  }
  return undefined
}

/** The registrable part of a host: `docomo.ne.jp` of `ssw.web.docomo.ne.jp`, `au.com` of `www.au.com`. */
export function siteOf(host: string): string {
  const labels = host.split('.')
  const keep = labels.length >= 3 && SECOND_LEVEL.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2
  return labels.slice(-keep).join('.')
}

/** Whether two hosts are one site, or official domains of one carrier (`docomo.ne.jp`, `nttdocomo.co.jp`). */
export function sameSite(a: string, b: string, data: RuleData): boolean {
  if (siteOf(a) === siteOf(b)) return true
  return (data.spam.official ?? []).some(
    (entry) => entry.domains.some((d) => entryMatches(d, {host: a, url: ''})) && entry.domains.some((d) => entryMatches(d, {host: b, url: ''}))
  )
}
