/**
 * `factlint check`: lint, fix if asked, narrow to the pull request and the baseline, print or
 * write each chosen format, write the editorial report (of the whole run), and decide the exit code.
 * The fixer, the editorial reports and the shard command are imported only when a run needs them.
 */
import {lint} from '../lint.js'
import {judgeRun, parseFailOn, parseMaxWarnings} from './fail-policy.js'
import {appendStepSummary, githubLinkBase, parseFormats, writeFormats} from './formats.js'
import type {CliIo} from './io.js'
import {baselineForReport, baselineSummary, changesNote, narrowRun, prepareNarrowing} from './narrow.js'
import type {OptionValues} from './options.js'
import {runOptions, shardOption} from './run-options.js'
import {editorialReportFiles} from '../report/report-files.js'
import {writeFileAtomic} from '../write-file.js'

/**
 * Runs `check` on `paths` (default `content/`) and returns the exit code. `linter` makes the run
 * (`merge` passes one reading shard blobs).
 */
export async function checkCommand(paths: readonly string[], values: OptionValues, io: CliIo, linter: typeof lint = lint): Promise<number> {
  const targets = parseFormats(values.format, values['output-file'])
  const failOn = parseFailOn(values['fail-on'])
  const maxWarnings = parseMaxWarnings(values['max-warnings'])
  let narrowing = await prepareNarrowing(values, io)

  const patterns = paths.length ? paths : ['content']
  // Narrowed to the changed articles and writing no editorial report (which covers every
  // article), the cross-article checks need not build the other articles' messages.
  const changed = narrowing.changes?.files
  const options = {
    cwd: io.cwd,
    ...(values.config ? {config: values.config} : {}),
    ...(values.rules ? {rulesDir: values.rules} : {}),
    ...(values['report-dir'] ? {reportDir: values['report-dir']} : {}),
    ...runOptions(values, io),
    // Texts are kept for fixes only when there may be some to apply.
    keepFixableTexts: Boolean(values.fix || values['fix-dry-run']),
    ...(changed && values['no-report'] ? {shows: (path: string) => changed.has(path)} : {})
  }
  const shard = shardOption(values)
  if (shard) return (await import('./shard-commands.js')).shardCommand(patterns, shard, options, values, io)
  let {run, config, data} = await linter(patterns, options)
  if (values['fix-dry-run']) {
    const shown = narrowRun(run, narrowing).run
    io.stdout((await import('./fix.js')).fixesDiff(shown))
    return judgeRun(shown, failOn, -1) ? 1 : 0
  }
  if (values.fix && (await import('./fix.js')).writeFixes(narrowRun(run, narrowing).run, io.cwd).length) {
    ;({run, config, data} = await linter(patterns, options))
    narrowing = await prepareNarrowing(values, io)
  }

  const {run: shown, baseline} = narrowRun(run, narrowing)
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR']
  const linkBase = githubLinkBase(io)
  const reporterOptions = {
    quiet: Boolean(values.quiet),
    ...(linkBase ? {linkBase} : {}),
    ...(baseline && narrowing.baseline ? {baseline: baselineForReport(baseline, narrowing.baseline.dir, io.cwd)} : {})
  }
  await writeFormats(shown, targets, io, {...reporterOptions, color})
  await appendStepSummary(shown, io, reporterOptions)
  const notes = changesNote(run, narrowing) + (baseline && narrowing.baseline ? baselineSummary(baseline, narrowing.baseline.shown) : '')
  if (notes) io.stderr(notes)

  if (!values['no-report']) {
    const files = editorialReportFiles(io.cwd, values['report-dir'], config.config.reportDir)
    const [{verifiedNumbers}, {editorialReport}, {htmlReport}, {htmlReportOptions}] = await Promise.all([
      import('../checks/hotline-status.js'),
      import('../report/editorial.js'),
      import('../report/html.js'),
      import('../report/html-registry.js')
    ])
    writeFileAtomic(files.markdown, editorialReport(run, {verifiedNumbers: verifiedNumbers(data)}))
    writeFileAtomic(files.html, htmlReport(run, htmlReportOptions(data)))
  }

  const failure = judgeRun(shown, failOn, maxWarnings)
  if (failure?.reason) io.stderr(`factlint: ${failure.reason}\n`)
  return failure ? 1 : 0
}
