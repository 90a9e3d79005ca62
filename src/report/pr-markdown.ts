/**
 * The pull-request summary (`--format markdown`): Markdown safe to post as a comment or append to
 * `GITHUB_STEP_SUMMARY`. A headline with counts by severity, a table by rule, the most important
 * findings (errors first) with links to their lines and the quoted claims, every finding in a
 * collapsed `<details>`, and, when the run was filtered by a baseline, how many findings are new
 * and which baseline findings were fixed. Article text is escaped everywhere (no mention, image,
 * link or HTML can come from it), and the text stays under GitHub's comment size limit.
 */
import {byImportance, findingsOf, type Finding} from './findings.js'
import type {LintRun} from './model.js'
import {countSeverities, plural} from './messages.js'
import {findingRow, findingsTable, fixedTable, ruleTable, type FixedFinding} from './pr-markdown-tables.js'
import type {ReporterOptions} from './reporter.js'

export type {FixedFinding} from './pr-markdown-tables.js'

/** What a baseline did to the run (the CLI fills it when `--baseline` is given). */
export interface BaselineSummary {
  /** Baseline findings that no longer occur. */
  fixed: FixedFinding[]
  /** How many findings of the run the baseline accepted and hid. */
  hidden?: number
}

/** Options of the pull-request summary. */
export interface PrMarkdownOptions extends ReporterOptions {
  /** An http(s) URL the article paths are joined to (e.g. `https://github.com/o/r/blob/<sha>/`); links are relative without it. */
  linkBase?: string
  /** When the run was filtered by a baseline: its findings are then *new*, and the fixed ones are listed. */
  baseline?: BaselineSummary
  /** How many findings the top table shows (default 20). */
  top?: number
  /** The most characters to write (default 60000; a GitHub comment holds 65536): the full list is cut to fit. */
  maxLength?: number
}

/** How many fixed baseline entries the summary lists at most. */
const MAX_FIXED = 50

function headline(findings: readonly Finding[], baseline: BaselineSummary | undefined): string {
  const counts = countSeverities(findings.map((finding) => finding.message))
  const what = baseline ? 'new ' : ''
  if (findings.length === 0) return `## factlint: no ${what}findings`
  const parts = [plural(counts.error, `${what}error`), plural(counts.warning, `${what}warning`), plural(counts.info, `${what}info`)]
  return `## factlint: ${parts.join(', ')}`
}

function runLine(run: LintRun, findings: readonly Finding[], baseline: BaselineSummary | undefined): string {
  const flagged = new Set(findings.map((finding) => finding.file)).size
  const parts = [`${plural(run.files.length, 'article')} checked, ${flagged} with findings`]
  if (baseline) {
    const fixed = baseline.fixed.reduce((sum, entry) => sum + (entry.count ?? 1), 0)
    parts.push(`${plural(findings.length, 'new finding')}`)
    if (baseline.hidden !== undefined) parts.push(`${baseline.hidden} accepted in the baseline and hidden`)
    parts.push(`${fixed} baseline ${fixed === 1 ? 'finding' : 'findings'} fixed`)
  }
  return `${parts.join(' · ')}.`
}

function detailsBlock(run: LintRun, ranked: readonly Finding[], options: PrMarkdownOptions, budget: number): string {
  const rows: string[][] = []
  let used = 0
  for (const finding of ranked) {
    const row = findingRow(run, finding, options.linkBase)
    const size = row.join(' | ').length + 6
    if (used + size > budget) break
    rows.push(row)
    used += size
  }
  const cut = ranked.length - rows.length
  const note = cut > 0 ? `\n\n${plural(cut, 'more finding')} ${cut === 1 ? 'is' : 'are'} in the full report.` : ''
  return `<details>\n<summary>All ${plural(ranked.length, 'finding')}</summary>\n\n${findingsTable(rows)}${note}\n\n</details>`
}

/**
 * Returns the pull-request summary of `run` as Markdown, ending with a newline. `quiet` counts
 * and lists errors only.
 */
export function prMarkdown(run: LintRun, options: PrMarkdownOptions = {}): string {
  const findings = findingsOf(run, options.quiet === true)
  const ranked = byImportance(run, findings)
  const top = Math.max(0, options.top ?? 20)
  const maxLength = options.maxLength ?? 60000
  const sections = [headline(findings, options.baseline), runLine(run, findings, options.baseline)]
  if (findings.length > 0) {
    sections.push(ruleTable(run, findings))
    const shown = ranked.slice(0, top)
    sections.push(
      `### ${ranked.length > top ? `Top ${shown.length} findings` : 'Findings'}`,
      findingsTable(shown.map((finding) => findingRow(run, finding, options.linkBase)))
    )
  }
  const fixed = options.baseline?.fixed ?? []
  if (fixed.length > 0) {
    const listed = fixed.slice(0, MAX_FIXED)
    const more = fixed.length - listed.length
    sections.push('### Fixed since the baseline', fixedTable(listed) + (more > 0 ? `\n\n${more} more ${more === 1 ? 'entry is' : 'entries are'} not listed.` : ''))
  }
  let text = sections.join('\n\n')
  if (ranked.length > top) text += `\n\n${detailsBlock(run, ranked, options, maxLength - text.length - 200)}`
  return `${text}\n`
}
