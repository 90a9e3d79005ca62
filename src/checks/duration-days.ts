/**
 * Durations as ranges of calendar days, for comparing claims made in different units. The
 * conversion is generous (a business day may stretch over a weekend and a holiday, an approximate
 * value by a quarter) so that only ranges that cannot both be true are apart.
 */
import type {RuleData} from '../rule-data.js'
import type {DurationClaim} from '../types.js'

/** A closed range of calendar days. */
export interface DayRange {
  low: number
  high: number
}

const DAYS_PER: Record<DurationClaim['unit'], [number, number]> = {
  minute: [1 / 1440, 1 / 1440],
  hour: [1 / 24, 1 / 24],
  day: [1, 1],
  'business-day': [1, 7 / 5],
  week: [7, 7],
  month: [28, 31]
}

/** The calendar days a duration may cover. */
export function dayRange(duration: Pick<DurationClaim, 'min' | 'max' | 'unit' | 'approximate'>): DayRange {
  const [lowFactor, highFactor] = DAYS_PER[duration.unit]
  let low = duration.min * lowFactor
  let high = duration.max * highFactor + (duration.unit === 'business-day' ? 2 : 0)
  if (duration.approximate) {
    low *= 0.75
    high *= 1.25
  }
  return {low, high}
}

/** Whether two day ranges have no day in common. */
export function apart(a: DayRange, b: DayRange): boolean {
  return a.high < b.low || b.high < a.low
}

/** A duration written for people: `1–3 business days`, `several days (vague)`. */
export function describeDuration(duration: Pick<DurationClaim, 'min' | 'max' | 'unit' | 'vague' | 'approximate'>): string {
  const unit = duration.unit === 'business-day' ? 'business day' : duration.unit
  if (duration.vague) return `several ${unit}s (vague)`
  const range = duration.min === duration.max ? `${duration.max}` : `${duration.min}–${duration.max}`
  const plural = duration.max === 1 && duration.min === duration.max ? unit : `${unit}s`
  return `${duration.approximate ? 'about ' : ''}${range} ${plural}`
}

/**
 * Whether a duration agrees with the registry: it times a cancellation taking effect for a
 * carrier whose `effect_timing` facts give days, and shares a day with one of them.
 */
export function agreesWithRegistry(data: RuleData, duration: DurationClaim): boolean {
  if (duration.action !== 'takes-effect' || !duration.carrier) return false
  const facts = data.carriers.find((carrier) => carrier.id === duration.carrier)?.cancellation?.effect_timing ?? []
  const days = dayRange(duration)
  return facts.some((fact) => fact.days !== undefined && !apart(days, {low: fact.days.min, high: fact.days.max}))
}
