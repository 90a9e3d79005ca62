/**
 * Durations described in plain English, as rule data and the gold files write them:
 * `1-3 business days`, `0-48 hours`, `3 days`, `about one week`, `several business days (vague)`.
 * The grammar is the `range` pattern of `rules/schema/actions.schema.json`.
 */
import type {DurationClaim, DurationUnit} from '../types.js'
import {NUMBER_WORDS, parseNumber} from './duration-numbers.js'

/** The comparable part of a duration claim. */
export type DurationRange = Pick<DurationClaim, 'min' | 'max' | 'unit' | 'vague' | 'approximate'>

const UNIT_WORDS: Record<string, DurationUnit> = {
  minute: 'minute',
  hour: 'hour',
  'business day': 'business-day',
  day: 'day',
  week: 'week',
  month: 'month'
}

const NUMBER = String.raw`\d+(?:\.\d+)?`
const RANGE = new RegExp(
  String.raw`^(?<about>about )?(?:(?<several>several)|(?<lo>${NUMBER})-(?<hi>${NUMBER})|(?<one>${NUMBER}|${NUMBER_WORDS.join('|')})) (?<unit>minute|hour|business day|day|week|month)s?(?<vague> \(vague\))?$`
)

/** Parses a plain-English duration; throws a TypeError naming the expected form otherwise. */
export function parseRange(text: string): DurationRange {
  const groups = RANGE.exec(text.trim())?.groups
  const one = groups?.one === undefined ? undefined : parseNumber(groups.one)
  if (!groups || (groups.one !== undefined && !one)) {
    throw new TypeError(`cannot read duration "${text}"; write it like "1-3 business days", "about one week" or "several days (vague)"`)
  }
  const vague = groups.several !== undefined
  const min = vague ? 0 : one ? one.min : Number(groups.lo)
  const max = vague ? 0 : one ? one.max : Number(groups.hi)
  return {min, max, unit: UNIT_WORDS[groups.unit!]!, vague, approximate: groups.about !== undefined}
}

/** Describes a duration the way {@link parseRange} reads it. */
export function formatRange(range: DurationRange): string {
  const unit = range.unit.replace('-', ' ')
  if (range.vague) return `several ${unit}s (vague)`
  const amount = range.min === range.max ? String(range.min) : `${range.min}-${range.max}`
  const plural = range.max === 1 && range.min === range.max ? '' : 's'
  return `${range.approximate ? 'about ' : ''}${amount} ${unit}${plural}`
}

/** The comparable part of a duration claim. */
export function rangeOf(claim: DurationRange): DurationRange {
  return {min: claim.min, max: claim.max, unit: claim.unit, vague: claim.vague, approximate: claim.approximate}
}
