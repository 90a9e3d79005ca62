/**
 * Display helpers shared by the hotline rules: carrier names and the registry's numbers.
 */
import type {Carrier, RuleData} from '../rule-data.js'

/** The display name of a carrier id (the id itself when the registry does not know it). */
export function carrierName(data: RuleData, id: string): string {
  return data.carriers.find((carrier) => carrier.id === id)?.name ?? id
}

/** A carrier by id. */
export function carrierById(data: RuleData, id: string): Carrier | undefined {
  return data.carriers.find((carrier) => carrier.id === id)
}

/** Country names for messages. */
export function countryName(code: string): string {
  const names: Record<string, string> = {JP: 'Japan', IT: 'Italy', CN: 'China', HK: 'Hong Kong', TW: 'Taiwan', INTL: 'any country'}
  return names[code] ?? code
}
