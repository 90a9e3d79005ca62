/**
 * Source text around a finding, for checks that see claims but no tree: the paragraph (or block
 * quote paragraph) holding a span, and whether it contains one of a list of phrases.
 */
import {escapeRegExp} from '../extract/carriers.js'
import type {Span} from '../types.js'

/** Lines that start a new block: headings, list items, table rows, thematic breaks. */
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||(?:[-*_]\s*){3,}$)/

/**
 * The source lines of the paragraph holding `span`: neighbouring lines that are not blank and do
 * not start a new block, with block quote markers kept.
 */
export function paragraphAround(source: string, span: Span): string {
  const lines = source.split('\n')
  const first = source.slice(0, span.start).split('\n').length - 1
  const last = source.slice(0, span.end).split('\n').length - 1
  let from = first
  while (from > 0 && joins(lines[from - 1]!) && !startsBlock(lines[from]!)) from--
  let to = last
  while (to < lines.length - 1 && joins(lines[to + 1]!) && !startsBlock(lines[to + 1]!)) to++
  return lines.slice(from, to + 1).join('\n')
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

/**
 * Whether `text` contains one of `phrases`, compared case-insensitively. A phrase that starts or
 * ends with a Latin letter must not continue a Latin word there (`DM me` is not in `admin meeting`).
 */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => phrasePattern(phrase).test(text))
}

const compiled = new Map<string, RegExp>()

function phrasePattern(phrase: string): RegExp {
  let pattern = compiled.get(phrase)
  if (!pattern) {
    const before = /^[A-Za-z]/.test(phrase) ? '(?<![A-Za-z])' : ''
    const after = /[A-Za-z]$/.test(phrase) ? '(?![A-Za-z])' : ''
    pattern = new RegExp(`${before}${escapeRegExp(phrase)}${after}`, 'iu')
    compiled.set(phrase, pattern)
  }
  return pattern
}
