/**
 * How a number stated for a carrier stands against the fact registry: verified (the registry
 * lists it for that carrier or its brand family), contradicted (it cannot exist, another carrier
 * owns it, the article gives it to another carrier too, or its `00XY` carrier prefix is another
 * carrier's), or unverified (the registry knows nothing either way).
 */
import {carrierFamily, carriersWithNumber, hotlineKeys, hotlineWithNumber, numberKeys} from '../extract/registry-numbers.js'
import {kept} from '../memo.js'
import type {Hotline, RuleData} from '../rule-data.js'
import type {PhoneClaim} from '../types.js'
import {carrierById, carrierName} from './carrier-names.js'

/** The standing of a phone claim that has a carrier. */
export type HotlineStatus =
  | {status: 'verified'; hotline: Hotline}
  | {status: 'contradicted'; reason: string}
  | {status: 'unverified'}

/**
 * Classifies `phone`, stated for `carrier` (its carrier, or one of the carriers it is stated for
 * together), against the registry. Remembered per claim and carrier for the same rule data and
 * siblings: `hotline-mismatch` and `hotline-unverified` both ask.
 * @param siblings the other phone claims of the same article, to see one number given to two carriers
 */
export function hotlineStatus(data: RuleData, phone: PhoneClaim, carrier: string, siblings: readonly PhoneClaim[]): HotlineStatus {
  let known = statusCache.get(phone)
  if (known?.data !== data || known.siblings !== siblings) {
    known = {data, siblings, byCarrier: new Map()}
    statusCache.set(phone, known)
  }
  return kept(known.byCarrier, carrier, () => classify(data, phone, carrier, siblings))
}

/** The standings {@link hotlineStatus} found, per claim: for one rule data and one list of siblings. */
const statusCache = new WeakMap<PhoneClaim, {data: RuleData; siblings: readonly PhoneClaim[]; byCarrier: Map<string, HotlineStatus>}>()

function classify(data: RuleData, phone: PhoneClaim, carrier: string, siblings: readonly PhoneClaim[]): HotlineStatus {
  const keys = numberKeys(phone.digits, phone.e164)
  const family = carrierFamily(data, carrier)
  for (const id of family) {
    const hotline = hotlineWithNumber(carrierById(data, id)?.hotlines ?? [], keys)
    if (hotline) return {status: 'verified', hotline}
  }
  if (!phone.valid) return {status: 'contradicted', reason: 'the number cannot exist'}
  if (phone.shortCode) return {status: 'unverified'}
  const together = (phone.carriers ?? []).filter((id) => !family.has(id))
  const others = new Set([
    ...together.map((id) => carrierName(data, id)),
    ...siblings
      .filter((s) => s.carrier && !family.has(s.carrier) && !s.shortCode && numberKeys(s.digits, s.e164).some((key) => keys.includes(key)))
      .map((s) => carrierName(data, s.carrier!))
  ])
  if (others.size) return {status: 'contradicted', reason: `the article gives the same number for ${[...others].join(', ')}`}
  const owners = carriersWithNumber(data, keys).filter((owner) => !family.has(owner.id))
  if (owners.length) return {status: 'contradicted', reason: `the registry lists it for ${owners.map((c) => c.name).join(', ')}`}
  const prefix = carrierPrefixOwner(data, phone.digits)
  if (prefix && !family.has(prefix.carrier)) {
    return {status: 'contradicted', reason: `its prefix ${prefix.code} is ${carrierName(data, prefix.carrier)}'s carrier code`}
  }
  return {status: 'unverified'}
}

/** The carrier whose `00XY` carrier code starts `digits`, if any. */
function carrierPrefixOwner(data: RuleData, digits: string): {code: string; carrier: string} | undefined {
  if (!digits.startsWith('00')) return undefined
  for (const carrier of data.carriers) {
    const code = carrier.carrier_codes?.find((c) => digits.startsWith(c.code))
    if (code) return {code: code.code, carrier: carrier.id}
  }
  return undefined
}

/**
 * The registry's hotlines of a carrier's family, as `number (purpose)` lines, and the suggestion
 * hotline findings carry: the carrier's own general customer-service numbers (`general: true`),
 * each with its source, never a special-purpose line (personal data, MNP, business, fax). The
 * suggestion is shown, never applied by `--fix`.
 */
export function registryHotlines(data: RuleData, carrier: string): {expected: string[]; suggestion: string | undefined} {
  const found = kept(
    kept(registryHotlinesCache, data, () => new Map()),
    carrier,
    () => describeRegistryHotlines(data, carrier)
  )
  // A copy: reports keep what they are given.
  return {expected: [...found.expected], suggestion: found.suggestion}
}

/** {@link registryHotlines} per rule data and carrier id: articles repeat the same carriers. */
const registryHotlinesCache = new WeakMap<RuleData, Map<string, {expected: string[]; suggestion: string | undefined}>>()

function describeRegistryHotlines(data: RuleData, carrier: string): {expected: string[]; suggestion: string | undefined} {
  const own = carrierById(data, carrier)?.hotlines ?? []
  const hotlines = own.length ? own : [...carrierFamily(data, carrier)].flatMap((id) => carrierById(data, id)?.hotlines ?? [])
  const expected = hotlines.map((h) => `${h.local} (${h.purpose})`)
  const general = own.filter((h) => h.general === true)
  const name = carrierName(data, carrier)
  const suggestion = general.length
    ? `${name}'s general customer-service number in the fact registry: ${general.map(describe).join(' or ')}`
    : carrierById(data, carrier)
      ? `The fact registry has no verified general customer-service number for ${name}; take the number from the carrier's official site`
      : undefined
  return {expected, suggestion}
}

function describe(hotline: Hotline): string {
  const where = hotline.callable_from ? `from ${hotline.callable_from}` : hotline.purpose
  return `${hotline.local} (${where}; source ${hotline.source}, ${hotline.source_type}, checked ${hotline.verified ?? 'n/d'})`
}

/** The numbers the registry verifies for each carrier id (its own and its brand family's). */
export function verifiedNumbers(data: RuleData): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const carrier of data.carriers) {
    result[carrier.id] = [...carrierFamily(data, carrier.id)].flatMap((id) => (carrierById(data, id)?.hotlines ?? []).flatMap(hotlineKeys))
  }
  return result
}
