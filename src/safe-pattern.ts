/**
 * Patterns from rule files run on hostile text, so they are compiled with RE2 (re2-wasm), whose
 * matching time is linear in the input: no pattern in a rule file can hang a run. Features that
 * need backtracking (backreferences, lookaround) are rejected at load with the file and line.
 */
import {RE2} from 're2-wasm'

/** A compiled rule-file pattern. */
export interface SafePattern {
  source: string
  test(text: string): boolean
}

/** Compiles a rule-file pattern with RE2; throws an Error with RE2's reason when it cannot. */
export function compileSafePattern(source: string, flags = ''): SafePattern {
  const re = new RE2(source, `${flags.replace('u', '')}u`)
  return {source, test: (text) => re.test(text)}
}
