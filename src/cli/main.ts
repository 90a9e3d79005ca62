/**
 * The command line: parses arguments and runs a command; returns the exit code (0 clean,
 * 1 findings, 2 usage or configuration error). A usage, config or rule-file error is printed as
 * one line.
 */
import {parseArgs} from 'node:util'
import {ConfigError} from '../config/config-error.js'
import {version} from '../lint.js'
import {NoMatchError} from '../pipeline/read-articles.js'
import {ShardError} from '../pipeline/shard.js'
import {baselineCommand} from './baseline-command.js'
import {checkCommand} from './check.js'
import type {CliIo} from './io.js'
import {listRules} from './list-rules.js'
import {OPTIONS, UsageError} from './options.js'
import {checkMergeOptions, mergeLinter} from './shard-commands.js'
import {USAGE} from './usage.js'

/** Runs the command line with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof NoMatchError || error instanceof ShardError) {
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
  switch (command) {
    case 'check':
      return checkCommand(paths, values, io)
    case 'baseline':
      return baselineCommand(paths, values, io)
    case 'merge':
      checkMergeOptions(values)
      return checkCommand(paths, values, io, mergeLinter(paths))
    case 'rules':
      return listRules(io, values.config, values.rules)
    default:
      throw new UsageError(`unknown command "${command}"; expected check, baseline, merge or rules`)
  }
}
