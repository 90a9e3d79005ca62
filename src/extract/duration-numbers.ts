/**
 * Numbers of duration phrases: Arabic digits (half- and full-width, with decimals), Chinese
 * numerals (`十五`, `二十四`, `两`), colloquial pairs that mean a range (`两三天` -> 2..3), `半`
 * (half) and `一个半` (one and a half), and English and Italian number words.
 */

/** A parsed number: one value, or a range for colloquial pairs such as `两三`. */
export interface ParsedNumber {
  min: number
  max: number
}

const CJK_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  un: 1,
  "un'": 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  quindici: 15,
  venti: 20,
  trenta: 30,
  sessanta: 60,
  novanta: 90
}

/** English and Italian number words, longest first, for use in a pattern. */
export const NUMBER_WORDS: readonly string[] = Object.keys(WORDS).sort((a, b) => b.length - a.length)

/** Number words that mean "one" as an article (`a week`, `un giorno`): they need a lead word. */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'un', 'uno', 'una'])

/** Converts full-width digits and the full-width full stop to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** Value of a Chinese numeral (`十五` -> 15, `二十四` -> 24, `一百` -> 100, `二〇` -> 20). */
export function chineseValue(text: string): number {
  if (!/[十百]/.test(text)) return Number([...text].map((c) => CJK_DIGITS[c] ?? 0).join(''))
  let total = 0
  let current = 0
  for (const c of text) {
    if (c === '十' || c === '百') {
      total += (current || 1) * (c === '十' ? 10 : 100)
      current = 0
    } else {
      current = CJK_DIGITS[c] ?? 0
    }
  }
  return total + current
}

/** Parses a number as written in a duration phrase; undefined when it is not one. */
export function parseNumber(written: string): ParsedNumber | undefined {
  const text = toAsciiDigits(written.trim()).toLowerCase()
  if (text === '半') return {min: 0.5, max: 0.5}
  const half = /^(.+?)[个個]?半$/.exec(text)
  if (half) return shift(parseNumber(half[1]!), 0.5)
  if (/^\d+(\.\d+)?$/.test(text)) return single(Number(text))
  if (text in WORDS) return single(WORDS[text]!)
  if (/^[零〇一二两兩三四五六七八九十百]+$/.test(text)) return chinese(text)
  return undefined
}

/** A pair of ascending digits without 十/百 is a colloquial range (`两三` -> 2..3, `三五` -> 3..5). */
function chinese(text: string): ParsedNumber {
  const [a, b] = [...text].map((c) => CJK_DIGITS[c])
  if (text.length === 2 && a !== undefined && b !== undefined && a > 0 && b > a) return {min: a, max: b}
  return single(chineseValue(text))
}

function single(value: number): ParsedNumber {
  return {min: value, max: value}
}

function shift(parsed: ParsedNumber | undefined, by: number): ParsedNumber | undefined {
  return parsed && {min: parsed.min + by, max: parsed.max + by}
}
