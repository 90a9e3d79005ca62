/**
 * Phone numbers: candidates in any common form (hyphens, spaces, dots, full-width digits and
 * dashes, `+81`/`+39`), validated with libphonenumber-js for the article's country. Short codes
 * (`151`, `157`, `190`) come from the rule data, never from the library, and emergency or service
 * numbers (`110`, `119` in Japan) never become claims. Each number is attributed to the carrier
 * it is stated for.
 */
import {parsePhoneNumberFromString, type CountryCode as LibCountry} from 'libphonenumber-js/max'
import type {RuleData} from '../rule-data.js'
import {compileSafePattern, type SafePattern} from '../safe-pattern.js'
import type {CountryCode, PhoneClaim} from '../types.js'
import {attributeCarrier} from './attribution.js'
import {blockSpan, contextAt, inRanges, type TextBlock} from './blocks.js'
import type {ExtractInput} from './input.js'
import {registryNumbers} from './registry-numbers.js'
import {foldNumberText} from './number-text.js'

/** A run of digits with the separators people put in phone numbers; `*` starts service codes. */
const CANDIDATE = /(?:\+ ?|\*)?\(?\d(?:[\d]|[-. ()](?=[\d(]))*\d|\*\d+/g

/** Words right before a number that make it something else (a PO box, an amount, an item). */
const NOT_A_PHONE_BEFORE = /(?:Casella Postale|C\.?P\.?|CAP|No\.|第|共|约|約|¥|￥|\$|€|£|JPY|EUR|USD|RMB)\s*$/i

/** Units right after a number that make it a quantity, a price or a time. */
const NOT_A_PHONE_AFTER =
  /^\s*(?:个|個|天|日|号|號|年|月|周|週|小时|小時|時間|分|秒|元|円|日元|yen|euro|€|%|％|GB|MB|G\b|人|次|件|位|步|条|條|張|张|枚|台|部|ヶ月|か月|カ月|giorni|ore|mesi|days?|hours?|months?|years?|minutes?)/i

/** Dates written with separators (2025-05-13, 2025.05.13, 2025/5/13). */
const DATE = /^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/

/** Extracts the phone numbers of an article. */
export function extractPhones(input: ExtractInput): PhoneClaim[] {
  const claims: PhoneClaim[] = []
  const shortCodes = shortCodesOf(input.data, input.country)
  const known = registryNumbers(input.data)
  for (const block of input.blocks) {
    const text = foldNumberText(block.text)
    for (const match of text.matchAll(CANDIDATE)) {
      const claim = toClaim(input, block, text, match, shortCodes, known)
      if (claim) claims.push(claim)
    }
  }
  return claims
}

function toClaim(
  input: ExtractInput,
  block: TextBlock,
  text: string,
  match: RegExpMatchArray,
  shortCodes: ReadonlySet<string>,
  known: ReadonlySet<string>
): PhoneClaim | undefined {
  let start = match.index!
  let written = match[0]
  // A leading "(" belongs to the number only when it closes; trailing spaces never do.
  if (written.startsWith('(') && !written.includes(')')) {
    start++
    written = written.slice(1)
  }
  const end = start + written.length
  if (inRanges(block.code, start)) return undefined
  if (/[A-Za-z\d]/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) return undefined
  if (NOT_A_PHONE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return undefined
  if (NOT_A_PHONE_AFTER.test(text.slice(end, end + 8))) return undefined
  if (DATE.test(written)) return undefined

  const international = written.startsWith('+')
  const digits = written.replace(/[^\d*]/g, '')
  const plain = digits.replace('*', '')
  const compact = /^\*?\d+$/.test(written)
  const country = input.country
  const blocked = country ? blockedCodes(input.data, country) : new Set<string>()

  let shortCode = false
  if (!international && plain.length <= 6 && !plain.startsWith('0')) {
    if (!compact || !shortCodes.has(digits) || blocked.has(digits)) return undefined
    shortCode = true
  } else if (plain.length < 7 || plain.length > 15) {
    return undefined
  }

  const span = blockSpan(block, start, end)
  const {e164, valid, numberType} = shortCode
    ? {e164: null, valid: true, numberType: 'SHORT_CODE'}
    : validate(written, digits, country, input.data, known)
  const attributed = attributeCarrier(input, block, start, {end})
  return {
    kind: 'phone',
    span,
    text: input.source.slice(span.start, span.end),
    context: contextAt(block, start),
    digits: international ? `+${plain}` : digits,
    e164,
    shortCode,
    valid,
    ...(numberType ? {numberType} : {}),
    ...(attributed.carrier ? {carrier: attributed.carrier} : {}),
    attribution: attributed.attribution
  }
}

/**
 * Whether a full number can exist: numbers in the registry and shapes the rule data allows are
 * valid; otherwise libphonenumber-js decides. Without a country only international numbers can
 * be judged; others are taken as valid (nothing says they are not).
 */
function validate(
  written: string,
  digits: string,
  country: CountryCode | undefined,
  data: RuleData,
  known: ReadonlySet<string>
): {e164: string | null; valid: boolean; numberType?: string} {
  const international = written.startsWith('+')
  const libCountry = country && /^[A-Z]{2}$/.test(country) ? (country as LibCountry) : undefined
  const parsed = international || libCountry ? parsePhoneNumberFromString(written, libCountry) : undefined
  const e164 = parsed?.number ?? null
  const numberType = parsed?.getType()
  const allowed = allowedPatterns(data, country).some((pattern) => pattern.test(digits))
  if (known.has(digits) || (e164 && known.has(e164)) || allowed) return {e164, valid: true, ...(numberType ? {numberType} : {})}
  if (!parsed) return {e164: null, valid: !international}
  return {e164, valid: parsed.isValid(), ...(numberType ? {numberType} : {})}
}

/** Short codes of the country's carriers, from the registry. */
function shortCodesOf(data: RuleData, country: CountryCode | undefined): Set<string> {
  const codes = new Set<string>()
  for (const carrier of data.carriers) {
    if (country && carrier.country !== country) continue
    for (const hotline of carrier.hotlines ?? []) {
      if (hotline.kind === 'short_code') codes.add(hotline.local.replace(/[^\d*]/g, ''))
    }
  }
  return codes
}

/** Emergency and public-service numbers of a country: never a carrier's hotline. */
function blockedCodes(data: RuleData, country: CountryCode): Set<string> {
  const rules = data.phoneNumbers[country]
  return new Set([...(rules?.emergency ?? []), ...(rules?.service_codes ?? [])])
}

const compiledPatterns = new WeakMap<RuleData, Map<string, SafePattern[]>>()

/** The country's allowed number shapes, compiled once per rule data with RE2. */
function allowedPatterns(data: RuleData, country: CountryCode | undefined): SafePattern[] {
  if (!country) return []
  let byCountry = compiledPatterns.get(data)
  if (!byCountry) compiledPatterns.set(data, (byCountry = new Map()))
  let patterns = byCountry.get(country)
  if (!patterns) {
    patterns = (data.phoneNumbers[country]?.allowed_patterns ?? []).map((entry) => compileSafePattern(entry.pattern))
    byCountry.set(country, patterns)
  }
  return patterns
}
