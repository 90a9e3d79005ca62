/**
 * Lookups over the fact registry's hotlines: which numbers it knows, and for which carriers.
 */
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

/** The carriers whose verified hotlines include a number with one of `keys`. */
export function carriersWithNumber(data: RuleData, keys: readonly string[]): Carrier[] {
  return data.carriers.filter((carrier) => (carrier.hotlines ?? []).some((hotline) => hotlineKeys(hotline).some((key) => keys.includes(key))))
}

const familyCache = new WeakMap<RuleData, Map<string, Set<string>>>()

/** The ids of a carrier's family: itself, its parent brand and the parent's other brands (one shared set per id: do not change it). */
export function carrierFamily(data: RuleData, id: string): Set<string> {
  let families = familyCache.get(data)
  if (!families) familyCache.set(data, (families = new Map()))
  let family = families.get(id)
  if (!family) families.set(id, (family = familyOf(data, id)))
  return family
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
