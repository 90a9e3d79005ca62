/**
 * Fixes of the spam rules, as text-range edits on the original source:
 *
 * - the whole sentence goes when it exists only to push the spam (see {@link sentenceRemoval}:
 *   `更多信息，欢迎加入我们的讨论群组[TG](https://t.me/x)，与大家一起交流经验！`, `Price list: https://bit.ly/x`);
 * - otherwise the spam item goes, with the brackets around it when they hold nothing but spam
 *   (`[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](...)]`, `『TG客服：fastsim_bot』`);
 * - the whole line goes when nothing but Markdown markers would be left of it.
 *
 * Every item of a sentence that goes gets the same edit, so applying them once is enough, and a
 * second run finds nothing left to fix.
 */
import type {Fix, Span} from '../types.js'
import {sentenceRemoval, type SentenceContext} from './spam-fix-sentence.js'
import {sentenceAround, widenToLine} from './spam-sentence.js'

/** What a removal needs to know about the article. */
export type FixContext = SentenceContext

const BRACKETS: Record<string, string> = {'[': ']', '【': '】', '「': '」', '『': '』', '〔': '〕', '（': '）', '(': ')', '《': '》', '<': '>'}
/** Spaces and separators that may stand between spam items inside a wrapper (`〔——电报搜索@kaika99——〕`). */
const BETWEEN = /[ \t—–\-_~·•|/]/

/** The fix that removes the spam item at `span` (see the module comment). */
export function removalFix(context: FixContext, span: Span): Fix {
  const {source} = context
  const sentence = sentenceRemoval(context, sentenceAround(source, span, context.opaque))
  return {span: widenToLine(source, sentence ?? wrapped(context, span)), text: ''}
}

/** `span` with the brackets around it when everything between them is spam or separators. */
function wrapped(context: FixContext, span: Span): Span {
  const {source, spam} = context
  const from = skip(source, span.start, spam, -1)
  const to = skip(source, span.end, spam, 1)
  const open = source[from - 1] ?? ''
  const close = BRACKETS[open]
  if (!close) return span
  // `【微信】esim2024`: the label's own brackets open before the item and close inside it.
  if (source[to] !== close) return source.slice(span.start, span.end).includes(close) && open !== '[' ? {start: from - 1, end: span.end} : span
  // Brackets of link text (`[...](url)`, `[...][ref]`) and image alt text (`![...]`) are no wrappers.
  if (open === '[' && (source[from - 2] === '!' || /[([:]/.test(source[to + 1] ?? ''))) return span
  return {start: from - 1, end: to + 1}
}

/** From `at`, the offset past spaces, separators and spam items, going `direction` on the line. */
function skip(source: string, at: number, spam: readonly Span[], direction: 1 | -1): number {
  let offset = at
  for (;;) {
    if (direction === -1) {
      while (offset > 0 && BETWEEN.test(source[offset - 1]!)) offset--
      const item = spam.find((s) => s.end === offset && s.start < offset)
      if (!item) return offset
      offset = item.start
    } else {
      while (offset < source.length && BETWEEN.test(source[offset]!)) offset++
      const item = spam.find((s) => s.start === offset && s.end > offset)
      if (!item) return offset
      offset = item.end
    }
  }
}
