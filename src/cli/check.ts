/**
 * `factlint check`: lint, fix if asked, print in the chosen format, write the editorial report,
 * and decide the exit code.
 */
import {resolve} from 'node:path'
import {verifiedNumbers} from '../checks/hotline-status.js'
import {lint} from '../lint.js'
import {editorialReport, reporters} from '../report/index.js'
import {severityOf, type LintRun} from '../report/model.js'
import {fixesDiff, writeFixes} from './fix.js'
import type {CliIo} from './io.js'
import {UsageError, type OptionValues} from './options.js'
import {writeFileAtomic} from './write-file.js'

/** Runs `check` on `paths` (default `content/`) and returns the exit code. */
export async function checkCommand(paths: readonly string[], values: OptionValues, io: CliIo): Promise<number> {
  const format = values.format ?? 'stylish'
  if (!(format in reporters)) throw new UsageError(`unknown format "${format}"; expected one of ${Object.keys(reporters).join(', ')}`)
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings'])
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings takes a whole number')

  const patterns = paths.length ? paths : ['content']
  const options = {cwd: io.cwd, ...(values.config ? {config: values.config} : {}), ...(values.rules ? {rulesDir: values.rules} : {})}
  let {run, config, data} = await lint(patterns, options)
  if (values['fix-dry-run']) {
    io.stdout(fixesDiff(run))
    return countErrors(run) > 0 ? 1 : 0
  }
  if (values.fix && writeFixes(run, io.cwd).length) ({run, config, data} = await lint(patterns, options))

  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'] && !values['output-file']
  const output = reporters[format as keyof typeof reporters](run, {quiet: Boolean(values.quiet), color})
  if (values['output-file']) writeFileAtomic(resolve(io.cwd, values['output-file']), output)
  else io.stdout(output)

  if (!values['no-report']) {
    const dir = resolve(io.cwd, values['report-dir'] ?? config.config.reportDir ?? 'reports')
    writeFileAtomic(resolve(dir, 'editorial-report.md'), editorialReport(run, {verifiedNumbers: verifiedNumbers(data)}))
  }

  if (countErrors(run) > 0) return 1
  const warnings = run.files.flatMap((file) => file.messages).filter((message) => severityOf(message) === 'warning').length
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`factlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}

function countErrors(run: LintRun): number {
  return run.files.flatMap((file) => file.messages).filter((message) => severityOf(message) === 'error').length
}
