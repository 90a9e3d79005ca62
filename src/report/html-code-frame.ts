/**
 * Code frames: the source lines a finding sits on, numbered, with the claim highlighted in a
 * `<mark>`; long lines are clipped around the claim so the frame stays readable.
 */
import type {Span} from '../types.js'
import {html, type SafeHtml} from './html-escape.js'

/** Characters kept on each side of the claim on its line. */
const CONTEXT = 90
/** Characters of a claim kept at each end when the claim itself is longer than twice this. */
const CLAIM = 160
/** Lines a frame shows at most. */
const MAX_LINES = 4

function clipStart(text: string, keep: number): string {
  const chars = Array.from(text)
  return chars.length > keep ? `…${chars.slice(-keep).join('')}` : text
}

function clipEnd(text: string, keep: number): string {
  const chars = Array.from(text)
  return chars.length > keep ? `${chars.slice(0, keep).join('')}…` : text
}

/** Returns `text` with its middle replaced by ` … ` when it has more than `2 × keep` characters (whole code points kept). */
export function clipMiddle(text: string, keep: number): string {
  const chars = Array.from(text)
  return chars.length > 2 * keep ? `${chars.slice(0, keep).join('')} … ${chars.slice(-keep).join('')}` : text
}

interface Line {
  number: number
  start: number
  end: number
}

function linesOf(source: string, span: Span): Line[] {
  const first = source.lastIndexOf('\n', span.start - 1) + 1
  const lines: Line[] = []
  let number = 1
  for (let at = source.indexOf('\n'); at !== -1 && at < first; at = source.indexOf('\n', at + 1)) number++
  let start = first
  do {
    const newline = source.indexOf('\n', start)
    const end = newline === -1 ? source.length : newline
    lines.push({number, start, end: source[end - 1] === '\r' ? end - 1 : end})
    number++
    start = end + 1
  } while (start <= span.end - 1 && start <= source.length && lines.length < MAX_LINES)
  return lines
}

function frameLine(source: string, line: Line, span: Span): SafeHtml {
  const from = Math.min(Math.max(span.start, line.start), line.end)
  const to = Math.max(Math.min(span.end, line.end), from)
  const before = clipStart(source.slice(line.start, from), CONTEXT)
  const claim = clipMiddle(source.slice(from, to), CLAIM)
  const after = clipEnd(source.slice(to, line.end), CONTEXT)
  const marked = claim === '' ? (span.start === span.end && from === span.start ? html`<mark class="caret"> </mark>` : '') : html`<mark>${claim}</mark>`
  return html`<span class="frame-line"><span class="ln">${line.number}</span><code>${before}${marked}${after}</code></span>`
}

/**
 * Returns a code frame of `source` around `span`: each line the span touches (four at most) with
 * its number, the part inside the span in `<mark>`, the rest clipped to ninety characters a side.
 */
export function codeFrame(source: string, span: Span): SafeHtml {
  const lines = linesOf(source, span)
  return html`<pre class="frame">${lines.map((line) => frameLine(source, line, span))}</pre>`
}
