/**
 * Folding of the characters people write numbers with to ASCII, one character for one, so that
 * indices into the folded text are indices into the original: full-width digits, plus signs,
 * parentheses, slashes and spaces, every kind of dash (`０１２０－８００－０００`, `0120‐800‐000`),
 * and the middle dots Japanese text separates digit groups with (`0120・800・000`), which fold
 * to `/` because they also separate whole numbers (`151・157`).
 */

const DASHES = /[\u2010-\u2015\u2212\uFF0D\u30FC\uFE58\uFE63]/g
const MIDDLE_DOTS = /[\u30FB\uFF65\u00B7]/g
const FULL_WIDTH = /[\uFF01-\uFF5E]/g

/** Returns `text` with number characters folded to ASCII; the length is unchanged. */
export function foldNumberText(text: string): string {
  return text
    .replace(FULL_WIDTH, (char) => {
      const folded = String.fromCharCode(char.charCodeAt(0) - 0xfee0)
      return /[\d+().\-*#/]/.test(folded) ? folded : char
    })
    .replace(DASHES, '-')
    .replace(MIDDLE_DOTS, '/')
    .replace(/\u3000/g, ' ')
}
