/**
 * Alternatives joined into one duration: `当天或次日`, `即日または翌営業日`, `the same day or the next
 * business day`, `1 o 2 giorni` read as one range (0-1 days, 0-1 business days, 1-2 days), so
 * that an article giving both ends is never compared end against end.
 */
import type {DurationUnit} from '../types.js'
import type {DurationForm} from './duration-forms.js'

/** What may stand between two alternatives. */
const ALTERNATIVE = /^[ \t]*(?:或者?|或是|还是|還是|または|もしくは|あるいは|か|or(?: the)?|o|oppure|ovvero)[ \t]*(?:the[ \t]+)?$/i

/** The unit two forms share when merged: the same unit, or business days for days and business days. */
function sharedUnit(a: DurationUnit, b: DurationUnit): DurationUnit | undefined {
  if (a === b) return a
  const pair = new Set([a, b])
  return pair.has('day') && pair.has('business-day') ? 'business-day' : undefined
}

/** Merges forms joined by a word of alternative into one form covering both, in order. */
export function mergeAlternatives<T extends DurationForm>(text: string, forms: readonly T[]): T[] {
  const merged: T[] = []
  for (const form of forms) {
    const previous = merged[merged.length - 1]
    const unit = previous && sharedUnit(previous.unit, form.unit)
    if (previous && unit && !previous.vague && !form.vague && ALTERNATIVE.test(text.slice(previous.end, form.start))) {
      merged[merged.length - 1] = {
        ...previous,
        end: form.end,
        min: Math.min(previous.min, form.min),
        max: Math.max(previous.max, form.max),
        unit,
        ranged: true
      }
      continue
    }
    merged.push(form)
  }
  return merged
}
