/**
 * Lookups over the fact registry's hotlines: which numbers it knows, and for which carriers.
 */
import {kept} from '../memo.js'
import type {Carrier, Hotline, RuleData} from '../rule-data.js'

/** The comparable keys of a number: its digits (with `*`) and its E.164 form when it has one. */
export function numberKeys(digits: string, e164: string | null): string[] {
  const plain = digits.replace(/[^\d*+]/g, '')
  return e164 && e164 !== plain ? [plain, e164] : [plain]
}

/** The keys of a registry hotline (see {@link numberKeys}). */
export function hotlineKeys(hotline: Hotline): string[] {
  const local = hotline.local.replace(/[^\d*+]/g, '')
  return numberKeys(local, hotline.e164)
}

const knownCache = new WeakMap<RuleData, Set<string>>()

/** Every number key the registry holds, for any carrier. */
export function registryNumbers(data: RuleData): Set<string> {
  let known = knownCache.get(data)
  if (!known) {
    known = new Set(data.carriers.flatMap((carrier) => (carrier.hotlines ?? []).flatMap(hotlineKeys)))
    knownCache.set(data, known)
  }
  return known
}

const registeredKeys = new WeakMap<Hotline, readonly string[]>()

/** {@link hotlineKeys}, computed once per hotline of the rule data. */
function keysOfHotline(hotline: Hotline): readonly string[] {
  return kept(registeredKeys, hotline, () => hotlineKeys(hotline))
}

/** The first of `hotlines` (of the registry) with a number key among `keys`. */
export function hotlineWithNumber(hotlines: readonly Hotline[], keys: readonly string[]): Hotline | undefined {
  return hotlines.find((hotline) => keysOfHotline(hotline).some((key) => keys.includes(key)))
}

const ownersCache = new WeakMap<RuleData, Map<string, Carrier[]>>()

/** The carriers with a hotline of each number key, per rule data. */
function ownersByKey(data: RuleData): Map<string, Carrier[]> {
  let owners = ownersCache.get(data)
  if (!owners) {
    owners = new Map()
    for (const carrier of data.carriers) {
      for (const hotline of carrier.hotlines ?? []) {
        for (const key of keysOfHotline(hotline)) owners.set(key, [...(owners.get(key) ?? []), carrier])
      }
    }
    ownersCache.set(data, owners)
  }
  return owners
}

/** The carriers whose verified hotlines include a number with one of `keys`, in registry order. */
export function carriersWithNumber(data: RuleData, keys: readonly string[]): Carrier[] {
  const owners = ownersByKey(data)
  const found = new Set(keys.flatMap((key) => owners.get(key) ?? []))
  return found.size ? data.carriers.filter((carrier) => found.has(carrier)) : []
}

const familyCache = new WeakMap<RuleData, Map<string, Set<string>>>()

/** The ids of a carrier's family: itself, its parent brand and the parent's other brands (one shared set per id: do not change it). */
export function carrierFamily(data: RuleData, id: string): Set<string> {
  return kept(
    kept(familyCache, data, () => new Map()),
    id,
    () => familyOf(data, id)
  )
}

function familyOf(data: RuleData, id: string): Set<string> {
  const byId = new Map(data.carriers.map((carrier) => [carrier.id, carrier]))
  const root = (carrierId: string): string => {
    const parent = byId.get(carrierId)?.parent
    return parent ? root(parent) : carrierId
  }
  const top = root(id)
  return new Set(data.carriers.filter((carrier) => root(carrier.id) === top).map((carrier) => carrier.id))
}
