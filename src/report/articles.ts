/**
 * The articles of a run as the editorial report walks them: path, claims, line numbers of
 * offsets, and the messages that sit on a claim's span.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import type {ArticleClaims, Span} from '../types.js'
import type {LintRun} from './model.js'
import {displayPath, overlaps, spanOf, visibleMessages} from './messages.js'

/** One article of the run. */
export interface ArticleView {
  file: VFile
  /** The path shown to readers (relative, as the run named it). */
  path: string
  /** The article's claims; absent when it could not be read. */
  claims: ArticleClaims | undefined
  /** Messages in position order. */
  messages: VFileMessage[]
  /** Returns `path:line` for an offset of the article, or the path alone when the line is unknown. */
  where(offset: number): string
  /** Returns the messages whose span overlaps `span`. */
  messagesOn(span: Span): VFileMessage[]
}

function viewOf(file: VFile): ArticleView {
  const path = displayPath(file)
  const points = location(file)
  const messages = visibleMessages(file)
  return {
    file,
    path,
    claims: file.data.factlint?.claims,
    messages,
    where(offset) {
      const line = points.toPoint(offset)?.line
      return line === undefined ? path : `${path}:${line}`
    },
    messagesOn(span) {
      return messages.filter((message) => {
        const covered = spanOf(message)
        return covered !== undefined && overlaps(covered, span)
      })
    }
  }
}

/** Returns the articles of `run`, sorted by path. */
export function articleViews(run: LintRun): ArticleView[] {
  return run.files.map(viewOf).sort((a, b) => compareText(a.path, b.path))
}

/** Compares strings by code unit, the same everywhere (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
