/**
 * Makes hostile text inert for terminals and editors: control characters (which include the ESC
 * that starts ANSI sequences), bidirectional overrides and line separators become visible escapes.
 */

/** C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, line and paragraph separators. */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

const NAMED: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/**
 * Returns `text` with every control, bidi and separator character replaced by a visible escape
 * (`\n`, `\t`, `\u001b`...), so that it prints on one line and cannot colour, move or reorder output.
 */
export function inertText(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
