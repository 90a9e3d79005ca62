/**
 * Folding of the characters people write numbers with to ASCII, one character for one, so that
 * indices into the folded text are indices into the original: full-width digits, plus signs,
 * parentheses, slashes and spaces, every kind of dash (`０１２０－８００－０００`, `0120‐800‐000`),
 * and the middle dots Japanese text separates digit groups with (`0120・800・000`), which fold
 * to `/` because they also separate whole numbers (`151・157`).
 */

/** Full-width forms of the ASCII characters numbers are written with: `# ( ) * + - . /` and digits. */
const FULL_WIDTH = '＃（）＊＋－．／０１２３４５６７８９'
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D\u30FC\uFE58\uFE63'
const MIDDLE_DOTS = '\u30FB\uFF65\u00B7'
const IDEOGRAPHIC_SPACE = '\u3000'

/** Each character that folds, and its ASCII character. */
const FOLDS: ReadonlyMap<string, string> = new Map([
  ...[...FULL_WIDTH].map((char): [string, string] => [char, String.fromCharCode(char.charCodeAt(0) - 0xfee0)]),
  ...[...DASHES].map((char): [string, string] => [char, '-']),
  ...[...MIDDLE_DOTS].map((char): [string, string] => [char, '/']),
  [IDEOGRAPHIC_SPACE, ' ']
])
/** Any character that folds: one pass over the text, and none over most of it. */
const FOLDABLE = new RegExp(`[${[...FOLDS.keys()].join('')}]`, 'g')

/** Returns `text` with number characters folded to ASCII; the length is unchanged. */
export function foldNumberText(text: string): string {
  return text.replace(FOLDABLE, (char) => FOLDS.get(char)!)
}
