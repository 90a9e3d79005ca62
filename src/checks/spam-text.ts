/**
 * Source text around a finding, for checks that see claims but no tree: the paragraph (or block
 * quote paragraph) holding a span, and whether it contains one of a list of phrases.
 */
import {escapeRegExp} from '../extract/literal-search.js'
import {kept} from '../memo.js'
import type {Span} from '../types.js'
import {lineOf} from './places.js'

/** Lines that start a new block: headings, list items, table rows, thematic breaks. */
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||(?:[-*_]\s*){3,}$)/

/**
 * The source lines of the paragraph holding `span`: neighbouring lines that are not blank, do
 * not start a new block and sit at the same block-quote depth, with block quote markers kept.
 */
export function paragraphAround(source: string, span: Span): string {
  const lines = linesOf(source)
  const {first, last} = paragraphLines(source, span)
  return lines.slice(first, last + 1).join('\n')
}

/** The 0-based first and last source lines of the paragraph holding `span` (see {@link paragraphAround}). */
export function paragraphLines(source: string, span: Span): {first: number; last: number} {
  const lines = linesOf(source)
  let from = lineIndex(source, span.start)
  while (from > 0 && joins(lines[from - 1]!) && !startsBlock(lines[from]!) && sameQuote(lines[from - 1]!, lines[from]!)) from--
  let to = lineIndex(source, span.end)
  while (to < lines.length - 1 && joins(lines[to + 1]!) && !startsBlock(lines[to + 1]!) && sameQuote(lines[to]!, lines[to + 1]!)) to++
  return {first: from, last: to}
}

/**
 * Whether the paragraphs holding `a` and `b` are one paragraph or neighbours: nothing but blank
 * lines between them.
 */
export function neighbourParagraphs(source: string, a: Span, b: Span): boolean {
  const [x, y] = [paragraphLines(source, a), paragraphLines(source, b)].sort((p, q) => p.first - q.first) as [{first: number; last: number}, {first: number; last: number}]
  if (y.first <= x.last) return true
  // No line with text from the line after x to the line before y; counted, not scanned, as an
  // article asks for every pair of its images and spam claims.
  const textLines = textLinesBefore(source)
  return textLines[y.first] === textLines[x.last + 1]
}

/** A source's lines, where they start, and (once asked) how many lines with text come before each. */
interface SourceLines {
  source: string
  lines: string[]
  starts: number[]
  textLinesBefore?: Uint32Array
}

/** The lines of the last source asked about: checks ask often. */
let last: SourceLines | undefined

/** For each line index `i` of `source`, how many of the lines before it hold text (`i` = the line count: all of them). */
function textLinesBefore(source: string): Uint32Array {
  const split = splitLines(source)
  if (!split.textLinesBefore) {
    const counts = new Uint32Array(split.lines.length + 1)
    split.lines.forEach((line, i) => (counts[i + 1] = counts[i]! + (joins(line) ? 1 : 0)))
    split.textLinesBefore = counts
  }
  return split.textLinesBefore
}

/** The lines of `source` and where they start (the last source's are kept). */
function splitLines(source: string): SourceLines {
  if (last?.source !== source) {
    const lines = source.split('\n')
    const starts: number[] = []
    let at = 0
    for (const line of lines) {
      starts.push(at)
      at += line.length + 1
    }
    last = {source, lines, starts}
  }
  return last
}

function linesOf(source: string): string[] {
  return splitLines(source).lines
}

/** The line holding `offset`: from its first character to its `\n` (excluded). */
export function lineSpan(source: string, offset: number): Span {
  const {lines, starts} = splitLines(source)
  const index = lineIndex(source, offset)
  return {start: starts[index]!, end: starts[index]! + lines[index]!.length}
}

/** 0-based index of the line holding `offset`. */
function lineIndex(source: string, offset: number): number {
  return lineOf(splitLines(source).starts, offset) - 1
}

/** Whether two lines sit at the same block-quote depth (a quote never joins the text around it). */
function sameQuote(a: string, b: string): boolean {
  const depth = (line: string) => (/^(?:\s*>)*/.exec(line)![0].match(/>/g) ?? []).length
  return depth(a) === depth(b)
}

function content(line: string): string {
  return line.replace(/^(?:\s*>)*\s*/, '')
}

function joins(line: string): boolean {
  return content(line).trim() !== ''
}

function startsBlock(line: string): boolean {
  return BLOCK_START.test(content(line))
}

let remembered: {source: string; answers: WeakMap<readonly string[], Map<number, boolean>>} | undefined

/**
 * Whether the paragraph holding `span` contains one of `phrases` (see {@link containsPhrase}),
 * remembered per paragraph of the last source asked about: spam items share paragraphs.
 */
export function paragraphContains(source: string, span: Span, phrases: readonly string[]): boolean {
  if (remembered?.source !== source) remembered = {source, answers: new WeakMap()}
  const answers = kept(remembered.answers, phrases, () => new Map<number, boolean>())
  return kept(answers, paragraphLines(source, span).first, () => containsPhrase(paragraphAround(source, span), phrases))
}

/**
 * Whether `text` contains one of `phrases`, compared case-insensitively. A phrase that starts or
 * ends with a Latin letter must not continue a Latin word there (`DM me` is not in `admin meeting`).
 */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && phrasesPattern(phrases).test(text)
}

const compiled = new WeakMap<readonly string[], RegExp>()

/** One pattern of all the phrases of a list, compiled once per list. */
function phrasesPattern(phrases: readonly string[]): RegExp {
  return kept(compiled, phrases, () => new RegExp(phrases.map(phraseSource).join('|'), 'iu'))
}

function phraseSource(phrase: string): string {
  const before = /^[A-Za-z]/.test(phrase) ? '(?<![A-Za-z])' : ''
  const after = /[A-Za-z]$/.test(phrase) ? '(?![A-Za-z])' : ''
  return `${before}${escapeRegExp(phrase)}${after}`
}
