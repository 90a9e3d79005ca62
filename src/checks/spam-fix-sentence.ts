/**
 * When a spam fix takes the whole sentence: the sentence exists only to push the spam. That is
 * the case when it, or a sentence next to it on its line, holds a call to action; when a link of
 * its spam has anchor text and it links nothing else (`详见[这里](https://bit.ly/x)。`: without
 * the link the sentence points nowhere); and when what is left once the spam is gone says nothing: only labels and markers,
 * a lead-in ending in a colon or arrow (`Price list:`), a bracketed note (`（备用）`), or a
 * fragment of at most five words (`Contact our agent on`), outside headings. A sentence as long as
 * {@link MAX_SENTENCE} or longer (hostile text with no stops) never goes as a whole.
 */
import {escapeRegExp} from '../extract/literal-search.js'
import type {RuleData} from '../rule-data.js'
import type {Span} from '../types.js'
import {isMarkupOnly, lineAround, MAX_SENTENCE, sentenceAround} from './spam-sentence.js'
import {containsPhrase} from './spam-text.js'

/** What the sentence judgment needs to know about the article. */
export interface SentenceContext {
  source: string
  /** Spans of every spam item that a fix removes. */
  spam: readonly Span[]
  /** Spans of the spam links among them whose text is an anchor (no handle, no URL). */
  anchors: readonly Span[]
  /** Spans a sentence boundary never splits (every link of the article). */
  opaque: readonly Span[]
  data: RuleData
}

const MAX_FRAGMENT_WORDS = 5
/** What a sentence may end with after its last word: spaces, stops, emphasis. */
const TRAILING = new Set([...' \t\n.。!！?？,，、;；*_'])
const LEAD_IN = new Set([...':：→➡👉'])
const OPENING = '（(【「『〔'
const CLOSING = '）)】」』〕'
/** A word: a run of Latin letters or digits, or one CJK character. */
const WORD = /[A-Za-z0-9]+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/**
 * The span the fix removes when the sentence around `sentence` goes (with neighbouring
 * sentences of its line that are calls to action), or undefined when it stays.
 */
export function sentenceRemoval(context: SentenceContext, sentence: Span): Span | undefined {
  const {source, data} = context
  if (sentence.end - sentence.start >= MAX_SENTENCE) return undefined
  const calls = data.spam.calls_to_action
  const before = neighbour(context, sentence, -1)
  const after = neighbour(context, sentence, 1)
  const ctaBefore = before !== undefined && containsPhrase(source.slice(before.start, before.end), calls)
  const ctaAfter = after !== undefined && containsPhrase(source.slice(after.start, after.end), calls)
  const goes =
    ctaBefore ||
    ctaAfter ||
    containsPhrase(source.slice(sentence.start, sentence.end), calls) ||
    (inside(context.anchors, sentence).length > 0 && inside(context.opaque, sentence).every((link) => context.spam.some((s) => overlaps(s, link)))) ||
    saysNothing(context, sentence)
  if (!goes) return undefined
  return {start: ctaBefore ? before.start : sentence.start, end: ctaAfter ? after.end : sentence.end}
}

function inside(spans: readonly Span[], sentence: Span): Span[] {
  return spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end)
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** The sentence before (-1) or after (1) `sentence` on its line, if any. */
function neighbour(context: SentenceContext, sentence: Span, direction: 1 | -1): Span | undefined {
  const {source, opaque} = context
  const line = lineAround(source, sentence.start)
  if (direction === 1) {
    let at = sentence.end
    while (at < line.end && /\s/.test(source[at]!)) at++
    return at < line.end ? sentenceAround(source, {start: at, end: at + 1}, opaque) : undefined
  }
  let at = sentence.start
  while (at > line.start && /\s/.test(source[at - 1]!)) at--
  if (at <= line.start) return undefined
  const previous = sentenceAround(source, {start: at - 1, end: at - 1}, opaque)
  return previous.start < sentence.start ? previous : undefined
}

/** Whether what is left of `sentence` without its spam says nothing (see the module comment). */
function saysNothing(context: SentenceContext, sentence: Span): boolean {
  const {source, spam, data} = context
  let rest = ''
  let at = sentence.start
  for (const item of [...spam].filter((s) => s.start >= sentence.start && s.end <= sentence.end).sort((a, b) => a.start - b.start)) {
    if (item.start < at) continue
    rest += source.slice(at, item.start)
    at = item.end
  }
  rest += source.slice(at, sentence.end)
  const words = rest.replace(contactWords(data), '')
  if (isMarkupOnly(words) || isBracketed(words)) return true
  if (LEAD_IN.has([...trimEnd(rest)].at(-1) ?? '')) return true
  const heading = /^\s*#/.test(source.slice(lineAround(source, sentence.start).start, sentence.start))
  return !heading && (rest.match(WORD) ?? []).length <= MAX_FRAGMENT_WORDS
}

function trimEnd(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** Whether `text` is one bracketed note, with nothing but spaces and punctuation around it (`（备用）`). */
function isBracketed(text: string): boolean {
  const trimmed = text.trim()
  const units = trimmed.split('')
  const open = units.findIndex((c) => OPENING.includes(c))
  const close = units.findLastIndex((c) => CLOSING.includes(c))
  if (open === -1 || close < open) return false
  const around = trimmed.slice(0, open) + trimmed.slice(close + 1)
  return isMarkupOnly(around) && !units.slice(open + 1, close).some((c) => CLOSING.includes(c))
}

const wordPatterns = new WeakMap<object, RegExp>()

/** Labels and fillers: words that say nothing once the handle after them is gone. */
function contactWords(data: RuleData): RegExp {
  let pattern = wordPatterns.get(data.spam)
  if (!pattern) {
    const words = [...Object.values(data.spam.contact_labels).flat(), ...(data.spam.contact_fillers ?? [])]
    const alternatives = words.sort((a, b) => b.length - a.length).map((word) => (/^[A-Za-z]/.test(word) ? `(?<![A-Za-z])${escapeRegExp(word)}(?![A-Za-z])` : escapeRegExp(word)))
    pattern = new RegExp(alternatives.join('|') || '(?!)', 'giu')
    wordPatterns.set(data.spam, pattern)
  }
  return pattern
}
