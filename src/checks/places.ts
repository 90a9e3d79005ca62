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

/** Joins place names into prose: `a`, `a and b`, `a, b and c`. */
export function joinPlaces(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
