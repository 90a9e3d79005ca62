/**
 * `factlint baseline [paths]`: lint and write today's findings to the baseline file
 * (`factlint-baseline.json`, or `--baseline FILE`), atomically, replacing what was there.
 */
import {dirname, relative, resolve} from 'node:path'
import {lint} from '../lint.js'
import {baselineEntries, baselineText, DEFAULT_BASELINE} from './baseline-file.js'
import type {CliIo} from './io.js'
import type {OptionValues} from './options.js'
import {rulesCacheOption} from './run-options.js'
import {writeFileAtomic} from '../write-file.js'

/** Runs `baseline` on `paths` (default `content/`) and returns the exit code (0 once written). */
export async function baselineCommand(paths: readonly string[], values: OptionValues, io: CliIo): Promise<number> {
  const patterns = paths.length ? paths : ['content']
  const rulesCache = rulesCacheOption(values, io)
  const {run} = await lint(patterns, {cwd: io.cwd, ...(values.config ? {config: values.config} : {}), ...(values.rules ? {rulesDir: values.rules} : {}), ...(rulesCache ? {rulesCache} : {})})
  const path = resolve(io.cwd, values.baseline ?? DEFAULT_BASELINE)
  const entries = baselineEntries(run, dirname(path))
  writeFileAtomic(path, baselineText(entries))
  const findings = entries.reduce((sum, entry) => sum + entry.count, 0)
  const articles = new Set(entries.map((entry) => entry.file)).size
  io.stdout(`factlint: wrote ${findings} finding${findings === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'} to ${relative(io.cwd, path) || path}\n`)
  return 0
}
