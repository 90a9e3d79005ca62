/** Durations as editors read them: `1–3 business days`, `within 2 days`, `several weeks (vague)`. */
import type {DurationClaim, DurationUnit} from '../types.js'

const UNITS: Record<DurationUnit, readonly [string, string]> = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  'business-day': ['business day', 'business days'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months']
}

/** Returns the range of a duration claim in words (an en dash between bounds, `about` when approximate). */
export function durationRange(claim: Pick<DurationClaim, 'min' | 'max' | 'unit' | 'vague' | 'approximate'>): string {
  const [one, many] = UNITS[claim.unit]
  if (claim.vague) return `several ${many} (vague)`
  const about = claim.approximate ? 'about ' : ''
  const unit = claim.max === 1 ? one : many
  if (claim.min === 0) return `within ${about}${claim.max} ${unit}`
  if (claim.min === claim.max) return `${about}${claim.max} ${unit}`
  return `${about}${claim.min}–${claim.max} ${many}`
}
