/**
 * How many terminal columns a string takes: East Asian wide and full-width characters and emoji
 * take two, combining marks and zero-width characters none. Enough to align CJK messages.
 */

/** Combining marks (variation selectors among them), zero-width space and non-joiner; the joiner is tested apart. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b\u200c]/u
const ZWJ = '\u200d'
const EMOJI = /\p{Emoji_Presentation}/u

/** Wide ranges: Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility, forms, full-width, planes 2-3. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd]
]

function isWide(code: number): boolean {
  return WIDE.some(([low, high]) => code >= low && code <= high)
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Returns the number of terminal columns `text` occupies. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    // Latin text and CJK ideographs first, without the tests below (no mark or emoji among them).
    if (code < 0x300) width += 1
    else if (code >= 0x4e00 && code <= 0x9fff) width += 2
    else if (char !== ZWJ && !ZERO_WIDTH.test(char)) width += isWide(code) || EMOJI.test(char) ? 2 : 1
  }
  return width
}
