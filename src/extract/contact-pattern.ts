/**
 * The contact-handle matcher: a messenger label from the lexicon (`TG`, `飞机`, `微信`, `QQ`,
 * `LINE`...), then separators (spaces, colons, `+`, emoji, brackets, dashes), filler words
 * (`TG客服：`, `电报搜索@`) and other labels (`Line/WhatsApp: @cardvip`), then a handle (see
 * {@link handleAt}): `@handle`, a phone number, or a bare id whose shape fits the platform.
 *
 * Text is matched after folding: invisible characters dropped, full-width ASCII (`＠`, `：`, `ＱＱ`,
 * `１２３`) and look-alike letters to ASCII. Indices are mapped back to the original text.
 */
import type {SpamFile} from '../rule-data.js'
import type {ContactPlatform} from '../types.js'
import {handleAt, type Announcement} from './contact-ids.js'
import {foldUrlText, originalIndex} from './link-fold.js'
import {escapeRegExp} from './literal-search.js'

/** A contact found in a text (indices into it). */
export interface ContactMatch {
  /** Start of the label. */
  start: number
  /** End of the handle. */
  end: number
  /** Start of the handle (at its `@` when it has one). */
  handleStart: number
  platform: ContactPlatform
  /** The handle in ASCII, without `@`. */
  handle: string
}

/** Finds contacts in text. */
export interface ContactMatcher {
  find(text: string): ContactMatch[]
}

/** The spam data the matcher reads. */
export type ContactLexicon = Pick<SpamFile, 'contact_labels' | 'weak_labels' | 'contact_fillers'>

const SEPARATOR = /(?:[\s:+\-—–_|/\\()[\]【】「」『』〔〕<>《》〈〉=~·・•、,→➡]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)/uy
/** Separators after which a bare id counts as announced. */
const ANNOUNCING = /[:=)\]】」』〕>》〉→➡]|\p{Extended_Pictographic}/u
const MAX_SEPARATORS = 8
const MAX_WORDS = 3
const LATIN = /[A-Za-z0-9]/
/** Filler words that name the id (`号`, `ID`, `用户名`): an id of letters only counts after them. */
const NAMING = /(?:id|号|號|名|码|碼)$/i

interface Lexicon {
  labels: Map<string, ContactPlatform>
  /** Labels by their first character, longest first, lower case. */
  labelsByInitial: Map<string, string[]>
  /**
   * Finds the next place where a label starts in text not yet passed through {@link fold}: in any
   * ASCII case, and in any form that folds to it (global: callers set `lastIndex`).
   */
  labelStarts: RegExp
  /** Length of the longest label. */
  longest: number
  weak: Set<string>
  /** Fillers and labels, longest first, lower case. */
  words: string[]
}

const matchers = new WeakMap<object, ContactMatcher>()

/** Returns the (cached) contact matcher for the spam data. */
export function contactMatcher(lexicon: ContactLexicon): ContactMatcher {
  const cached = matchers.get(lexicon)
  if (cached) return cached
  const lex = compile(lexicon)
  const matcher: ContactMatcher = {
    find(text) {
      const base = foldUrlText(text)
      // Folded (one character for one) when a label is first found: most texts have none.
      let folded: string | undefined
      const found: ContactMatch[] = []
      // Only where a label starts can a contact start: the label pattern skips to those places.
      const starts = lex.labelStarts
      starts.lastIndex = 0
      for (let label = starts.exec(base.text); label; label = starts.exec(base.text)) {
        const at = label.index
        folded ??= fold(base.text)
        const contact = contactAt(folded, at, lex)
        starts.lastIndex = contact ? contact.end : at + 1
        if (!contact) continue
        found.push({
          ...contact,
          start: originalIndex(base, contact.start),
          end: originalIndex(base, contact.end - 1) + 1,
          handleStart: originalIndex(base, contact.handleStart)
        })
      }
      return found
    }
  }
  matchers.set(lexicon, matcher)
  return matcher
}

function compile(lexicon: ContactLexicon): Lexicon {
  const labels = new Map<string, ContactPlatform>()
  for (const [platform, words] of Object.entries(lexicon.contact_labels) as [ContactPlatform, string[]][]) {
    for (const word of words) if (!labels.has(key(word))) labels.set(key(word), platform)
  }
  const weak = new Set((lexicon.weak_labels ?? []).map(key))
  const words = [...new Set([...(lexicon.contact_fillers ?? []).map(key), ...labels.keys()])].sort((a, b) => b.length - a.length)
  const labelsByInitial = new Map<string, string[]>()
  for (const label of [...labels.keys()].sort((a, b) => b.length - a.length)) {
    labelsByInitial.set(label[0]!, [...(labelsByInitial.get(label[0]!) ?? []), label])
  }
  const labelStarts = new RegExp([...labels.keys()].map(unfoldedPattern).join('|'), 'g')
  const longest = Math.max(0, ...[...labels.keys()].map((label) => label.length))
  return {labels, labelsByInitial, labelStarts, longest, weak, words}
}

/** The contact whose label starts at `at`, trying the longest label first (`加微` before `加`). */
function contactAt(text: string, at: number, lex: Lexicon): ContactMatch | undefined {
  const head = text.slice(at, at + lex.longest).replace(/[A-Z]/g, (c) => c.toLowerCase())
  for (const label of lex.labelsByInitial.get(head[0]!) ?? []) {
    if (!head.startsWith(label) || !onWordBoundary(text, at, at + label.length)) continue
    const contact = handleAfter(text, at, at + label.length, lex, {platform: lex.labels.get(label)!, weak: lex.weak.has(label)})
    if (contact) return contact
  }
  return undefined
}

/**
 * A pattern matching every text that {@link fold} and lower-casing A-Z turn into `label` (a key):
 * each ASCII character also full-width, letters in either case, a space also ideographic, `@`
 * also small.
 */
export function unfoldedPattern(label: string): string {
  return [...label]
    .map((char) => {
      const forms = /[a-z]/.test(char) ? [char, char.toUpperCase()] : [char]
      const unfolded = forms.flatMap((form) => [form, ...unfoldedForms(form)])
      return unfolded.length > 1 ? `[${unfolded.map((form) => `\\u${form.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]` : escapeRegExp(char)
    })
    .join('')
}

/** The characters other than `char` that {@link fold} turns into it. */
function unfoldedForms(char: string): string[] {
  const code = char.charCodeAt(0)
  const forms = char.length === 1 && code >= 0x21 && code <= 0x7e ? [String.fromCharCode(code + 0xfee0)] : []
  if (char === ' ') forms.push('\u3000')
  if (char === '@') forms.push('\uFE6B')
  return forms
}

function key(word: string): string {
  return fold(word).toLowerCase()
}

/** The handle after a label ending at `labelEnd`, past separators, fillers and other labels. */
function handleAfter(
  text: string,
  start: number,
  labelEnd: number,
  lex: Lexicon,
  label: {platform: ContactPlatform; weak: boolean}
): ContactMatch | undefined {
  const how: Announcement = {announced: false, named: false, weak: label.weak}
  let at = labelEnd
  let separators = 0
  let words = 0
  for (;;) {
    SEPARATOR.lastIndex = at
    const separator = SEPARATOR.exec(text)
    if (separator && separators < MAX_SEPARATORS) {
      if (ANNOUNCING.test(separator[0])) how.announced = true
      separators++
      at += separator[0].length
      continue
    }
    const word = words < MAX_WORDS ? wordAt(text, at, lex.words) : undefined
    if (!word) break
    if (NAMING.test(word)) how.named = true
    if (lex.labels.has(word)) how.weak = how.weak && lex.weak.has(word)
    words++
    at += word.length
  }
  const handle = handleAt(text.slice(at, at + 48), label.platform, how)
  if (!handle) return undefined
  return {start, end: at + handle.length, handleStart: at, platform: label.platform, handle: handle.handle}
}

/** The filler or label at `at`; a Latin one must not run into a following Latin word. */
function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  const head = text.slice(at, at + 12).toLowerCase()
  return words.find((word) => head.startsWith(word) && !(LATIN.test(word.at(-1)!) && /\w/.test(text[at + word.length] ?? '')))
}

/** A Latin label must not continue a Latin word (`online`, `linea`); CJK needs no boundary. */
function onWordBoundary(text: string, start: number, end: number): boolean {
  if (LATIN.test(text[start]!) && start > 0 && LATIN.test(text[start - 1]!)) return false
  if (LATIN.test(text[end - 1]!) && end < text.length && /[A-Za-z]/.test(text[end]!)) return false
  return true
}

/**
 * Folds full-width ASCII (U+FF01-U+FF5E), the small at-sign and the ideographic space to ASCII,
 * keeping indices.
 */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\uFE6B]/g, (c) => (c === '\u3000' ? ' ' : c === '\uFE6B' ? '@' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}
