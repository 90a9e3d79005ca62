/**
 * Line starts of a text, for turning offsets into lines (the line index the corpus phase keeps
 * for each article instead of its text).
 */

/** Offsets at which each line of `text` starts (`\n`, `\r\n` and `\r` end lines). */
export function lineStartsOf(text: string): number[] {
  // Most texts end lines with `\n` alone: `indexOf` finds those about three times as fast as a loop.
  return text.includes('\r') ? lineStartsByCharacter(text) : lineStartsAtNewlines(text)
}

/** Line starts of a text without `\r`. */
function lineStartsAtNewlines(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

/** Line starts of any text, character by character. */
function lineStartsByCharacter(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}
