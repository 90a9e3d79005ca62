/**
 * Naming places of other articles in messages (`content/a.md:69`).
 */
import type {Span} from '../types.js'
import type {ArticleRecord, RelatedClaim} from './rule.js'

/** The 1-based line of an offset, from an article's line starts. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low + 1
}

/** `path:line` of a span of an article. */
export function placeName(article: Pick<ArticleRecord, 'path' | 'lineStarts'>, span: Span): string {
  return `${article.path}:${lineOf(article.lineStarts, span.start)}`
}

/** A related claim for a report. */
export function related(article: Pick<ArticleRecord, 'path'>, claim: {span: Span; text: string}): RelatedClaim {
  return {path: article.path, span: claim.span, text: claim.text}
}

/**
 * The most other places one message names: a claim repeated across a big corpus would otherwise
 * make messages (and the run's memory) grow with the square of the corpus. The rest are counted.
 */
export const MAX_PLACES = 10

/** Joins place names into prose: `a`, `a and b`, `a, b and c`; `a, b and 7 more` when `total` exceeds the names given. */
export function joinPlaces(names: readonly string[], total = names.length): string {
  if (total > names.length) return `${names.join(', ')} and ${total - names.length} more`
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
