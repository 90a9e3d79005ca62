/**
 * The findings of a run as one flat list, each with its file and relative path, in run order or
 * in order of importance (errors first, then by the rule's severity and order, then file and line).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Severity, SeveritySetting} from '../types.js'
import {compareText} from './articles.js'
import {severityOf, type LintRun} from './model.js'
import {visibleMessages} from './messages.js'
import {relativePath} from './paths.js'

/** One message with the article it is on. */
export interface Finding {
  file: VFile
  /** The article's path relative to the working directory. */
  path: string
  message: VFileMessage
  severity: Severity
}

/** Returns the findings of `run` in run order, messages in position order (errors only when `quiet`). */
export function findingsOf(run: LintRun, quiet = false): Finding[] {
  return run.files.flatMap((file) => {
    const path = relativePath(file)
    return visibleMessages(file, quiet).map((message) => ({file, path, message, severity: severityOf(message)}))
  })
}

const RANK: Record<SeveritySetting, number> = {error: 0, warning: 1, info: 2, off: 3}

/**
 * Returns `findings` sorted by importance: errors, warnings, infos; then by the rule's configured
 * severity and its order in `run.rules` (rules not listed last); then path, line and column.
 */
export function byImportance(run: LintRun, findings: readonly Finding[]): Finding[] {
  const rules = new Map(run.rules.map((rule, index) => [rule.id, {index, rank: RANK[rule.severity]}]))
  const ruleOf = (finding: Finding): {index: number; rank: number} =>
    rules.get(finding.message.ruleId ?? '') ?? {index: run.rules.length, rank: RANK.off}
  return [...findings].sort((a, b) => {
    const ra = ruleOf(a)
    const rb = ruleOf(b)
    return (
      RANK[a.severity] - RANK[b.severity] ||
      ra.rank - rb.rank ||
      ra.index - rb.index ||
      compareText(a.path, b.path) ||
      (a.message.line ?? 0) - (b.message.line ?? 0) ||
      (a.message.column ?? 0) - (b.message.column ?? 0)
    )
  })
}
