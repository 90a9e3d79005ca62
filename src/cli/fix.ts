/**
 * `--fix` and `--fix-dry-run`: apply the fixes of a run's messages to the articles (atomically),
 * or print them as a unified diff.
 */
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {createTwoFilesPatch} from 'diff'
import {applyFixes} from '../pipeline/fixes.js'
import type {LintRun} from '../report/model.js'
import {writeFileAtomic} from '../write-file.js'

/** Per file: the fixed text when any fix applies. */
export function fixedFiles(run: LintRun): {path: string; before: string; after: string}[] {
  const fixed: {path: string; before: string; after: string}[] = []
  for (const file of run.files) {
    const edits = file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
    if (!edits.length) continue
    const before = String(file.value)
    const {output} = applyFixes(before, edits)
    if (output !== before) fixed.push({path: file.path, before, after: output})
  }
  return fixed
}

/**
 * Writes the fixed files (each atomically). A file changed on disk since it was read is left
 * alone. Returns the paths written.
 */
export function writeFixes(run: LintRun, cwd: string): string[] {
  const written: string[] = []
  for (const {path, before, after} of fixedFiles(run)) {
    const absolute = resolve(cwd, path)
    if (readFileSync(absolute, 'utf8') !== before) continue
    writeFileAtomic(absolute, after)
    written.push(path)
  }
  return written
}

/** The unified diff of every fix of a run. */
export function fixesDiff(run: LintRun): string {
  return fixedFiles(run)
    .map(({path, before, after}) => createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', {context: 3}))
    .join('')
}
