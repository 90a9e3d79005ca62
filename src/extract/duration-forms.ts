/**
 * The written forms of a duration, found in block text before any judgement of context:
 * `1-3个工作日`, `一到三个工作日`, `7至10天`, `几个工作日`, `1～3日`, `2営業日`, `一週間`,
 * `1-3 business days`, `30 giorni`, `即日`, `当天`, `翌日`, `next business day`, `翌月末` (by the end of
 * the next month: 1-2 months), `当月末`, `fine mese`. Guards against clock
 * times, dates, contract terms and the like live in `duration-context.ts`.
 */
import type {DurationUnit} from '../types.js'
import {escapeRegExp} from './literal-search.js'
import type {ParsedNumber} from './duration-numbers.js'
import {NUMBER_WORDS, parseNumber} from './duration-numbers.js'

/** A duration phrase as written, with its parsed numbers. */
export interface DurationForm {
  /** Index of the first character of the phrase in the block text. */
  start: number
  /** Index just past the phrase. */
  end: number
  min: number
  max: number
  unit: DurationUnit
  vague: boolean
  /** Whether two numbers were written (`1-3`, `两三`), not one. */
  ranged: boolean
  /** How the (last) number was written. */
  numeral: 'arabic' | 'cjk' | 'word' | 'vague' | 'fixed'
  /** The unit as written (`个工作日`, `日`, `business days`). */
  unitText: string
  /** The unit written after the first number of a range (`1天到3天`), if any. */
  firstUnitText?: string
}

const DIGITS = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`
const CJK_NUM = String.raw`(?:[0-9０-９一二两兩三四五六七八九十]+[个個]半|${DIGITS}|[零〇一二两兩三四五六七八九十百]+|半)`
const CJK_VAGUE = String.raw`(?:十[几幾]|[几幾数數]十?|若干)`
const CJK_UNIT = [
  String.raw`[个個]?(?:工作日|工作天|营业日|營業日|営業日)`,
  String.raw`[个個]?自然日`,
  String.raw`日[間间]`,
  '天',
  '日',
  String.raw`[个個]?(?:小时|小時|钟头|鐘頭)`,
  '時間',
  String.raw`[个個]?星期`,
  '週間',
  '周间',
  String.raw`[个個]?[周週]`,
  String.raw`[个個ヶケヵカか箇]月`,
  '分钟',
  '分鐘',
  '分間',
  '分'
].join('|')
const CJK_SEP = String.raw`[ \t]*(?:[-－~～〜–—‐]|到|至|から|或)[ \t]*`
/**
 * What every CJK form ends with: the last character of its number, spaces, and the first
 * character of its unit (`3天`, `两个月`, `若干日`). Far cheaper than the full pattern, which tries
 * its numbers at every position, and it fails on most blocks that hold a number.
 */
const CJK_HINT = /[工营營営自日天小钟鐘時星週周月分](?<=[0-9０-９零〇一二两兩三四五六七八九十百半几幾数數干][ \t]*[个個ヶケヵカか箇]?.)/u
const CJK_PATTERN = new RegExp(
  String.raw`(?:(?<lo>${CJK_NUM})[ \t]*(?<loUnit>${CJK_UNIT})?${CJK_SEP})?(?<hi>${CJK_VAGUE}|${CJK_NUM})[ \t]*(?<unit>${CJK_UNIT})`,
  'gu'
)

const WORD_NUM = NUMBER_WORDS.map(escapeRegExp).join('|')
const LATIN_NUM = String.raw`(?:${DIGITS}|${WORD_NUM})`
const LATIN_VAGUE = String.raw`(?:a few|a couple of|several|few|alcuni|alcune|qualche|pochi|poche)`
const LATIN_UNIT = [
  String.raw`(?:business|working|work) days?`,
  String.raw`giorni (?:lavorativi|feriali|utili)`,
  String.raw`giorno (?:lavorativo|feriale|utile)`,
  'gg lavorativi',
  String.raw`days?`,
  'giorni',
  'giorno',
  'gg',
  String.raw`hours?`,
  String.raw`hrs?`,
  'ore',
  'ora',
  'h',
  String.raw`weeks?`,
  'settimane',
  'settimana',
  String.raw`months?`,
  'mesi',
  'mese',
  'minuti',
  'minuto',
  String.raw`minutes?`,
  String.raw`mins?`
].join('|')
const LATIN_SEP = String.raw`(?:[ \t]*[-－~～〜–—‐][ \t]*|[ \t]+(?:to|or|and|a|e|o)[ \t]+)`
const LATIN_GAP = String.raw`(?:[ \t]*-[ \t]*|[ \t]+|(?<=[0-9０-９']))`
const LETTER = String.raw`A-Za-z\u00C0-\u024F`
const LATIN_PATTERN = new RegExp(
  String.raw`(?<![${LETTER}0-9０-９'])(?:(?<lo>${LATIN_NUM})(?:${LATIN_GAP}(?<loUnit>${LATIN_UNIT}))?${LATIN_SEP})?(?<hi>${LATIN_VAGUE}|${LATIN_NUM})${LATIN_GAP}(?<unit>${LATIN_UNIT})(?![${LETTER}0-9])`,
  'giu'
)
/**
 * What every Latin form holds: a unit as a whole word, right after a digit or apostrophe (the end
 * of its number) or after a space or hyphen (the end of its gap). Most blocks have none, and this
 * test is far cheaper than the full pattern, whose leading look-behind runs at every position.
 */
const LATIN_HINT = new RegExp(String.raw`[0-9０-９' \t-](?:${LATIN_UNIT})(?![${LETTER}0-9])`, 'iu')

/**
 * Fixed phrases, first match wins: the same day, the next (business) day, and month ends counted
 * from the request: the end of this month is 0-1 months away, the end of the next month 1-2.
 */
const FIXED: readonly {pattern: RegExp; min: number; max: number; unit: DurationUnit}[] = [
  {pattern: /^(?:即日|当日|當日|当天|當天|same[- ]day|in giornata|stesso giorno)/i, min: 0, max: 0, unit: 'day'},
  {pattern: /翌々月末|再来月末/, min: 2, max: 3, unit: 'month'},
  {pattern: /^(?:翌月末|次月末|次月底|下月底|下个月底|下個月底|下个月末|下個月末)$|(?:next|following) month|mese successivo/i, min: 1, max: 2, unit: 'month'},
  {pattern: /月末|月底|the month|fine mese|fine del mese/i, min: 0, max: 1, unit: 'month'},
  {pattern: /営業日|营业日|營業日|business|working|lavorativo/i, min: 1, max: 1, unit: 'business-day'},
  {pattern: /./, min: 1, max: 1, unit: 'day'}
]
/**
 * What every fixed phrase holds (`即日`, `翌営業日`, `次の日`, `当天`, `月末`, `same day`, `next day`,
 * `the end of the month`, `giorno`, `mese`); a cheap test that fails on most blocks, before
 * {@link FIXED_WORDS}.
 */
const FIXED_HINT = /[即当當翌次の業业]日|[当當]天|月[末底]|same|next|month|giorn|mese/iu
/** The fixed phrases; alone, without the word boundaries, a cheap test before the full pattern. */
const FIXED_WORDS =
  /(?:即日|当日|當日|当天|當天|翌営業日|翌营业日|翌營業日|次の営業日|翌日|次日|次の日|翌々月末|再来月末|翌月末|次月末|次月底|下月底|下个月底|下個月底|下个月末|下個月末|当月末|當月底|当月底|本月底|本月末|same[- ]day|next (?:business|working) day|next day|the end of (?:the )?(?:next|following) month|the end of the month|in giornata|stesso giorno|giorno lavorativo successivo|giorno successivo|il giorno dopo|(?:la )?fine del mese successivo|(?:la )?fine (?:del )?mese)/iu
const FIXED_PATTERN = new RegExp(String.raw`(?<![A-Za-z])${FIXED_WORDS.source}(?![a-z])`, 'giu')

/** Every duration form in `text`, in order, without overlaps. */
export function scanForms(text: string): DurationForm[] {
  const forms: DurationForm[] = []
  if (CJK_HINT.test(text)) addForms(forms, CJK_PATTERN, text, numericForm)
  if (LATIN_HINT.test(text)) addForms(forms, LATIN_PATTERN, text, numericForm)
  if (FIXED_HINT.test(text) && FIXED_WORDS.test(text)) addForms(forms, FIXED_PATTERN, text, fixedForm)
  if (forms.length === 0) return forms
  forms.sort((a, b) => a.start - b.start || b.end - a.end)
  return forms.filter((form, i) => forms.findIndex((other) => other.start < form.end && form.start < other.end) === i)
}

/**
 * Adds the form of every match of a global pattern (none of which is empty) in `text` that makes
 * one. An `exec` loop, not `text.matchAll`: that copies the pattern, which costs microseconds for
 * these large patterns.
 */
function addForms(
  forms: DurationForm[],
  pattern: RegExp,
  text: string,
  formOf: (match: RegExpExecArray) => DurationForm | undefined
): void {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const form = formOf(match)
    if (form) forms.push(form)
  }
}

function numericForm(match: RegExpExecArray): DurationForm | undefined {
  const groups = match.groups!
  const hi = groups.hi!
  const unitText = groups.unit!
  const unit = unitOf(unitText)
  const firstUnitText = groups.loUnit
  if (firstUnitText && unitOf(firstUnitText) !== unit) return undefined
  const vague = isVague(hi)
  const upper = vague ? NO_AMOUNT : parseNumber(hi)
  const lower = vague || groups.lo === undefined ? upper : parseNumber(groups.lo)
  if (!upper || !lower) return undefined
  // One literal with every field: spreading an object and adding fields is slow in V8.
  return {
    start: match.index,
    end: match.index + match[0].length,
    min: lower.min,
    max: upper.max,
    unit,
    vague,
    ranged: !vague && (groups.lo !== undefined || upper.min !== upper.max),
    numeral: vague ? 'vague' : numeralOf(hi),
    unitText,
    firstUnitText
  }
}

/** The range of a vague amount (`几`, `several`), which is never compared. */
const NO_AMOUNT: ParsedNumber = {min: 0, max: 0}

function fixedForm(match: RegExpExecArray): DurationForm {
  const written = match[0]
  const fixed = FIXED.find((f) => f.pattern.test(written))!
  return {
    start: match.index,
    end: match.index + written.length,
    min: fixed.min,
    max: fixed.max,
    unit: fixed.unit,
    vague: false,
    ranged: false,
    numeral: 'fixed',
    unitText: written
  }
}

const UNITS: readonly [RegExp, DurationUnit][] = [
  [/工作|营业|營業|営業|business|working|work|lavorativ|feriali|utili/i, 'business-day'],
  [/月|month|mes/i, 'month'],
  [/小时|小時|钟头|鐘頭|時間|hour|hr|^h$|^or[ae]$/i, 'hour'],
  [/星期|週|周|week|settiman/i, 'week'],
  [/分|min/i, 'minute'],
  [/./, 'day']
]

/** The unit of a unit as written. */
export function unitOf(unitText: string): DurationUnit {
  return UNITS.find(([pattern]) => pattern.test(unitText))![1]
}

function isVague(number: string): boolean {
  return /[几幾数數]|若干|few|several|alcun|qualche|poch/i.test(number)
}

function numeralOf(number: string): DurationForm['numeral'] {
  if (/^[0-9０-９.．]+$/.test(number)) return 'arabic'
  return /^[\p{Script=Latin}']+$/u.test(number) ? 'word' : 'cjk'
}
