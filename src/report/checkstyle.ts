/**
 * Checkstyle XML as ESLint's `checkstyle` formatter writes it (one line, a `file` per article
 * with its absolute path, an `error` element per finding with line, UTF-16 column, severity,
 * `message (ruleId)` and `source="factlint.rules.<ruleId>"`), so tools that read ESLint's
 * checkstyle output (reviewdog, Jenkins warnings, danger) read factlint's.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {severityOf, type LintRun} from './model.js'
import {visibleMessages} from './messages.js'
import type {ReporterOptions} from './reporter.js'
import {xmlAttribute} from './xml-escape.js'

function filePath(file: VFile): string {
  return file.path ? path.resolve(file.cwd, file.path) : '<text>'
}

function errorElement(message: VFileMessage): string {
  const text = `${message.reason}${message.ruleId ? ` (${message.ruleId})` : ''}`
  return (
    `<error line="${message.line ?? 0}" column="${message.column ?? 0}" severity="${severityOf(message)}" ` +
    `message="${xmlAttribute(text)}" source="${message.ruleId ? xmlAttribute(`factlint.rules.${message.ruleId}`) : ''}" />`
  )
}

/** Returns the checkstyle XML of `run`, every article a `file` element (errors only when `quiet`), ending with a newline. */
export function checkstyle(run: LintRun, options: ReporterOptions = {}): string {
  const files = run.files.map(
    (file) => `<file name="${xmlAttribute(filePath(file))}">${visibleMessages(file, options.quiet === true).map(errorElement).join('')}</file>`
  )
  return `<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">${files.join('')}</checkstyle>\n`
}
