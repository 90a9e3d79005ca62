/**
 * Line starts of a text, for turning offsets into lines (the line index the corpus phase keeps
 * for each article instead of its text).
 */

/** Offsets at which each line of `text` starts (`\n`, `\r\n` and `\r` end lines). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}
