/**
 * Writing output files atomically: a temporary file beside the target, then a rename, so a
 * reader never sees half a report.
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'

/** Writes `text` to `path` atomically, creating the directory if needed. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
