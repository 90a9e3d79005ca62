/**
 * Reading messages the way every reporter needs to: start and end points, offset spans, order,
 * visibility under `quiet`, and counts by severity.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Severity, Span} from '../types.js'
import {severityOf} from './model.js'
import {addToGroup} from '../group.js'

/** Returns the start point of a message's place, if it has one. */
export function startOf(message: VFileMessage): Point | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start : place
}

/** Returns the end point of a message's place, if it has a range. */
export function endOf(message: VFileMessage): Point | undefined {
  const place = message.place
  return place && 'end' in place ? place.end : undefined
}

/** Returns the offsets a message covers (a point covers an empty span), or undefined without offsets. */
export function spanOf(message: VFileMessage): Span | undefined {
  const start = startOf(message)?.offset
  if (typeof start !== 'number') return undefined
  const end = endOf(message)?.offset
  return {start, end: typeof end === 'number' ? end : start}
}

/** Returns whether two spans share a character, or an empty span sits inside (or at an edge of) the other. */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end) return a.start >= b.start && a.start <= b.end
  if (b.start === b.end) return b.start >= a.start && b.start <= a.end
  return a.start < b.end && b.start < a.end
}

/** Returns the messages of `file` in order of position (stable), keeping only errors when `quiet`. */
export function visibleMessages(file: VFile, quiet = false): VFileMessage[] {
  const shown = quiet ? file.messages.filter((message) => severityOf(message) === 'error') : [...file.messages]
  return shown.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** Message counts by severity. */
export type SeverityCounts = Record<Severity, number>

/** Returns how many of `messages` are errors, warnings and infos, added to `counts` when given. */
export function countSeverities(messages: readonly VFileMessage[], counts: SeverityCounts = {error: 0, warning: 0, info: 0}): SeverityCounts {
  for (const message of messages) counts[severityOf(message)]++
  return counts
}

/** Returns `count` and `noun`, with an `s` unless the count is one (`1 error`, `0 infos`). */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Returns the path a reporter shows for a file (`<text>` for a file without a path, as ESLint does). */
export function displayPath(file: VFile): string {
  return file.path || '<text>'
}

/** Messages grouped by rule id (`''` for messages without one), in order of first appearance. */
export function groupByRule(messages: readonly VFileMessage[]): Map<string, VFileMessage[]> {
  const byRule = new Map<string, VFileMessage[]>()
  for (const message of messages) addToGroup(byRule, message.ruleId ?? '', message)
  return byRule
}
