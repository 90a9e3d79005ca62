/**
 * Whether a handle or messenger URL names a carrier (`@linemo`, `line.me/R/ti/p/@ahamo`): such an
 * account may be the carrier's official one, so the spam rules report it as likely, not certain.
 * Sellers without a home market (`INTL` in the lexicon) do not count: they are who spam promotes.
 */
import type {Carrier} from '../rule-data.js'

/** Latin carrier names shorter than this are too common inside handles (`au`, `UQ`, `TIM`). */
const MIN_LENGTH = 4

const tokens = new WeakMap<Carrier[], string[]>()

function carrierTokens(carriers: Carrier[]): string[] {
  const cached = tokens.get(carriers)
  if (cached) return cached
  const home = carriers.filter((c) => c.country !== 'INTL')
  const names = home.flatMap((c) => [...Object.values(c.aliases).flat(), ...(c.strict_aliases ?? [])])
  const latin = names.map(squash).filter((name) => /^[a-z0-9]+$/.test(name) && name.length >= MIN_LENGTH)
  const list = [...new Set(latin)]
  tokens.set(carriers, list)
  return list
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** Whether `text` (a handle or a URL path) contains the Latin name of a carrier of the lexicon. */
export function namesCarrier(text: string, carriers: Carrier[]): boolean {
  const squashed = squash(text)
  return carrierTokens(carriers).some((name) => squashed.includes(name))
}

/** Whether `handle` is spelled exactly like the Latin name of a carrier (`@linemo`, `@docomo`). */
export function isCarrierName(handle: string, carriers: Carrier[]): boolean {
  const squashed = squash(handle)
  return carrierTokens(carriers).includes(squashed)
}
