/**
 * A strict recogniser of "simple" rule-file patterns: those that JavaScript's own RegExp (with the
 * `u` flag) runs with the same results as RE2 and with bounded work, so that they need no RE2.
 *
 * The accepted language, and nothing else:
 *
 *     pattern    = ["^"] { atom [quantifier] } ["$"]
 *     atom       = literal | "\" syntax-char | "\d" | "[" ["^"] item { item } "]"
 *     item       = class-char ["-" class-char] | "\d"      (a range needs low <= high)
 *     quantifier = "?" | "{" m "}" | "{" m "," n "}"       (m <= n <= 1000, no leading zeros)
 *
 * A literal is any code point except the syntax characters `^$\.*+?()[]{}|`, `/`, control
 * characters, lone surrogates and U+FFFD; a class-char is a literal other than `-` (or one of
 * those syntax characters, as no escape is accepted inside a class but `\d`). So there are no groups,
 * no alternation, no `*`, `+` or `{m,}`, no lazy quantifiers, no `.`, no backreferences, no
 * lookaround, no POSIX classes (`[[:digit:]]` is excluded by `[` in a class), no `\b`, `\w`, `\s`
 * or other escapes.
 *
 * Same results: on this subset both engines match code points (`u` here, UTF-8 in RE2), `\d` is
 * ASCII `[0-9]` in both, `^` and `$` without the `m` flag match only at the ends of the text in
 * both (RE2's `$` is `\z`, JavaScript's does not match before a final newline either), and ranges
 * compare code points in both. Only the flags `u` (or none) take this path: `i`, `m`, `s`, `g`, `y`
 * keep RE2, whose case folding and state may differ. Lone surrogates and U+FFFD are excluded from
 * patterns because re2-wasm converts text to UTF-8 its own way (a lone surrogate takes the code
 * unit after it into one code point): compileSafePattern hands text with one to RE2.
 *
 * Why it cannot hang: each atom matches exactly one code point, nothing is nested, and the only
 * choices a backtracking matcher makes are how many times each quantified atom repeats: at most
 * n - m + 1 ways for `{m,n}` (2 for `?`, 1 for `{m}`). So from each start position there are at
 * most P = the product of those counts paths, each at most S = the sum of the atoms' maximal
 * repetitions code points long, and a test() of a text of length L does at most about L * P * S
 * steps (one start position only when the pattern starts with `^`), whatever the text. A pattern
 * is simple only when P * S <= 10^4 (the shipped ones: at most 72) and S <= 1000: that keeps the
 * work per start position within a small constant of RE2's per character, and every simple
 * pattern far below RE2's program size limit, so that RE2 would have accepted it too.
 */

/** The most work (backtracking paths times their length) from one start position a simple pattern may need. */
export const MAX_SIMPLE_WORK = 10_000
/** The most code points a simple pattern may match (the sum of its atoms' maximal repetitions). */
export const MAX_SIMPLE_LENGTH = 1000

const SYNTAX = new Set('^$\\.*+?()[]{}|/')

/** Whether a code point may stand for itself in a simple pattern. */
function isLiteral(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  if (cp === 0xfffd) return false
  return !SYNTAX.has(String.fromCodePoint(cp))
}

/** A bounded count in a quantifier: digits without leading zeros, at most 1000; the index after it. */
function readCount(chars: string[], start: number): [number, number] | undefined {
  let end = start
  while (end < chars.length && /^[0-9]$/.test(chars[end]!)) end++
  const text = chars.slice(start, end).join('')
  if (text === '' || (text.length > 1 && text.startsWith('0')) || text.length > 4) return undefined
  const value = Number(text)
  return value <= 1000 ? [value, end] : undefined
}

/** Reads a character class starting after `[`; returns the index after `]`, or undefined. */
function readClass(chars: string[], start: number): number | undefined {
  let i = start
  if (chars[i] === '^') i++
  let items = 0
  while (i < chars.length && chars[i] !== ']') {
    const c = chars[i]!
    if (c === '\\') {
      if (chars[i + 1] !== 'd') return undefined
      i += 2
    } else {
      const low = c.codePointAt(0)!
      if (!isLiteral(low) || c === '-') return undefined
      i++
      if (chars[i] === '-') {
        const h = chars[i + 1]
        if (h === undefined || h === '-' || !isLiteral(h.codePointAt(0)!) || h.codePointAt(0)! < low) return undefined
        i += 2
      }
    }
    items++
  }
  return i < chars.length && items > 0 ? i + 1 : undefined
}

/**
 * Whether `source` is a simple pattern (see the module comment): one that JavaScript's RegExp
 * with the `u` flag matches exactly as RE2 does, with work bounded by MAX_SIMPLE_WORK per start
 * position. False for anything outside the subset, including every invalid pattern.
 */
export function isSimplePattern(source: string): boolean {
  const chars = Array.from(source)
  let i = chars[0] === '^' ? 1 : 0
  let paths = 1
  let length = 0
  while (i < chars.length) {
    const c = chars[i]!
    // An unescaped `$` is the end anchor when it is the last character (escapes are read whole
    // below, so `\$` never gets here); anywhere else it is rejected as a syntax character.
    if (c === '$' && i === chars.length - 1) return true
    if (c === '\\') {
      const next = chars[i + 1]
      if (next === undefined || (next !== 'd' && (next === '/' || !SYNTAX.has(next)))) return false
      i += 2
    } else if (c === '[') {
      const after = readClass(chars, i + 1)
      if (after === undefined) return false
      i = after
    } else if (isLiteral(c.codePointAt(0)!)) {
      i++
    } else {
      return false
    }
    let low = 1
    let high = 1
    if (chars[i] === '?') {
      low = 0
      i++
    } else if (chars[i] === '{') {
      const m = readCount(chars, i + 1)
      if (!m) return false
      ;[low, i] = m
      high = low
      if (chars[i] === ',') {
        const n = readCount(chars, i + 1)
        if (!n) return false
        ;[high, i] = n
      }
      if (chars[i] !== '}' || high < low) return false
      i++
    }
    paths *= high - low + 1
    length += high
    if (paths * length > MAX_SIMPLE_WORK || length > MAX_SIMPLE_LENGTH) return false
  }
  return true
}
