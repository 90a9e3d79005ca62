/**
 * The source text of a run's articles, found by relative path: line texts, points of offsets and
 * UTF-8 byte columns, for reporters that need more than a message's own position.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {LintRun} from './model.js'
import {relativePath, relativeTo} from './paths.js'
import {utf8Column} from './utf8.js'

/** One article's text with its line index. */
export interface SourceText {
  file: VFile
  /** The path relative to the working directory. */
  path: string
  /** Returns the text of a 1-based line without its line ending, or undefined past the end. */
  lineText(line: number): string | undefined
  /** Returns the 1-based line and UTF-16 column of an offset, or undefined outside the text. */
  pointOf(offset: number): {line: number; column: number} | undefined
  /** Returns the 1-based UTF-8 byte column of a UTF-16 column on `line`, or undefined without that line. */
  byteColumn(line: number, column: number): number | undefined
}

function sourceOf(file: VFile): SourceText {
  const text = String(file.value ?? '')
  const points = location(text)
  const lineText = (line: number): string | undefined => {
    const start = points.toOffset({line, column: 1})
    if (start === undefined) return undefined
    const match = /\r\n|[\r\n]/.exec(text.slice(start))
    return match ? text.slice(start, start + match.index) : text.slice(start)
  }
  return {
    file,
    path: relativePath(file),
    lineText,
    pointOf(offset) {
      const point = points.toPoint(offset)
      return point ? {line: point.line, column: point.column} : undefined
    },
    byteColumn(line, column) {
      const textOfLine = lineText(line)
      return textOfLine === undefined ? undefined : utf8Column(textOfLine, column)
    }
  }
}

/** Returns a lookup of the articles of `run` by path relative to their working directory (indexed lazily). */
export function sourcesOf(run: LintRun): (filePath: string, cwd?: string) => SourceText | undefined {
  const byPath = new Map(run.files.map((file) => [relativePath(file), file]))
  const cache = new Map<VFile, SourceText>()
  return (filePath, cwd = run.files[0]?.cwd ?? '/') => {
    const file = byPath.get(relativeTo(cwd, filePath))
    if (!file) return undefined
    let source = cache.get(file)
    if (!source) {
      source = sourceOf(file)
      cache.set(file, source)
    }
    return source
  }
}
