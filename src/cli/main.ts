/**
 * The command line: parses arguments and runs a command; returns the exit code (0 clean,
 * 1 findings, 2 usage or configuration error). A usage, config or rule-file error is printed as
 * one line.
 *
 * Each command is imported when it runs, so `--version`, `--help` and `rules` load none of the
 * linting, and `check` none of the other commands (startup time is most of a one-article run).
 */
import {parseArgs} from 'node:util'
import {version} from '../build-info.js'
import {ConfigError} from '../config/config-error.js'
import {NoMatchError} from '../pipeline/read-articles.js'
import {CacheError} from '../pipeline/cache-error.js'
import {ShardError} from '../pipeline/shard.js'
import {listedCommands} from './commands.js'
import type {CliIo} from './io.js'
import {OPTIONS, UsageError} from './options.js'
import {USAGE} from './usage.js'

/** Runs the command line with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof NoMatchError || error instanceof ShardError || error instanceof CacheError) {
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
      return (await import('./check.js')).checkCommand(paths, values, io)
    case 'baseline':
      return (await import('./baseline-command.js')).baselineCommand(paths, values, io)
    case 'merge': {
      const {checkMergeOptions, mergeLinter} = await import('./shard-commands.js')
      checkMergeOptions(values)
      return (await import('./check.js')).checkCommand(paths, values, io, mergeLinter(paths))
    }
    case 'rules':
      return (await import('./list-rules.js')).listRules(io, values.config, values.rules, (await import('./run-options.js')).rulesCacheOption(values, io))
    default:
      throw new UsageError(`unknown command "${command}"; expected ${listedCommands()}`)
  }
}
