/**
 * Applying fixes as text-range edits on the original file, never by re-printing the tree: every
 * byte outside the edited ranges stays as it was. Overlapping fixes are skipped (the next run
 * applies them), so a run of `--fix` is idempotent once nothing is left to fix.
 */

/** A text edit: replace source offsets [start, end) with `text`. */
export interface TextEdit {
  range: readonly [number, number]
  text: string
}

/** The fixed text and how many edits were applied or skipped. */
export interface FixResult {
  output: string
  applied: number
  skipped: number
}

/** Applies non-overlapping edits to `source`, in order of their start. */
export function applyFixes(source: string, edits: readonly TextEdit[]): FixResult {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let at = 0
  let applied = 0
  let skipped = 0
  for (const edit of sorted) {
    const [start, end] = edit.range
    if (start < at || end < start || end > source.length) {
      skipped++
      continue
    }
    output += source.slice(at, start) + edit.text
    at = end
    applied++
  }
  return {output: output + source.slice(at), applied, skipped}
}
