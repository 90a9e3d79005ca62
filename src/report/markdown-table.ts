/** GFM tables and links for the Markdown reports; cells must already be escaped. */

/** A column of a table: its header (already escaped) and alignment. */
export interface Column {
  header: string
  align?: 'left' | 'right'
}

/** Returns a GFM table of `rows` (cells already escaped; an empty cell is written as a space). */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`
  const rule = columns.map((column) => (column.align === 'right' ? '---:' : '---'))
  return [line(columns.map((column) => column.header)), line(rule), ...rows.map(line)].join('\n')
}

/** Characters a link destination keeps as they are; everything else is percent-encoded. */
const URL_SAFE = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/

function encodeUnsafe(char: string): string {
  if (URL_SAFE.test(char)) return char
  if (char === '(' || char === ')') return char === '(' ? '%28' : '%29'
  return /[\uD800-\uDFFF]/.test(char) && char.length === 1 ? '%EF%BF%BD' : encodeURIComponent(char)
}

/**
 * Returns a Markdown link to `url` with `label` (already escaped), or the label alone when the
 * URL is missing or not http(s). Every character outside the URL-safe set (spaces, brackets,
 * parentheses, controls, non-ASCII) is percent-encoded, so the destination cannot end early.
 */
export function markdownLink(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return label
  return `[${label}](${Array.from(url, encodeUnsafe).join('')})`
}
