/**
 * Files of one JSON header line followed by one JSON line per entry (the cache and shard blobs):
 * written line by line and atomically, read line by line, so neither side builds one huge string.
 */
import {appendFileSync, readFileSync} from 'node:fs'
import {writeFileAtomic} from '../write-file.js'

/** Writes `header` and `entries` to `file` through a temporary file renamed over it. */
export function writeLines(file: string, header: object, entries: Iterable<unknown>): void {
  writeFileAtomic(file, chunksOf(header, entries))
}

/** The lines of a file, about a megabyte at a time. */
function* chunksOf(header: object, entries: Iterable<unknown>): Generator<string> {
  let chunk = `${JSON.stringify(header)}\n`
  for (const entry of entries) {
    chunk += `${JSON.stringify(entry)}\n`
    if (chunk.length > 1 << 20) {
      yield chunk
      chunk = ''
    }
  }
  yield chunk
}

/** Appends one line per entry to a file written by {@link writeLines}. */
export function appendLines(file: string, entries: Iterable<unknown>): void {
  let chunk = ''
  for (const entry of entries) chunk += `${JSON.stringify(entry)}\n`
  if (chunk) appendFileSync(file, chunk)
}

/** The lines of a file read by {@link readLines}: its header and entries, parsed but not yet validated. */
export interface Lines {
  header: unknown
  entries: unknown[]
}

/**
 * Reads a file written by {@link writeLines}. Throws a SyntaxError when a line is not JSON and
 * the file system's error when the file cannot be read.
 */
export function readLines(file: string): Lines {
  const bytes = readFileSync(file)
  const lines: unknown[] = []
  let start = 0
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start)
    if (end === -1) end = bytes.length
    if (end > start) lines.push(JSON.parse(bytes.toString('utf8', start, end)))
    start = end + 1
  }
  if (!lines.length) throw new SyntaxError('the file is empty')
  return {header: lines[0], entries: lines.slice(1)}
}
