/**
 * The words around a phone-number candidate that make it something else: part of a longer token
 * (a URL, an id), a service code (`*123#`, `#31#`, `#7119`), a placeholder (`0120-XXX-XXX`), a
 * price, a quantity or a date, a number announced by a label (`口座番号`, `订单号`, `IMEI`, `〒`),
 * a key to press in a phone menu (`请按2`, `press 1`, `2を押す`), or an SMS short number.
 * Labels and cue words are rule data (`rules/phone-numbers.yaml`), matched as literals.
 */
import type {PhoneTextCues} from '../rule-data.js'
import type {TextRange} from './blocks.js'
import {phraseMatcher, type PhraseMatch} from './document-lexicon.js'
import type {PhoneCandidate} from './phone-candidates.js'

/** The cue words of a block, found once. */
export interface BlockCues {
  labels: PhraseMatch<true>[]
  keysBefore: PhraseMatch<true>[]
  keysAfter: PhraseMatch<true>[]
  sms: PhraseMatch<true>[]
}

type Matcher = (text: string) => PhraseMatch<true>[]

const matchers = new WeakMap<PhoneTextCues, Record<keyof PhoneTextCues, Matcher>>()

function compiled(cues: PhoneTextCues): Record<keyof PhoneTextCues, Matcher> {
  let found = matchers.get(cues)
  if (!found) {
    const of = (phrases: readonly string[]) => phraseMatcher(phrases.map((phrase) => ({phrase, value: true as const})))
    found = {
      not_phone_labels: of(cues.not_phone_labels),
      key_press_before: of(cues.key_press_before),
      key_press_after: of(cues.key_press_after),
      sms_cues: of(cues.sms_cues)
    }
    matchers.set(cues, found)
  }
  return found
}

/** Finds the cue words of a block's (folded) text. */
export function blockCues(cues: PhoneTextCues, text: string): BlockCues {
  const m = compiled(cues)
  return {labels: m.not_phone_labels(text), keysBefore: m.key_press_before(text), keysAfter: m.key_press_after(text), sms: m.sms_cues(text)}
}

/** Units right after a number that make it a quantity, a price or a time. */
const UNIT_AFTER =
  /^\s*(?:个|個|天|日|号|號|年|月|周|週|小时|小時|時間|分|秒|元|円|日元|yen|euro|€|%|％|GB|MB|G\b|人|次|件|位|步|条|條|張|张|枚|台|部|桁|位数|ヶ月|か月|カ月|giorni|ore|mesi|days?|hours?|months?|years?|minutes?|digits?|cifre)/i
/** Dates and year ranges written with separators (2025-05-13, 13/05/2025, 2023-2024). */
const DATES = [/^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}$/, /^\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}$/, /^(?:19|20)\d{2} ?[-/] ?(?:19|20)\d{2}$/]
/** Characters standing for digits in a placeholder (`+81-XX-XXXX-XXXX`, `0120-○○○-○○○`). */
const PLACEHOLDER = /[XxＸｘ×○◯〇●＊*□?？…]/
/** Characters that glue a number into a URL, an address or an identifier (`/` only after a letter: `example.com/0120…`). */
const TOKEN_GLUE = /[_@=&?%\\]/
/** A phone label glued to the number (`TEL0120-800-000`). */
const TEL_BEFORE = /(?:^|[^A-Za-z])(?:tel|fax)\.?$/i
/** What may stand between a key-press cue and its digit (`请按「2」`, `press "1"`). */
const KEY_GAP = /^[\s「」『』【】"'“”‘’()（）]*$/
/** What may stand between a multi-character label and its number: a few characters, no digit, no clause end. */
const LABEL_GAP = /^[^\d，,。；;！!？?\n]{0,6}$/
/** Words introducing an example, left out of the gap (`客户编号（例如 0012345678）`, `codice cliente (ad esempio …)`). */
const EXAMPLE_WORDS = /for example|for instance|e\.g\.|ad esempio|per esempio|ad es\.|例如|比如|例えば|例/gi
/** Words of calling: a label or SMS cue followed by one of these announces the call, not the number (`账号问题请拨打…`). */
const CALL_WORDS = /拨|撥|打|呼叫|call|dial|chiam|telefon|電話|电话|通話|かけ|TEL/i
const SMS_REACH = 12
const KEY_DIGITS = 4
const SMS_DIGITS = 6

/** Why a candidate is no phone number, or undefined when nothing around it says so. */
export function notAPhone(text: string, candidate: PhoneCandidate, digits: string, cues: BlockCues): string | undefined {
  const {start, end, written} = candidate
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  const plain = digits.replace('*', '')
  if (/\d/.test(before) || /\d/.test(after)) return 'part of a longer number'
  if (/[A-Za-z]/.test(before) && !TEL_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return 'part of a word'
  if (TOKEN_GLUE.test(before) || (before === '/' && /[A-Za-z/]/.test(text[start - 2] ?? '')) || (before === '.' && /[A-Za-z\d]/.test(text[start - 2] ?? '') && !TEL_BEFORE.test(text.slice(Math.max(0, start - 6), start - 1)))) {
    return 'part of a token'
  }
  if (before === '#' || after === '#') return 'a service code'
  if (isPlaceholder(text, start, end)) return 'a placeholder'
  if (DATES.some((date) => date.test(written))) return 'a date'
  if (UNIT_AFTER.test(text.slice(end, end + 8))) return 'a quantity'
  if (cues.labels.some((label) => labels(text, label, start))) return 'a labelled number'
  if (plain.length <= KEY_DIGITS && isKeyPress(text, candidate, cues)) return 'a key to press'
  if (plain.length <= SMS_DIGITS && !plain.startsWith('0') && cues.sms.some((cue) => announces(text, cue, start))) {
    return 'an SMS short number'
  }
  return undefined
}

/** Whether an SMS cue announces the number at `start`: close before it, same clause, no word of calling between. */
function announces(text: string, cue: TextRange, start: number): boolean {
  const gap = text.slice(cue.end, start)
  return cue.end <= start && gap.length <= SMS_REACH && !/[，,。；;\n]/.test(gap) && !CALL_WORDS.test(gap)
}

function isPlaceholder(text: string, start: number, end: number): boolean {
  const next = text[end] ?? ''
  const previous = text[start - 1] ?? ''
  if (PLACEHOLDER.test(next) || PLACEHOLDER.test(previous)) return true
  return (/[-. ]/.test(next) && PLACEHOLDER.test(text[end + 1] ?? '')) || (/[-. ]/.test(previous) && PLACEHOLDER.test(text[start - 2] ?? ''))
}

/** Whether a label announces the number at `start`: one-character labels must touch it, longer ones may be a few characters away. */
function labels(text: string, label: TextRange, start: number): boolean {
  if (label.end > start) return false
  const gap = text.slice(label.end, start)
  if (label.end - label.start === 1) return /^\s*$/.test(gap)
  return LABEL_GAP.test(gap.replace(EXAMPLE_WORDS, '')) && !CALL_WORDS.test(gap)
}

function isKeyPress(text: string, {start, end}: PhoneCandidate, cues: BlockCues): boolean {
  return (
    cues.keysBefore.some((cue) => cue.end <= start && KEY_GAP.test(text.slice(cue.end, start))) ||
    cues.keysAfter.some((cue) => cue.start >= end && KEY_GAP.test(text.slice(end, cue.start)))
  )
}
