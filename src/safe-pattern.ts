/**
 * Patterns from rule files run on hostile text, so none may hang a run. A simple pattern (see
 * simple-pattern.ts: literals, `\d` and classes with bounded quantifiers, no groups) runs on
 * JavaScript's own RegExp, which matches it exactly as RE2 would, with bounded backtracking
 * (text with a lone surrogate excepted, which re2-wasm reads its own way: RE2 tests that).
 * Every other pattern is compiled with RE2 (re2-wasm), whose matching time is linear in the
 * input; features that need backtracking (backreferences, lookaround) are rejected at load with
 * the file and line. re2-wasm is loaded when the first non-simple pattern is compiled: its
 * WebAssembly memory costs each thread that loads it about 11-17 MB, and the shipped rules'
 * patterns are all simple, so runs with them never load it.
 */
import {createRequire} from 'node:module'
import type * as Re2Module from 're2-wasm'
import {isSimplePattern} from './simple-pattern.js'

/** A compiled rule-file pattern. */
export interface SafePattern {
  source: string
  test(text: string): boolean
}

let re2: typeof Re2Module.RE2 | undefined

/**
 * Compiles a rule-file pattern with the `u` flag added to `flags`: a simple pattern with no flags
 * but `u` on JavaScript's RegExp, any other with RE2. Throws an Error with RE2's reason when RE2
 * cannot compile it.
 */
export function compileSafePattern(source: string, flags = ''): SafePattern {
  const otherFlags = flags.replace('u', '')
  if (otherFlags === '' && isSimplePattern(source)) {
    const re = new RegExp(source, 'u')
    let onRe2: Re2Module.RE2 | undefined
    // re2-wasm reads a lone surrogate together with the code unit after it as one code point,
    // so on such text (never a phone number's digits) only RE2 itself gives RE2's results.
    return {source, test: (text) => (LONE_SURROGATE.test(text) ? (onRe2 ??= compileRe2(source, '')).test(text) : re.test(text))}
  }
  const re = compileRe2(source, otherFlags)
  return {source, test: (text) => re.test(text)}
}

/** With the u flag, a surrogate pair is one code point outside this range: this finds lone ones. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

/** Compiles `source` with RE2 and the u flag, loading re2-wasm on first use. */
function compileRe2(source: string, flags: string): Re2Module.RE2 {
  re2 ??= (createRequire(import.meta.url)('re2-wasm') as typeof Re2Module).RE2
  return new re2(source, `${flags}u`)
}

/** Whether this thread has loaded re2-wasm (for tests of which patterns need it). */
export function re2Loaded(): boolean {
  return re2 !== undefined
}
