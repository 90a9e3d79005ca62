/**
 * Fixes of the spam rules: remove the spam item, and with it a `[ ... ]` wrapper that holds
 * nothing else but spam (`[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](...)]`).
 */
import type {Fix, Span} from '../types.js'

const BLANK = /[ \t]/

/**
 * The fix that removes `span`: the enclosing brackets too when everything between them is spam
 * (one of `spam`) or spaces. Brackets that are link text (`[...](url)`, `[...][ref]`) or image alt
 * text (`![...]`) are not wrappers.
 */
export function removalFix(source: string, span: Span, spam: readonly Span[]): Fix {
  const open = skipBackward(source, span.start, spam) - 1
  const close = skipForward(source, span.end, spam)
  const isWrapper = source[open] === '[' && source[open - 1] !== '!' && source[close] === ']' && !/[([:]/.test(source[close + 1] ?? '')
  return {span: isWrapper ? {start: open, end: close + 1} : span, text: ''}
}

/** The offset before which there are only spaces and spam items, back from `from` on its line. */
function skipBackward(source: string, from: number, spam: readonly Span[]): number {
  let at = from
  for (;;) {
    while (at > 0 && BLANK.test(source[at - 1]!)) at--
    const item = spam.find((s) => s.end === at && s.start < at)
    if (!item) return at
    at = item.start
  }
}

/** The offset after which there are only spaces and spam items, forward from `from` on its line. */
function skipForward(source: string, from: number, spam: readonly Span[]): number {
  let at = from
  for (;;) {
    while (at < source.length && BLANK.test(source[at]!)) at++
    const item = spam.find((s) => s.start === at && s.end > at)
    if (!item) return at
    at = item.end
  }
}
