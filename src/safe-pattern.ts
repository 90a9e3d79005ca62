/**
 * Patterns from rule files run on hostile text, so they are compiled with RE2 (re2-wasm), whose
 * matching time is linear in the input: no pattern in a rule file can hang a run. Features that
 * need backtracking (backreferences, lookaround) are rejected at load with the file and line.
 * re2-wasm is loaded when the first pattern is compiled: its WebAssembly memory costs each thread
 * that loads it about 10 MB, and most runs' threads never need it.
 */
import {createRequire} from 'node:module'
import type * as Re2Module from 're2-wasm'

/** A compiled rule-file pattern. */
export interface SafePattern {
  source: string
  test(text: string): boolean
}

let re2: typeof Re2Module.RE2 | undefined

/** Compiles a rule-file pattern with RE2; throws an Error with RE2's reason when it cannot. */
export function compileSafePattern(source: string, flags = ''): SafePattern {
  re2 ??= (createRequire(import.meta.url)('re2-wasm') as typeof Re2Module).RE2
  const re = new re2(source, `${flags.replace('u', '')}u`)
  return {source, test: (text) => re.test(text)}
}
