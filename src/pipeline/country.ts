/**
 * The country an article is about: its frontmatter's `country`, else the country its text names
 * most often (country names from `rules/countries.yaml`, and carrier mentions).
 */
import type {CarrierClaim, CountryCode} from '../types.js'
import type {TextBlock} from '../extract/blocks.js'
import type {RuleData} from '../rule-data.js'

/** Infers the country from text; undefined when nothing or a tie says. */
export function inferCountry(blocks: readonly TextBlock[], carriers: readonly CarrierClaim[], data: RuleData): CountryCode | undefined {
  const counts = new Map<CountryCode, number>()
  const add = (code: CountryCode, n: number) => counts.set(code, (counts.get(code) ?? 0) + n)
  const texts = blocks.map((block) => block.text.toLowerCase())
  for (const country of data.countries) {
    for (const name of country.names) {
      const needle = name.toLowerCase()
      for (const text of texts) add(country.code, occurrences(text, needle))
    }
  }
  const carrierCountry = new Map(data.carriers.map((c) => [c.id, c.country]))
  for (const mention of carriers) {
    const code = carrierCountry.get(mention.carrier)
    if (code && code !== 'INTL') add(code, 1)
  }
  const ranked = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined
  return ranked[0]![0]
}

/** Non-overlapping occurrences of `needle` in `text` (both lower case already). */
function occurrences(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++
  return count
}
