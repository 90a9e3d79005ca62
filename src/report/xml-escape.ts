/**
 * Escaping for the XML reports (JUnit, checkstyle): any text, however hostile, becomes character
 * data or an attribute value of well-formed XML 1.0 that reads back as the same characters.
 */

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference (controls other
 * than tab and line breaks, lone surrogates, U+FFFE and U+FFFF), plus DEL, C1 controls and bidi
 * overrides, which it can hold but which would move or reorder text in a viewer.
 */
const UNSAFE = /[^\t\n\r\x20-\x7e\xa0-\u061b\u061d-\u200d\u2010-\u2027\u202f-\u2065\u206a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

const ENTITY: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'}

const BREAK: Readonly<Record<string, string>> = {'\t': '&#9;', '\n': '&#10;', '\r': '&#13;'}

function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return `\\u${code.toString(16).padStart(4, '0')}`
}

/** Returns `text` as XML character data: unsafe characters as visible `\uXXXX`, `& < > " '` as entities (so `]]>` is harmless). */
export function xmlText(text: string): string {
  return text.replace(UNSAFE, visible).replace(/[&<>"']/g, (char) => ENTITY[char]!)
}

/** Returns `text` as an XML attribute value (for double quotes): as {@link xmlText}, with tab and line breaks as character references, so they survive attribute normalisation. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (char) => BREAK[char]!)
}
