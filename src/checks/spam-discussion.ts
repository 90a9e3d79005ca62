/**
 * Spam quoted by an article that warns about spam is not spam: a handle or link in a block quote,
 * or between quotation marks, of a paragraph that names scams (`discussion_markers`: `骗子`,
 * `scam`, `なりすまし`) and pushes nothing (no call to action).
 */
import type {RuleData} from '../rule-data.js'
import type {Span, TextContext} from '../types.js'
import {lineSpan, paragraphContains} from './spam-text.js'

const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['«', '»'],
  ['"', '"']
]

/** Whether the item at `span` is quoted by a passage warning about spam. */
export function quotedAsWarning(source: string, span: Span, context: TextContext, data: RuleData): boolean {
  const markers = data.spam.discussion_markers ?? []
  if (!paragraphContains(source, span, markers) || paragraphContains(source, span, data.spam.calls_to_action)) return false
  return Boolean(context.inBlockquote) || betweenQuotes(source, span)
}

/** Whether `span` sits between a pair of quotation marks on its line (within 500 characters). */
export function betweenQuotes(source: string, span: Span): boolean {
  const before = source.slice(Math.max(lineSpan(source, span.start).start, span.start - 500), span.start)
  const after = source.slice(span.end, Math.min(lineSpan(source, span.end).end, span.end + 500))
  return PAIRS.some(([open, close]) => {
    if (open === close) return count(before, open) % 2 === 1 && after.includes(close)
    return before.lastIndexOf(open) > before.lastIndexOf(close) && after.includes(close)
  })
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
