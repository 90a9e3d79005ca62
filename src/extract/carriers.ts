/**
 * Carrier mentions: every alias of every carrier in the lexicon (`NTT DOCOMO`, `都科摩`, `ドコモ`,
 * `软银`, `KDDI（au）`, `TIM`, `Vodafone`). Latin aliases match on word boundaries; aliases listed
 * as strict match only with the exact case (`au`, `TIM`).
 */
import type {Carrier} from '../rule-data.js'
import type {CarrierClaim} from '../types.js'
import {blockSpan, contextAt} from './blocks.js'
import type {ExtractInput} from './input.js'
import {literalSearch} from './literal-search.js'

interface AliasEntry {
  alias: string
  carrier: string
  strict: boolean
}

/** A compiled alias matcher for a list of carriers. */
export interface CarrierMatcher {
  /** Every non-overlapping alias match in `text`, longest alias first at each position. */
  find(text: string): {start: number; end: number; carrier: string; alias: string}[]
}

const matchers = new WeakMap<Carrier[], CarrierMatcher>()

/** Returns the (cached) alias matcher for a carrier list. */
export function carrierMatcher(carriers: Carrier[]): CarrierMatcher {
  const cached = matchers.get(carriers)
  if (cached) return cached
  const entries: AliasEntry[] = []
  for (const carrier of carriers) {
    const seen = new Set<string>()
    for (const alias of Object.values(carrier.aliases).flat()) {
      if (!seen.has(alias.toLowerCase())) entries.push({alias, carrier: carrier.id, strict: false})
      seen.add(alias.toLowerCase())
    }
    for (const alias of carrier.strict_aliases ?? []) entries.push({alias, carrier: carrier.id, strict: true})
  }
  entries.sort((a, b) => b.alias.length - a.alias.length)
  const byLower = new Map<string, AliasEntry[]>()
  for (const entry of entries) {
    const key = entry.alias.toLowerCase()
    byLower.set(key, [...(byLower.get(key) ?? []), entry])
  }
  const search = literalSearch(byLower.keys())
  const matcher: CarrierMatcher = {
    find(text) {
      const found: ReturnType<CarrierMatcher['find']> = []
      for (let match = search.next(text, 0); match; match = search.next(text, match.end)) {
        const {start, end} = match
        const written = text.slice(start, end)
        const entry = byLower.get(written.toLowerCase())?.find((e) => !e.strict || e.alias === written)
        if (!entry || !onWordBoundary(text, start, end)) continue
        found.push({start, end, carrier: entry.carrier, alias: entry.alias})
      }
      return found
    }
  }
  matchers.set(carriers, matcher)
  return matcher
}

/** Extracts every carrier mention of an article. */
export function extractCarriers(input: Pick<ExtractInput, 'source' | 'blocks' | 'data'>): CarrierClaim[] {
  const matcher = carrierMatcher(input.data.carriers)
  const claims: CarrierClaim[] = []
  for (const block of input.blocks) {
    for (const match of matcher.find(block.text)) {
      const span = blockSpan(block, match.start, match.end)
      claims.push({
        kind: 'carrier',
        carrier: match.carrier,
        alias: match.alias,
        span,
        text: input.source.slice(span.start, span.end),
        context: contextAt(block, match.start)
      })
    }
  }
  return claims
}

const LATIN = /[A-Za-z0-9]/

/** A Latin alias must not continue a Latin word (`au` in `Australia`); CJK needs no boundary. */
function onWordBoundary(text: string, start: number, end: number): boolean {
  const first = text[start]!
  const last = text[end - 1]!
  if (LATIN.test(first) && start > 0 && LATIN.test(text[start - 1]!)) return false
  if (LATIN.test(last) && end < text.length && LATIN.test(text[end]!)) return false
  return true
}
