/**
 * Paths as CI formats write them: relative to the run's working directory with `/` separators,
 * and as RFC 3986 URI references (each segment percent-encoded) for SARIF and Markdown links.
 */
import path from 'node:path'
import type {VFile} from 'vfile'

/**
 * Returns `filePath` relative to `cwd`, with `/` separators and no `./` (an absolute path is made
 * relative; a relative one is kept as the run named it). Returns `<text>` for an empty path.
 */
export function relativeTo(cwd: string, filePath: string): string {
  if (!filePath) return '<text>'
  const relative = path.isAbsolute(filePath) ? path.relative(cwd, filePath) : filePath
  return path.posix.normalize(relative.split(path.sep).join('/'))
}

/** Returns the path of `file` relative to its working directory (see {@link relativeTo}). */
export function relativePath(file: VFile): string {
  return relativeTo(file.cwd, file.path)
}

function encodeSegment(segment: string): string {
  const wellFormed = segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * Returns a `/`-separated relative path as a URI reference: every segment percent-encoded (only
 * RFC 3986 unreserved characters stay), so spaces, CJK, `#`, `?`, `%` and parentheses are safe in
 * a SARIF `uri` and in a Markdown link destination.
 */
export function uriReference(relativePath: string): string {
  return relativePath.split('/').map(encodeSegment).join('/')
}

/** Returns the `file:` URI of a directory, ending with `/` (SARIF's `originalUriBaseIds`). */
export function directoryUri(directory: string): string {
  const posix = directory.split(path.sep).join('/')
  const rooted = posix.startsWith('/') ? posix : `/${posix}`
  const encoded = rooted
    .split('/')
    .map((segment, index) => (index === 1 && /^[A-Za-z]:$/.test(segment) ? segment : encodeSegment(segment)))
    .join('/')
  return `file://${encoded}${rooted.endsWith('/') ? '' : '/'}`
}

/** Returns `url` as an absolute URI (non-ASCII and spaces percent-encoded), or undefined when it has no scheme. */
export function absoluteUri(url: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url)) return undefined
  try {
    const encoded = encodeURI(url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')).replace(/%25([0-9A-Fa-f]{2})/g, '%$1')
    return /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+$/.test(encoded) ? encoded : undefined
  } catch {
    return undefined
  }
}
