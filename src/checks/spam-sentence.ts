/**
 * Sentences and lines of the source around a spam item, for fixes that remove the whole call to
 * action (`更多信息，欢迎加入我们的讨论群组[TG](https://t.me/x)，与大家一起交流经验！`) or a line left
 * with nothing but Markdown markers.
 */
import type {Span} from '../types.js'
import {lineSpan} from './spam-text.js'

/** Characters that end a sentence (a `.` only before a space or the end of the line). */
const TERMINATOR = /[。！？；!?;]/
/** Block markers at the start of a line: block quotes, list items, headings. */
const LINE_PREFIX = /^(?:[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+))*/
/** What may be left of a line that says nothing: spaces, emphasis, brackets, markers, punctuation. */
const MARKUP_ONLY = /^[\s>*_#+\-.)(\][【】「」『』〔〕（）<>《》~`，,。:：、；;!！?？]*$/

/** Sentences are looked for this far on each side of a spam item; a longer one is cut there. */
export const MAX_SENTENCE = 1000

/** The line holding `offset`: from its first character to its `\n` (excluded). */
export function lineAround(source: string, offset: number): Span {
  return lineSpan(source, offset)
}

/**
 * The sentence holding `span`, inside its line and after the line's block markers: from after the
 * previous terminator to its own terminator (included), never splitting one of `opaque` (links,
 * whose URLs hold `?` and `.`), never crossing a table cell's `|`, and at most
 * {@link MAX_SENTENCE} characters on either side of `span`.
 */
export function sentenceAround(source: string, span: Span, opaque: readonly Span[]): Span {
  const line = lineAround(source, span.start)
  const lineEnd = Math.min(lineAround(source, span.end).end, span.end + MAX_SENTENCE)
  const prefix = line.start + LINE_PREFIX.exec(source.slice(line.start, Math.min(line.end, line.start + 200)))![0].length
  const floor = Math.max(prefix, span.start - MAX_SENTENCE)
  const {byStart, byEnd} = index(opaque.filter((o) => o.end > line.start && o.start < lineEnd))
  let start = opaque.find((o) => o.start < span.start && o.end > span.start && o.start >= floor)?.start ?? span.start
  while (start > floor) {
    const inside = byEnd.get(start)
    if (inside && inside.start >= floor && inside.start < start) {
      start = inside.start
      continue
    }
    if (isTerminator(source, start - 1) || source[start - 1] === '|') break
    start--
  }
  while (start < span.start && /\s/.test(source[start]!)) start++
  let end = opaque.find((o) => o.start < span.end && o.end > span.end)?.end ?? span.end
  while (end < lineEnd) {
    const inside = byStart.get(end)
    if (inside && inside.end > end) {
      end = inside.end
      continue
    }
    if (source[end] === '|') break
    end++
    if (isTerminator(source, end - 1)) break
  }
  while (end < lineEnd && /[ \t]/.test(source[end]!)) end++
  return {start, end}
}

/** The outermost span starting, and ending, at each offset. */
function index(spans: readonly Span[]): {byStart: Map<number, Span>; byEnd: Map<number, Span>} {
  const byStart = new Map<number, Span>()
  const byEnd = new Map<number, Span>()
  for (const span of spans) {
    const started = byStart.get(span.start)
    if (!started || span.end > started.end) byStart.set(span.start, span)
    const ended = byEnd.get(span.end)
    if (!ended || span.start < ended.start) byEnd.set(span.end, span)
  }
  return {byStart, byEnd}
}

function isTerminator(source: string, at: number): boolean {
  const char = source[at] ?? ''
  if (TERMINATOR.test(char)) return true
  return char === '.' && /^\s?$/.test(source[at + 1] ?? '') && /[A-Za-z)\]]/.test(source[at - 1] ?? '')
}

/**
 * `removal` widened to its whole line (with its line break, or the one before it on a last line
 * without one) when what it leaves of the line says nothing (only spaces and Markdown markers).
 */
export function widenToLine(source: string, removal: Span): Span {
  const line = lineAround(source, removal.start)
  const lastLine = lineAround(source, Math.max(removal.start, removal.end - 1))
  if (lastLine.end - line.start > 4 * MAX_SENTENCE) return removal
  const before = source.slice(line.start, removal.start)
  const rest = before.slice(LINE_PREFIX.exec(before)![0].length) + source.slice(removal.end, lastLine.end)
  if (!MARKUP_ONLY.test(rest)) return atLineEnd(source, removal, lastLine.end)
  // The last line without a line break takes the break before it instead.
  if (lastLine.end === source.length) return {start: Math.max(0, line.start - 1), end: lastLine.end}
  return {start: line.start, end: lastLine.end + 1}
}

/** A removal that ends its line takes the spaces before it too (spaces after it, a hard break, stay). */
function atLineEnd(source: string, removal: Span, lineEnd: number): Span {
  if (!/^[ \t]*$/.test(source.slice(removal.end, lineEnd))) return removal
  let start = removal.start
  while (start > 0 && /[ \t]/.test(source[start - 1]!)) start--
  return {start, end: removal.end}
}

/** Whether `text` is only markup and punctuation (see {@link widenToLine}). */
export function isMarkupOnly(text: string): boolean {
  return MARKUP_ONLY.test(text)
}
