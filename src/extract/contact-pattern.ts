/**
 * The contact-handle matcher: a messenger label from the lexicon (`TG`, `飞机`, `微信`, `QQ`,
 * `LINE`...), then a few separators (spaces, colons, `+`, emoji, brackets, dashes), then a handle:
 * `@handle`, or after a colon a bare WeChat or QQ id (`微信：abc123`, `QQ：12345678`).
 *
 * Text is matched after folding full-width ASCII (`＠`, `：`, `ＱＱ`, `１２３`) to ASCII, which keeps
 * every index in place.
 */
import type {SpamFile} from '../rule-data.js'
import type {ContactPlatform} from '../types.js'
import {escapeRegExp} from './carriers.js'

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

/** Words between a label and its separators that name the id (`微信号`, `QQ群`, `LINE ID`). */
const SUFFIX = String.raw`(?: ?(?:ID|Id|id)|号码|號碼|账号|帐号|帳號|号|號|群号|群號|群)?`
const SEPARATOR = String.raw`[\s:+\-—–_|/()[\]【】「」『』〔〕<>《》〈〉=~·・•]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D`
/** At most this many separator code points between label and handle. */
const MAX_SEPARATORS = 6
const AT_HANDLE = /^@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,30}[A-Za-z0-9_])?)(?![A-Za-z0-9_@]|[.-][A-Za-z0-9])/
const BARE_ID = /^([A-Za-z0-9_-]{5,20})(?![A-Za-z0-9_@]|[.-][A-Za-z0-9])/
const LATIN = /[A-Za-z0-9]/
const AFTER_LABEL = new RegExp(`${SUFFIX}((?:${SEPARATOR}){0,${MAX_SEPARATORS}})`, 'uy')

const matchers = new WeakMap<object, ContactMatcher>()

/** Returns the (cached) contact matcher for the labels of the rule data. */
export function contactMatcher(labels: SpamFile['contact_labels']): ContactMatcher {
  const cached = matchers.get(labels)
  if (cached) return cached
  const byLower = new Map<string, ContactPlatform>()
  for (const [platform, words] of Object.entries(labels) as [ContactPlatform, string[]][]) {
    for (const word of words) if (!byLower.has(fold(word).toLowerCase())) byLower.set(fold(word).toLowerCase(), platform)
  }
  const alternatives = [...byLower.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(alternatives.join('|') || '(?!)', 'giu')
  const matcher: ContactMatcher = {
    find(text) {
      const folded = fold(text)
      const found: ContactMatch[] = []
      for (const match of folded.matchAll(pattern)) {
        if (!onWordBoundary(folded, match.index, match.index + match[0].length)) continue
        const contact = handleAfter(folded, match.index, match.index + match[0].length, byLower.get(match[0].toLowerCase())!)
        if (contact) found.push(contact)
      }
      return found
    }
  }
  matchers.set(labels, matcher)
  return matcher
}

/** The handle after a label ending at `labelEnd`, if the label announces one. */
function handleAfter(text: string, start: number, labelEnd: number, platform: ContactPlatform): ContactMatch | undefined {
  AFTER_LABEL.lastIndex = labelEnd
  const after = AFTER_LABEL.exec(text)
  if (!after) return undefined
  const handleStart = labelEnd + after[0].length
  const rest = text.slice(handleStart, handleStart + 40)
  const at = AT_HANDLE.exec(rest)
  if (at) return {start, end: handleStart + at[0].length, handleStart, platform, handle: at[1]!}
  const colon = after[1]!.includes(':')
  const named = /(?:ID|Id|id|号|號)$/.test(text.slice(labelEnd, labelEnd + after[0].length - after[1]!.length))
  const bare = colon ? BARE_ID.exec(rest) : null
  if (!bare || !validBareId(bare[1]!, platform, named)) return undefined
  return {start, end: handleStart + bare[0].length, handleStart, platform, handle: bare[1]!}
}

/**
 * Whether a bare id after a colon is one: QQ numbers are 5-12 digits; WeChat ids (and ids after
 * an explicit `ID`/`号` on other platforms) need a digit, `_` or `-`, so words are not ids.
 */
function validBareId(id: string, platform: ContactPlatform, named: boolean): boolean {
  if (platform === 'qq') return /^[1-9]\d{4,11}$/.test(id)
  if (platform !== 'wechat' && !named) return false
  return /[0-9_-]/.test(id) && /^[A-Za-z0-9]/.test(id)
}

/** A Latin label must not continue a Latin word (`online`, `linea`); CJK needs no boundary. */
function onWordBoundary(text: string, start: number, end: number): boolean {
  if (LATIN.test(text[start]!) && start > 0 && LATIN.test(text[start - 1]!)) return false
  if (LATIN.test(text[end - 1]!) && end < text.length && /[A-Za-z]/.test(text[end]!)) return false
  return true
}

/** Folds full-width ASCII (U+FF01-U+FF5E) and the ideographic space to ASCII, keeping indices. */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}
