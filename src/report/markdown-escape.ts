/**
 * Escaping hostile article text for the Markdown reports: whatever the text holds, it renders as
 * the same characters in one table cell, never as a link, image, HTML, heading, mention or math.
 */
import {inertText} from './inert-text.js'

/** Runs of line breaks (and the tabs and spaces around them) that would end a table row or a paragraph. */
const LINE_BREAK = /[ \t]*(?:(?:\r\n|[\r\n\u2028\u2029])[ \t]*)+/g

/**
 * What escapeMarkdown rewrites: `www.` and `://` (autolink literals), `@` (mentions, e-mail
 * autolinks), ASCII punctuation with a Markdown meaning, and HTML's `<` `>` `&`.
 */
const SPECIAL = /www(?=\.)|:(?=\/\/)|@|[\\`*_[\]()#!~|$]|[<>&]/giu

const ENTITY: Readonly<Record<string, string>> = {'<': '&lt;', '>': '&gt;', '&': '&amp;'}

/**
 * Autolink literals, e-mail autolinks and mentions are found in the text after escapes are
 * resolved (by GitHub and by mdast-util-gfm-autolink-literal), so a backslash cannot stop them; a
 * zero-width joiner left in the text does.
 */
const ZWJ = '\u200d'

function collapse(text: string): string {
  return inertText(text.replace(LINE_BREAK, ' ').replaceAll('\t', ' '))
}

function escapeOne(match: string): string {
  if (match.length === 3 || match === ':' || match === '@') return match + ZWJ
  return ENTITY[match] ?? `\\${match}`
}

/**
 * Returns `text` escaped for a Markdown table cell or a line of prose: line breaks collapsed to a
 * space; controls made visible; Markdown punctuation backslash-escaped; `<` `>` `&` as entities; a
 * zero-width joiner after `@`, after the `:` of `://` and after `www` (no mentions, no autolinks);
 * a leading list marker or setext underline escaped, so the result may also start a line.
 */
export function escapeMarkdown(text: string): string {
  return collapse(text)
    .replace(SPECIAL, escapeOne)
    .replace(/^([+\-=])/, '\\$1')
    .replace(/^(\d{1,9})\.(?=\s|$)/, '$1\\.')
}

/** Options of {@link quoteCode}. */
export interface QuoteCodeOptions {
  /** The code span goes in a GFM table cell, where `|` must be escaped even inside code. */
  inTable?: boolean
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length))
}

/**
 * Returns `text` as an inline code span, shown exactly as written: the fence is one backtick
 * longer than any run of backticks inside, and padded with a space when the text starts or ends
 * with a backtick or a space. Line breaks become spaces and controls visible escapes. In a table
 * `|` is escaped; a backslash right before a `|` cannot be written in a code span there, so such
 * text falls back to {@link escapeMarkdown}.
 */
export function quoteCode(text: string, options: QuoteCodeOptions = {}): string {
  let content = collapse(text)
  if (options.inTable === true) {
    if (content.includes('\\|')) return escapeMarkdown(text)
    content = content.replaceAll('|', '\\|')
  }
  if (content === '') return '` `'
  const fence = '`'.repeat(longestBacktickRun(content) + 1)
  const edge = /^[ `]|[ `]$/.test(content) ? ' ' : ''
  return `${fence}${edge}${content}${edge}${fence}`
}
