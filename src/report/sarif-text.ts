/** Plain text as SARIF message strings require it (SARIF 2.1.0 §3.11.5 and §3.11.6). */

/**
 * Returns `text` as a SARIF plain-text message string: `{` and `}` doubled (they start
 * placeholders) and `[` `]` escaped with a backslash (they start embedded links), so article text
 * can never turn into a link to a location.
 */
export function sarifText(text: string): string {
  return text.replace(/[{}[\]]/g, (char) => (char === '{' ? '{{' : char === '}' ? '}}' : `\\${char}`))
}

/** Returns an embedded link to the location with `id` of the same result, labelled with `label` (escaped). */
export function sarifLink(label: string, id: number): string {
  return `[${sarifText(label)}](${id})`
}
