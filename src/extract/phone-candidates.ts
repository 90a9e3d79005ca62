/**
 * Phone-number candidates in folded block text (see `number-text.ts`): runs of digits joined by
 * the separators people write numbers with (hyphens, dots, spaces, brackets, a hyphen or dot with
 * a space on each side: `0120 - 800 - 000`), with a leading `+` or `*`.
 *
 * Slashes and middle dots are soft separators: `151/157/0800-919-0157` is three numbers, each of
 * which stands alone, while `0120/800/000` is one number written with slashes, because its parts
 * do not stand alone. The candidates are not judged here (see `phone-context.ts`).
 */

/** A candidate: a range of the block text and the characters it covers. */
export interface PhoneCandidate {
  start: number
  end: number
  written: string
}

/**
 * A run of digits and separators; `*` starts service and short codes (`*5533`). A bracketed
 * group counts only when it closes (`(03) 6759-8881`, `03(6759)8881`), so a bracket opening a
 * note (`0800-919-4534（10:00-19:00）`) ends the number.
 */
const RUN = /(?:\+ ?|\*)?(?:\d|\(\d{1,5}\) ?)(?:\d|\(\d{1,5}\) ?(?=\d)|(?: ?[-./] ?| )(?=[\d(]))*\d|\*\d+/g
const SOFT_SEPARATOR = / ?\/ ?/g
const MIN_DIGITS = 7

/**
 * The candidates of folded text, in order.
 * @param isShortCode whether a digit string (with its `*`) is a short code the rule data knows
 */
export function phoneCandidates(text: string, isShortCode: (digits: string) => boolean): PhoneCandidate[] {
  const found: PhoneCandidate[] = []
  for (const match of text.matchAll(RUN)) found.push(...splitSoft(match.index, match[0], isShortCode))
  return found
}

/** Splits a run at slashes when every part stands alone; otherwise keeps it whole if long enough. */
function splitSoft(start: number, written: string, isShortCode: (digits: string) => boolean): PhoneCandidate[] {
  if (!written.includes('/')) return [{start, end: start + written.length, written}]
  const parts: PhoneCandidate[] = []
  let from = 0
  for (const separator of written.matchAll(SOFT_SEPARATOR)) {
    parts.push(part(start, written, from, separator.index))
    from = separator.index + separator[0].length
  }
  parts.push(part(start, written, from, written.length))
  const standsAlone = (candidate: PhoneCandidate) => {
    const digits = candidate.written.replace(/[^\d*]/g, '')
    return digits.replace('*', '').length >= MIN_DIGITS || isShortCode(digits)
  }
  if (parts.every(standsAlone)) return parts
  const digits = written.replace(/\D/g, '')
  if (digits.length >= MIN_DIGITS && parts.filter(standsAlone).length === 0) return [{start, end: start + written.length, written}]
  return parts.filter(standsAlone)
}

function part(start: number, written: string, from: number, to: number): PhoneCandidate {
  return {start: start + from, end: start + to, written: written.slice(from, to)}
}
