/**
 * Text folded for finding URLs that hide behind look-alike characters: invisible characters are
 * dropped, full-width letters, digits, dots and slashes become ASCII, and Unicode dots, hyphens
 * and Cyrillic or Greek look-alike letters become ASCII where they sit inside a run of Latin
 * text (`t․mе/kaika99`, `ｔ．ｍｅ／ｋａｉｋａ９９`, `https：//bit.ly/x`). A map leads every folded
 * character back to its index in the original text.
 */
import {DOTS, HYPHENS, INVISIBLE, latinLookalike} from './link-host.js'

/** Folded text and, for each of its characters, the index of the original character. */
export interface FoldedText {
  text: string
  /**
   * `map[i]` is the original index of `text[i]`; `map[text.length]` is the original length.
   * Undefined when folding changed nothing, so every index is its own (see {@link originalIndex}).
   */
  map: number[] | undefined
}

/** The index in the original text of index `i` of the folded text. */
export function originalIndex(folded: FoldedText, i: number): number {
  return folded.map ? folded.map[i]! : i
}

const invisible = new RegExp(INVISIBLE.source)
const hyphen = new RegExp(HYPHENS.source)
const dot = new RegExp(DOTS.source)
const ASCII_ALNUM = /[A-Za-z0-9]/

/** Dots and hyphens that are folded only between two ASCII letters or digits. */
const BETWEEN = `${DOTS.source.slice(0, -1)}${HYPHENS.source.slice(1, -1)}]`

/**
 * What folding can change: invisible characters; Cyrillic, Greek and other look-alike letters;
 * full-width letters, digits and `．／＠＿～`; a Unicode dot or hyphen between ASCII letters or
 * digits; `：//`. Text without any of these folds to itself (the common case, checked first:
 * every text block is folded). A test checks this against the full fold for every BMP character.
 */
const MAY_CHANGE = new RegExp(
  `${INVISIBLE.source}|[\\u0370-\\u052F\\u0131\\u0237\\u0261\\u2113\\uA7AC\\uFF0E\\uFF0F\\uFF10-\\uFF19\\uFF20-\\uFF3A\\uFF3F\\uFF41-\\uFF5A\\uFF5E]|[A-Za-z0-9]${BETWEEN}[A-Za-z0-9]|\\uFF1A//`
)

/** Folds `text` for URL matching (see the module comment). */
export function foldUrlText(text: string): FoldedText {
  if (!MAY_CHANGE.test(text)) return {text, map: undefined}
  const chars: string[] = []
  const map: number[] = []
  const hasInvisible = invisible.test(text)
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (hasInvisible && invisible.test(char)) continue
    chars.push(foldWidth(char))
    map.push(i)
  }
  map.push(text.length)
  for (let k = 0; k < chars.length; k++) {
    const char = chars[k]!
    if (char === '\uFF1A' && chars[k + 1] === '/' && chars[k + 2] === '/') chars[k] = ':'
  }
  foldInLatinRuns(chars)
  return {text: chars.join(''), map}
}

/** Full-width letters, digits, `．`, `／`, `＿`, `＠`, `～` to ASCII; anything else unchanged. */
function foldWidth(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0xff00) return char
  const alnum = (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
  if (alnum || '．／＿＠～'.includes(char)) return String.fromCharCode(code - 0xfee0)
  return char
}

/**
 * Dots and hyphens between two ASCII letters or digits, and look-alike letters next to Latin
 * text, become ASCII: a run of such characters is folded only when it holds an ASCII letter, so
 * Russian or Greek words stay as they are.
 */
function foldInLatinRuns(chars: string[]): void {
  let k = 0
  while (k < chars.length) {
    if (!inRun(chars[k]!)) {
      k++
      continue
    }
    let end = k
    while (end < chars.length && inRun(chars[end]!)) end++
    if (chars.slice(k, end).some((c) => /[A-Za-z]/.test(c))) {
      for (let j = k; j < end; j++) {
        const c = chars[j]!
        const between = ASCII_ALNUM.test(foldLetter(chars[j - 1] ?? '')) && ASCII_ALNUM.test(foldLetter(chars[j + 1] ?? ''))
        if (dot.test(c)) chars[j] = between ? '.' : c
        else if (hyphen.test(c)) chars[j] = between ? '-' : c
        else chars[j] = foldLetter(c)
      }
    }
    k = end
  }
}

function foldLetter(char: string): string {
  return char ? latinLookalike(char) : char
}

function inRun(char: string): boolean {
  // CJK ideographs are never in a run (checked first: this runs on every character of a text).
  const code = char.charCodeAt(0)
  if (code >= 0x3400 && code <= 0x9fff) return false
  return ASCII_ALNUM.test(char) || char === '.' || char === '-' || dot.test(char) || hyphen.test(char) || latinLookalike(char) !== char
}
