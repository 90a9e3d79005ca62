/**
 * Escaping for the HTML report. Every value interpolated with {@link html} is escaped for text
 * and for quoted attributes alike, unless it is already {@link SafeHtml}; controls, bidi overrides
 * and line separators in article text become visible escapes, so nothing in it can become markup,
 * run, or reorder what the reader sees.
 */

/** Markup the report itself built: the only thing {@link html} inserts unescaped. */
export class SafeHtml {
  /** The markup. */
  readonly value: string
  constructor(value: string) {
    this.value = value
  }

  /** Returns the markup. */
  toString(): string {
    return this.value
  }
}

/** What {@link html} accepts in a `${}`: text (escaped), numbers, markup, lists, or nothing. */
export type HtmlValue = SafeHtml | string | number | readonly HtmlValue[] | undefined | null | false

/** C0 and C1 controls but tab and line feed, DEL, bidi marks, embeddings, overrides and isolates, line and paragraph separators. */
const UNSAFE = /(?![\t\n])[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

const ENTITIES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Returns `text` safe in HTML text and in a quoted attribute value: `& < > " '` as entities, and
 * every control (but tab and line feed), bidi and separator character as a visible `\uXXXX`.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return escapeHtml(value)
  return value.map(render).join('')
}

/**
 * Tagged template for markup: the literal parts are taken as written, every `${value}` is escaped
 * (see {@link escapeHtml}) unless it is {@link SafeHtml}; lists are joined, and `undefined`,
 * `null` and `false` render as nothing. Returns the markup as {@link SafeHtml}.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!
  })
  return new SafeHtml(out)
}

/** Returns `values` rendered and joined as one piece of markup. */
export function joinHtml(values: readonly HtmlValue[], separator = ''): SafeHtml {
  return new SafeHtml(values.map(render).join(separator))
}

/**
 * Returns `url` when it is one of the report's own links (rule docs, registry sources) with an
 * `http:`, `https:` or `file:` scheme, else undefined. Article URLs never go through here: they
 * are shown as text only.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    const parsed = new URL(url)
    return ['http:', 'https:', 'file:'].includes(parsed.protocol) ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** Returns a token usable in an `id` or a space-separated attribute list (`[^A-Za-z0-9_.:-]` as `_`). */
export function token(text: string): string {
  return text.replace(/[^\w.:-]/g, '_')
}
