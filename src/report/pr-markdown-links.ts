/** Links from the pull-request summary to the lines of articles: relative, or under a base URL such as a blob URL. */
import {uriReference} from './paths.js'

/** Characters a base URL keeps; everything else is percent-encoded so the link destination cannot end early. */
const URL_SAFE = /^[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]$/

function encodeBase(base: string): string {
  return Array.from(base, (char) => (URL_SAFE.test(char) ? char : encodeURIComponent(/^[\uD800-\uDFFF]$/.test(char) ? '\uFFFD' : char))).join('')
}

/**
 * Returns the destination of a link to `line` of the article at `path` (relative, `/`-separated):
 * the path percent-encoded, `#L<line>` when the line is known, under `linkBase` when it is an
 * http(s) URL (a `/` is added between them) and relative otherwise.
 */
export function lineHref(path: string, line: number | undefined, linkBase?: string): string {
  const base = linkBase && /^https?:\/\//i.test(linkBase) ? encodeBase(linkBase.replace(/\/?$/, '/')) : ''
  return `${base}${uriReference(path)}${line !== undefined && line >= 1 ? `#L${line}` : ''}`
}

/** Returns a Markdown link with `label` (already escaped) to `href` (already encoded). */
export function link(label: string, href: string): string {
  return `[${label}](${href})`
}
