/**
 * The page shell of the HTML report: a self-contained document whose Content-Security-Policy
 * allows nothing but its own inline style and script, each by the SHA-256 hash of its text; no
 * request of any kind (no connect, frame, form, font, media or base), images only as `data:`,
 * and Trusted Types required, so no markup can be built from strings at run time.
 */
import {createHash} from 'node:crypto'
import {html, type SafeHtml} from './html-escape.js'

/** Returns the CSP source expression of an inline block: `'sha256-<base64 of its UTF-8 text>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** Returns the Content-Security-Policy of a page whose only style is `style` and only script is `script`. */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256Source(script)}`,
    `style-src ${sha256Source(style)}`,
    'img-src data:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'"
  ].join('; ')
}

/** What {@link page} assembles. */
export interface PageParts {
  title: string
  /** The content of `<body>`, before the script. */
  body: SafeHtml
  style: string
  script: string
}

/**
 * Returns the whole document. `style` and `script` are inlined as given (they must not contain
 * `</style` or `</script`), and the policy hashes exactly those texts.
 */
export function page(parts: PageParts): string {
  if (/<\/style/i.test(parts.style) || /<\/script|<!--/i.test(parts.script)) throw new TypeError('page(): inline style or script must not close its own element')
  const policy = contentSecurityPolicy(parts.style, parts.script)
  const head = html`<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<title>${parts.title}</title>
<link rel="icon" href="data:,">`
  return `<!doctype html>
<html lang="en">
<head>
${head.value}
<style>${parts.style}</style>
</head>
<body>
${parts.body.value}
<script>${parts.script}</script>
</body>
</html>
`
}
