/**
 * Links and images in raw HTML: `<a href="...">text</a>` and `<img src="..." alt="...">`.
 */

/** A URL of an HTML element (indices into the HTML string). */
export interface HtmlUrl {
  /** Start of the element's opening tag. */
  start: number
  /** End of the closing `</a>` when the string holds it, else end of the opening tag. */
  end: number
  /** Whether the closing `</a>` of a link was found in the string. */
  closed: boolean
  url: string
  /** Link text without tags, or an image's `alt`. */
  label: string
  image: boolean
}

const TAG = /<(a|img)\b([^>]*)>/gi
const CLOSE_A = /<\/a\s*>/i

/** Every `href` of an `<a>` and `src` of an `<img>` in `html`. */
export function findHtmlUrls(html: string): HtmlUrl[] {
  const found: HtmlUrl[] = []
  for (const match of html.matchAll(TAG)) {
    const image = match[1]!.toLowerCase() === 'img'
    const attributes = match[2]!
    const url = attribute(attributes, image ? 'src' : 'href')
    if (url === undefined) continue
    const start = match.index
    const tagEnd = start + match[0].length
    if (image) {
      found.push({start, end: tagEnd, closed: true, url, label: attribute(attributes, 'alt') ?? '', image})
      continue
    }
    const close = CLOSE_A.exec(html.slice(tagEnd))
    const end = close ? tagEnd + close.index + close[0].length : tagEnd
    const label = close ? htmlText(html.slice(tagEnd, tagEnd + close.index)) : ''
    found.push({start, end, closed: Boolean(close), url, label, image})
  }
  return found
}

/** The value of attribute `name` in an attribute list, with `&amp;` decoded. */
function attribute(attributes: string, name: string): string | undefined {
  const pattern = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i')
  const match = pattern.exec(attributes)
  if (!match) return undefined
  return (match[1] ?? match[2] ?? match[3] ?? '').trim().replace(/&amp;/g, '&')
}

/** Text of an HTML fragment: tags dropped, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
