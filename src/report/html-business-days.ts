/**
 * Durations on one scale for the chart: business days. The rule, for display only (no verdict
 * depends on it): business days as stated; calendar days × 5/7; a week is 5 business days; a
 * month is 21.7 (30.44 calendar days × 5/7); hours and minutes as fractions of a calendar day × 5/7.
 * Approximate values are not widened (the chart draws them dashed instead).
 */
import type {DurationClaim, DurationUnit} from '../types.js'

const PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  'business-day': 1,
  day: 5 / 7,
  week: 5,
  month: (365.25 / 12) * (5 / 7),
  hour: 5 / 7 / 24,
  minute: 5 / 7 / 1440
}

/** A range in business days. */
export interface BusinessDays {
  low: number
  high: number
}

/** Returns the range of a (non-vague) duration in business days, by the rule above. */
export function businessDays(claim: Pick<DurationClaim, 'min' | 'max' | 'unit'>): BusinessDays {
  const factor = PER_UNIT[claim.unit]
  return {low: Math.min(claim.min, claim.max) * factor, high: Math.max(claim.min, claim.max) * factor}
}

/** The end of the chart's axis and the distance between its ticks, for ranges up to `high`. */
export interface Axis {
  max: number
  step: number
}

/** Returns a round axis that holds `high` (at least 5 business days) with at most ten ticks. */
export function axisFor(high: number): Axis {
  const top = Math.max(5, high)
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((candidate) => top / candidate <= 10) ?? Math.ceil(top / 10)
  return {max: Math.ceil(top / step) * step, step}
}

/** Returns a number of business days as people read it (`3`, `2.1`, `0.04`). */
export function formatDays(days: number): string {
  if (Number.isInteger(days)) return String(days)
  return days >= 1 ? days.toFixed(1).replace(/\.0$/, '') : days.toPrecision(1)
}
