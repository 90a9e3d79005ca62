/**
 * Files of one JSON header line followed by one line per entry (the cache and shard blobs):
 * written in chunks of about a megabyte and atomically, read line by line, so neither side builds
 * one huge string. Shard blobs hold one JSON value per line; the cache writes lines of its own
 * (a JSON head, a tab, packed bytes) through {@link writeRawLines} and {@link lineRanges}.
 */
import {appendFileSync, readFileSync} from 'node:fs'
import {writeFileAtomic} from '../write-file.js'

/** One line, given in parts (text or bytes), without its newline. */
export type RawLine = readonly (string | Uint8Array)[]

const CHUNK = 1 << 20
const NEWLINE = 10

/** Writes `header` and `entries` (one JSON value each) to `file` through a temporary file renamed over it. */
export function writeLines(file: string, header: object, entries: Iterable<unknown>): void {
  writeRawLines(file, header, jsonLines(entries))
}

/** Writes `header` (as JSON) and `lines` to `file` through a temporary file renamed over it. */
export function writeRawLines(file: string, header: object, lines: Iterable<RawLine>): void {
  writeFileAtomic(file, chunksOf(withHeader(header, lines)))
}

/** Appends one line per entry (one JSON value each) to a file written by {@link writeLines}. */
export function appendLines(file: string, entries: Iterable<unknown>): void {
  appendRawLines(file, jsonLines(entries))
}

/** Appends `lines` to a file written by {@link writeRawLines}. */
export function appendRawLines(file: string, lines: Iterable<RawLine>): void {
  for (const chunk of chunksOf(lines)) appendFileSync(file, chunk)
}

function* jsonLines(entries: Iterable<unknown>): Generator<RawLine> {
  for (const entry of entries) yield [JSON.stringify(entry)]
}

function* withHeader(header: object, lines: Iterable<RawLine>): Generator<RawLine> {
  yield [JSON.stringify(header)]
  yield* lines
}

const NEWLINE_BYTES = Buffer.from('\n')

/** The lines, newline-terminated, gathered into buffers of about {@link CHUNK} bytes. */
function* chunksOf(lines: Iterable<RawLine>): Generator<Buffer> {
  let parts: Uint8Array[] = []
  let size = 0
  for (const line of lines) {
    for (const part of [...line, NEWLINE_BYTES]) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part
      parts.push(bytes)
      size += bytes.length
    }
    if (size >= CHUNK) {
      yield Buffer.concat(parts, size)
      parts = []
      size = 0
    }
  }
  if (size) yield Buffer.concat(parts, size)
}

/** The start and end offsets of each non-empty line of `bytes` (the newline excluded). */
export function* lineRanges(bytes: Uint8Array): Generator<[start: number, end: number]> {
  let start = 0
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start)
    if (end === -1) end = bytes.length
    if (end > start) yield [start, end]
    start = end + 1
  }
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
  for (const [start, end] of lineRanges(bytes)) lines.push(JSON.parse(bytes.toString('utf8', start, end)))
  if (!lines.length) throw new SyntaxError('the file is empty')
  return {header: lines[0], entries: lines.slice(1)}
}
