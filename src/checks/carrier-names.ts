/**
 * Display helpers shared by the hotline rules: carrier names and the registry's numbers.
 */
import {kept} from '../memo.js'
import type {Carrier, RuleData} from '../rule-data.js'

/** The display name of a carrier id (the id itself when the registry does not know it). */
export function carrierName(data: RuleData, id: string): string {
  return carrierById(data, id)?.name ?? id
}

/** A carrier by id (the first of that id in the registry). */
export function carrierById(data: RuleData, id: string): Carrier | undefined {
  return carriersById(data).get(id)
}

const byIdCache = new WeakMap<readonly Carrier[], Map<string, Carrier>>()

/** The carriers of the rule data by id, made once per carrier list (the first of an id wins, as a search would find it). */
function carriersById(data: RuleData): Map<string, Carrier> {
  return kept(byIdCache, data.carriers, () => {
    const byId = new Map<string, Carrier>()
    for (const carrier of data.carriers) if (!byId.has(carrier.id)) byId.set(carrier.id, carrier)
    return byId
  })
}

/** Country names for messages. */
export function countryName(code: string): string {
  const names: Record<string, string> = {JP: 'Japan', IT: 'Italy', CN: 'China', HK: 'Hong Kong', TW: 'Taiwan', INTL: 'any country'}
  return names[code] ?? code
}
