/**
 * The command line: parses arguments, runs a command, prints, writes reports and returns the
 * exit code (0 clean, 1 findings, 2 usage or configuration error). The only module with I/O to
 * the terminal.
 */
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {verifiedNumbers} from '../checks/hotline-status.js'
import {ConfigError} from '../config/config-error.js'
import {lint, version} from '../lint.js'
import {NoMatchError} from '../pipeline/read-articles.js'
import {editorialReport, reporters} from '../report/index.js'
import {severityOf, type LintRun} from '../report/model.js'
import {fixesDiff, writeFixes} from './fix.js'
import type {CliIo} from './io.js'
import {listRules} from './list-rules.js'
import {USAGE} from './usage.js'
import {writeFileAtomic} from './write-file.js'

/** Thrown for bad arguments: printed as one line, exit code 2. */
class UsageError extends Error {}

const OPTIONS = {
  format: {type: 'string', short: 'f'},
  'output-file': {type: 'string', short: 'o'},
  config: {type: 'string', short: 'c'},
  rules: {type: 'string'},
  'report-dir': {type: 'string'},
  'no-report': {type: 'boolean'},
  quiet: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** Runs the command line with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof NoMatchError) {
      io.stderr(`factlint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; see factlint --help`)
  }
  const {values, positionals} = parsed
  if (values.version) {
    io.stdout(`${version}\n`)
    return 0
  }
  const [command, ...paths] = positionals
  if (values.help || !command) {
    io.stdout(USAGE)
    return command || values.help ? 0 : 2
  }
  if (command === 'rules') return listRules(io, values.config, values.rules)
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; expected check or rules`)

  const format = values.format ?? 'stylish'
  if (!(format in reporters)) throw new UsageError(`unknown format "${format}"; expected one of ${Object.keys(reporters).join(', ')}`)
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings'])
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings takes a whole number')

  const patterns = paths.length ? paths : ['content']
  const options = {cwd: io.cwd, ...(values.config ? {config: values.config} : {}), ...(values.rules ? {rulesDir: values.rules} : {})}
  let {run: result, config, data} = await lint(patterns, options)
  if (values['fix-dry-run']) {
    io.stdout(fixesDiff(result))
    return countErrors(result) > 0 ? 1 : 0
  }
  if (values.fix && writeFixes(result, io.cwd).length) ({run: result, config, data} = await lint(patterns, options))
  const quiet = Boolean(values.quiet)
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'] && !values['output-file']
  const output = reporters[format as keyof typeof reporters](result, {quiet, color})
  if (values['output-file']) writeFileAtomic(resolve(io.cwd, values['output-file']), output)
  else io.stdout(output)

  if (!values['no-report']) {
    const dir = resolve(io.cwd, values['report-dir'] ?? config.config.reportDir ?? 'reports')
    writeFileAtomic(resolve(dir, 'editorial-report.md'), editorialReport(result, {verifiedNumbers: verifiedNumbers(data)}))
  }

  const warnings = result.files.flatMap((file) => file.messages).filter((message) => severityOf(message) === 'warning').length
  if (countErrors(result) > 0) return 1
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`factlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}

function countErrors(run: LintRun): number {
  return run.files.flatMap((file) => file.messages).filter((message) => severityOf(message) === 'error').length
}
