/** UTF-8 byte counts of JavaScript (UTF-16) strings, for formats that count columns in bytes. */

const encoder = new TextEncoder()

/** Returns the number of UTF-8 bytes of `text` (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  return encoder.encode(text).length
}

/**
 * Returns the 1-based UTF-8 byte column of the 1-based UTF-16 column `column` in `lineText`:
 * one plus the bytes of the characters before it (a CJK character is 3 bytes, an emoji 4).
 * A column past the end of the line counts the missing characters as one byte each.
 */
export function utf8Column(lineText: string, column: number): number {
  const before = lineText.slice(0, Math.max(0, column - 1))
  return 1 + utf8Length(before) + Math.max(0, column - 1 - lineText.length)
}
