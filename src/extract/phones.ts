/**
 * Phone numbers: candidates in any common form (hyphens, spaces, dots, slashes, middle dots,
 * full-width digits and dashes, `+81`/`+39`, `TEL`), validated with libphonenumber-js for the
 * article's country. Short codes (`151`, `157`, `190`) come from the rule data, never from the
 * library, and emergency or service numbers (`110`, `119` in Japan) never become claims, nor do
 * service codes, placeholders, prices, labelled ids, menu keys and SMS numbers (`phone-context.ts`),
 * nor, where the country has a trunk prefix, long digit runs written without it. Each number is
 * attributed to the carrier it is stated for (`phone-groups.ts` for several carriers at once).
 */
import {parsePhoneNumberFromString, type CountryCode as LibCountry} from 'libphonenumber-js/max'
import {kept} from '../memo.js'
import type {RuleData} from '../rule-data.js'
import {compileSafePattern, type SafePattern} from '../safe-pattern.js'
import type {CountryCode, PhoneClaim} from '../types.js'
import {attributeCarrier} from './attribution.js'
import {blockSpan, contextAt, inRanges, type TextBlock} from './blocks.js'
import {foldText} from './document-lexicon.js'
import type {ExtractInput} from './input.js'
import {foldNumberText} from './number-text.js'
import {phoneCandidates, type PhoneCandidate} from './phone-candidates.js'
import {blockCues, notAPhone, type BlockCues} from './phone-context.js'
import {attributeGroups, attributeRowGroups} from './phone-groups.js'
import {registryNumbers} from './registry-numbers.js'

/** What every candidate of an article is judged with, computed once per article. */
interface PhoneScope {
  /** Carriers' short codes of the country (`151`, `*5533`). */
  shortCodes: ReadonlySet<string>
  /** Every number key the registry holds. */
  known: ReadonlySet<string>
  /** Emergency and public service numbers of the country. */
  blocked: ReadonlySet<string>
  trunkPrefix: string | undefined
  /** Shapes of other countries' numbers (compiled when first asked for). */
  foreign(): readonly SafePattern[]
}

/** An ASCII or full-width digit. */
const ANY_DIGIT = /[0-9\uFF10-\uFF19]/

/** Extracts the phone numbers of an article. */
export function extractPhones(input: ExtractInput): PhoneClaim[] {
  const rules = input.country ? input.data.phoneNumbers[input.country] : undefined
  let foreign: readonly SafePattern[] | undefined
  const scope: PhoneScope = {
    shortCodes: shortCodesOf(input.data, input.country),
    known: registryNumbers(input.data),
    blocked: new Set([...(rules?.emergency ?? []), ...(rules?.service_codes ?? [])]),
    trunkPrefix: rules?.trunk_prefix,
    // Asked for per number candidate, looked up once per article.
    foreign: () => (foreign ??= countryPatterns(input.data, input.country, 'foreign_patterns'))
  }
  const claims: PhoneClaim[] = []
  for (const block of input.blocks) {
    // Every candidate holds a digit, and only digits fold to digits: most blocks have none.
    if (!ANY_DIGIT.test(block.text)) continue
    const text = foldNumberText(block.text)
    const candidates = phoneCandidates(text, (digits) => scope.shortCodes.has(digits))
    if (candidates.length === 0) continue
    const cues = blockCues(input.data.phoneText, foldText(block.text))
    const found: PhoneClaim[] = []
    for (const candidate of candidates) {
      const claim = toClaim(input, block, text, candidate, cues, scope)
      if (claim) found.push(claim)
    }
    claims.push(...attributeGroups(input, block, found))
  }
  return attributeRowGroups(input, claims)
}

function toClaim(input: ExtractInput, block: TextBlock, text: string, candidate: PhoneCandidate, cues: BlockCues, scope: PhoneScope): PhoneClaim | undefined {
  const {start, end, written} = candidate
  if (inRanges(block.code, start)) return undefined
  const international = written.startsWith('+')
  const digits = written.replace(/[^\d*]/g, '')
  const plain = digits.replace('*', '')
  const reason = notAPhone(text, candidate, digits, cues)
  // A label cannot make a full registry number or a `*` code something else: `予約番号は*5533から`
  // names the line to call. Plain short codes stay labelled: `Casella Postale 190` is a box.
  const registered = scope.known.has(digits) && (digits.startsWith('*') || plain.length >= 7)
  if (reason && !(reason === 'a labelled number' && registered)) return undefined

  let shortCode = false
  if (!international && plain.length <= 6 && !plain.startsWith('0')) {
    if (!/^\*?\d+$/.test(written) || !scope.shortCodes.has(digits) || scope.blocked.has(digits)) return undefined
    shortCode = true
  } else if (plain.length < 7 || plain.length > 15) {
    return undefined
  } else if (!international && scope.trunkPrefix && !digits.startsWith(scope.trunkPrefix)) {
    // Not written as a national number: an id, a count or an amount, not a phone number.
    return undefined
  } else if (!international && scope.foreign().some((pattern) => pattern.test(digits))) {
    return undefined
  }

  const country = input.country
  const span = blockSpan(block, start, end)
  const {e164, valid, numberType} = shortCode
    ? {e164: null, valid: true, numberType: 'SHORT_CODE'}
    : validateOnce(written, digits, country, input.data, scope.known)
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

/** What {@link validate} says of a number. */
interface Validity {
  e164: string | null
  valid: boolean
  numberType?: string
}

/** Validity by rule data, then country and number as written: articles repeat the same hotlines. */
const validities = new WeakMap<RuleData, Map<string, Validity>>()
/** Numbers remembered per rule data at most (then the memory starts over). */
const MAX_REMEMBERED = 20_000

/** {@link validate}, remembered per rule data, country and number as written. */
function validateOnce(written: string, digits: string, country: CountryCode | undefined, data: RuleData, known: ReadonlySet<string>): Validity {
  let memory = validities.get(data)
  if (!memory || memory.size >= MAX_REMEMBERED) validities.set(data, (memory = new Map()))
  const key = `${country ?? ''}|${written}`
  return kept(memory, key, () => validate(written, digits, country, data, known))
}

/**
 * Whether a full number can exist: numbers in the registry and shapes the rule data allows are
 * valid; otherwise libphonenumber-js decides. Without a country only international numbers can
 * be judged; others are taken as valid (nothing says they are not).
 */
function validate(written: string, digits: string, country: CountryCode | undefined, data: RuleData, known: ReadonlySet<string>): Validity {
  const international = written.startsWith('+')
  const libCountry = country && /^[A-Z]{2}$/.test(country) ? (country as LibCountry) : undefined
  const parsed = international || libCountry ? parsePhoneNumberFromString(written, libCountry) : undefined
  const e164 = parsed?.number ?? null
  const numberType = parsed?.getType()
  const valid: Validity = {e164, valid: true, ...(numberType ? {numberType} : {})}
  // The allowed shapes are asked last: they only matter for numbers nothing else makes valid.
  if (known.has(digits) || (e164 && known.has(e164)) || parsed?.isValid()) return valid
  if (countryPatterns(data, country, 'allowed_patterns').some((pattern) => pattern.test(digits))) return valid
  if (!parsed) return {e164: null, valid: !international}
  return {e164, valid: false, ...(numberType ? {numberType} : {})}
}

const shortCodeSets = new WeakMap<RuleData, Map<string, ReadonlySet<string>>>()

/** Short codes of the country's carriers, from the registry (one set per rule data and country). */
function shortCodesOf(data: RuleData, country: CountryCode | undefined): ReadonlySet<string> {
  return kept(
    kept(shortCodeSets, data, () => new Map()),
    country ?? '',
    () => registryShortCodes(data, country)
  )
}

function registryShortCodes(data: RuleData, country: CountryCode | undefined): Set<string> {
  const codes = new Set<string>()
  for (const carrier of data.carriers) {
    if (country && carrier.country !== country) continue
    for (const hotline of carrier.hotlines ?? []) {
      if (hotline.kind === 'short_code') codes.add(hotline.local.replace(/[^\d*]/g, ''))
    }
  }
  return codes
}

const compiledPatterns = new WeakMap<RuleData, Map<string, SafePattern[]>>()

/** A country's allowed (or foreign) number shapes, compiled once per rule data (src/safe-pattern.ts). */
function countryPatterns(data: RuleData, country: CountryCode | undefined, list: 'allowed_patterns' | 'foreign_patterns'): SafePattern[] {
  if (!country) return []
  return kept(
    kept(compiledPatterns, data, () => new Map()),
    `${country}|${list}`,
    () => (data.phoneNumbers[country]?.[list] ?? []).map((entry) => compileSafePattern(entry.pattern))
  )
}
