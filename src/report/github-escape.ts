/**
 * Escaping for GitHub Actions workflow commands (`::error file=…::message`), exactly as the
 * runner un-escapes them, so article text can neither end a command nor start a new one.
 */
import {inertText} from './inert-text.js'

/**
 * Returns `text` as a command's data (the message after `::`): `%` → `%25`, `\r` → `%0D`,
 * `\n` → `%0A`. Other controls and bidi overrides are first made visible (`\u001b`), so an
 * annotation cannot colour or reorder what it shows; line breaks stay line breaks.
 */
export function escapeData(text: string): string {
  return text
    .replace(/[^\r\n]+/g, (part) => inertText(part))
    .replaceAll('%', '%25')
    .replaceAll('\r', '%0D')
    .replaceAll('\n', '%0A')
}

/** Returns `text` as a command property value: as {@link escapeData}, and `:` → `%3A`, `,` → `%2C`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
