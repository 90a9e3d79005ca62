/**
 * Durations: processing times stated in the text (`1-3个工作日`, `几个工作日`, `一周左右`,
 * `2営業日`, `within 48 hours`, `entro 30 giorni`), normalised to a range with a unit, with the
 * action they time and the carrier they are stated for.
 *
 * - `span` covers the number(s) and unit as written; markers around them are read but not
 *   included: `内`/`以内`/`within`/`entro` set `min` to 0 when one number is given (`3天内` ->
 *   0..3, `1-3个工作日内` -> 1..3), `约`/`左右`/`about`/`circa` set `approximate`.
 * - Alternatives are one range: `当天或次日` -> 0..1 days, `即日または翌営業日` -> 0..1 business days.
 * - Vague amounts (`几天`, `数个工作日`, `several days`) have `vague: true` and `min`/`max` 0;
 *   they are never compared.
 * - `即日` is 0..0 days, `翌日`/`次日`/`next day` 1..1 day, `翌営業日`/`next business day`
 *   1..1 business day.
 * - Not durations: clock times, dates (`5月13日`), prices (`日元`), phone numbers, ordinals
 *   (`第3天`), frequencies (`每3天`, `1日2回`), contract and plan lengths (`合约期24个月`,
 *   `30天套餐`), opening hours (`24小时客服`, `24時間365日`), open-ended bounds (`3天以上`,
 *   `at least 30 days`; no range to normalise them to), years (not a unit of a processing time),
 *   and anything inside inline code.
 */
import type {Attribution, DurationClaim} from '../types.js'
import {attributeCarrier} from './attribution.js'
import type {TextBlock, TextRange} from './blocks.js'
import {blockSpan, contextAt} from './blocks.js'
import type {ActionMatcher} from './duration-actions.js'
import {actionAt, actionMatcher} from './duration-actions.js'
import {isTrap, markersOf, serviceHourPairs} from './duration-context.js'
import type {DurationForm} from './duration-forms.js'
import {scanForms} from './duration-forms.js'
import {mergeAlternatives} from './duration-merge.js'
import type {ExtractInput} from './input.js'

/**
 * Where a duration's carrier may come from: its sentence, list item or table row (or column
 * header), or the one carrier of the frontmatter; never a heading or a lead-in line, which often
 * introduce general advice (`# docomo 解约指南` then `通常情况下，注销会在…`).
 */
const DURATION_LEVELS: readonly Attribution[] = ['sentence', 'list-item', 'table-row', 'table-column', 'article']

/** Extracts every duration claim of an article, in document order. */
export function extractDurations(input: ExtractInput): DurationClaim[] {
  const matcher = actionMatcher(input.data.actions)
  const claims: DurationClaim[] = []
  for (const block of input.blocks) {
    for (const form of durationForms(block)) claims.push(toClaim(input, block, form, matcher))
  }
  return claims
}

/** A duration form with its markers applied. */
type StatedForm = DurationForm & {approximate: boolean}

/** The duration forms of a block that are processing times, with their markers applied. */
function durationForms(block: TextBlock): StatedForm[] {
  const forms = scanForms(block.text)
  if (forms.length === 0) return []
  const paired = serviceHourPairs(block.text, forms)
  const stated = forms
    .filter((form, i) => !paired.has(i) && !overlapsCode(block.code, form) && !isTrap(block.text, form))
    .map((form) => applyMarkers(block.text, form))
  return mergeAlternatives(block.text, stated)
}

function overlapsCode(code: readonly TextRange[], form: DurationForm): boolean {
  return code.some((range) => range.start < form.end && form.start < range.end)
}

/** Applies "within" (lower bound 0 for one number) and "approximately". */
function applyMarkers(text: string, form: DurationForm): StatedForm {
  const markers = markersOf(text, form)
  const min = markers.within && !form.ranged && !form.vague ? 0 : form.min
  // Not `{...form, min, approximate}`: V8 is slow to add a field after a spread (microseconds).
  return Object.assign({}, form, {min, approximate: markers.approximate})
}

function toClaim(
  input: ExtractInput,
  block: TextBlock,
  form: StatedForm,
  matcher: ActionMatcher
): DurationClaim {
  const span = blockSpan(block, form.start, form.end)
  const action = actionAt(matcher, block, form)
  const {carrier, attribution} = attributeCarrier(input, block, form.start, {levels: DURATION_LEVELS})
  return {
    kind: 'duration',
    span,
    text: input.source.slice(span.start, span.end),
    context: contextAt(block, form.start),
    min: form.min,
    max: form.max,
    unit: form.unit,
    vague: form.vague,
    approximate: form.approximate,
    ...(action ? {action} : {}),
    ...(carrier ? {carrier} : {}),
    attribution
  }
}
