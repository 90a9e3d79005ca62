/**
 * JUnit XML, as CI test views read it (GitLab, Jenkins, Azure, GitHub test-report actions): one
 * `testsuite` per article and one `testcase` per finding, so every finding shows as its own row
 * named by rule and place. Errors and warnings are `failure`s; an article that could not be
 * checked is an `error`; an info is a passing case whose text is in `system-out`. A clean article
 * is one passing case, so the report lists every article checked.
 */
import type {VFile} from 'vfile'
import {findingsOf, type Finding} from './findings.js'
import type {LintRun} from './model.js'
import {endOf} from './messages.js'
import {relativePath, relativeTo} from './paths.js'
import type {ReporterOptions} from './reporter.js'
import {xmlAttribute, xmlText} from './xml-escape.js'

/** Options of the JUnit reporter. */
export type JunitOptions = ReporterOptions

interface Counts {
  tests: number
  failures: number
  errors: number
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('')
}

function details(finding: Finding): string {
  const {message, path, severity} = finding
  const end = endOf(message)
  const place = `${path}:${message.line ?? 0}:${message.column ?? 0}${end ? `-${end.line}:${end.column}` : ''}`
  const lines = [`${severity} at ${place}`, message.reason]
  if (message.actual !== undefined) lines.push(`Claim: ${message.actual}`)
  if (message.expected?.length) lines.push(`Expected: ${message.expected.join('; ')}`)
  for (const related of message.related ?? []) {
    lines.push(`Related: ${relativeTo(finding.file.cwd, related.file)}:${related.line}:${related.column} ${related.text}`)
  }
  if (message.suggestion !== undefined) lines.push(`Suggestion: ${message.suggestion}`)
  if (message.ruleId) lines.push(`Rule: ${message.ruleId}${message.url ? ` (${message.url})` : ''}`)
  return lines.join('\n')
}

function testcase(finding: Finding): string {
  const {message, path, severity} = finding
  const line = message.line ?? 0
  const head = `    <testcase${attributes({
    classname: path,
    name: `${message.ruleId ?? 'article'} at ${line}:${message.column ?? 0}`,
    file: path,
    line,
    time: 0
  })}>`
  const body = xmlText(details(finding))
  const outcome =
    message.articleFatal === true
      ? `      <error${attributes({message: message.reason, type: message.ruleId ?? 'article'})}>${body}</error>`
      : severity === 'info'
        ? `      <system-out>${body}</system-out>`
        : `      <failure${attributes({message: message.reason, type: severity})}>${body}</failure>`
  return [head, outcome, '    </testcase>'].join('\n')
}

function suite(file: VFile, findings: readonly Finding[], timestamp: string): {xml: string; counts: Counts} {
  const path = relativePath(file)
  const counts: Counts = {
    tests: Math.max(1, findings.length),
    failures: findings.filter((finding) => finding.severity !== 'info' && finding.message.articleFatal !== true).length,
    errors: findings.filter((finding) => finding.message.articleFatal === true).length
  }
  const cases = findings.length > 0 ? findings.map(testcase) : [`    <testcase${attributes({classname: path, name: 'no findings', file: path, time: 0})}/>`]
  const open = `  <testsuite${attributes({name: path, tests: counts.tests, failures: counts.failures, errors: counts.errors, skipped: 0, time: 0, timestamp})}>`
  return {xml: [open, ...cases, '  </testsuite>'].join('\n'), counts}
}

/**
 * Returns the JUnit XML of `run`: a `testsuites` root with a `testsuite` per article in run
 * order and a `testcase` per finding in position order (errors only when `quiet`).
 */
export function junit(run: LintRun, options: JunitOptions = {}): string {
  const findings = findingsOf(run, options.quiet === true)
  const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.exec(run.date)?.[0] ?? run.date
  const suites = run.files.map((file) => suite(file, findings.filter((finding) => finding.file === file), timestamp))
  const total = suites.reduce(
    (sum, {counts}) => ({tests: sum.tests + counts.tests, failures: sum.failures + counts.failures, errors: sum.errors + counts.errors}),
    {tests: 0, failures: 0, errors: 0}
  )
  const root = `<testsuites${attributes({name: 'factlint', tests: total.tests, failures: total.failures, errors: total.errors, time: 0})}>`
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites.map(({xml}) => xml), '</testsuites>', ''].join('\n')
}
