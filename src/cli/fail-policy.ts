/**
 * The exit code of `check`: `--fail-on error|warning|never` and `--max-warnings`, judged on the
 * messages left after the baseline and the pull-request scope.
 */
import {severityOf, type LintRun} from '../report/model.js'
import {UsageError} from './options.js'

/** The lowest severity that fails a run, or `never`. */
export type FailOn = 'error' | 'warning' | 'never'

const LEVELS: readonly FailOn[] = ['error', 'warning', 'never']

/** Returns the `--fail-on` value (default `error`); throws a {@link UsageError} for another. */
export function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error'
  if (!(LEVELS as readonly string[]).includes(value)) throw new UsageError(`--fail-on takes error, warning or never, not "${value}"`)
  return value as FailOn
}

/** Returns the `--max-warnings` value, -1 when not given; throws a {@link UsageError} for a bad one. */
export function parseMaxWarnings(value: string | undefined): number {
  const max = value === undefined ? -1 : Number(value)
  if (!Number.isInteger(max) || max < -1) throw new UsageError('--max-warnings takes a whole number')
  return max
}

/** Why a run fails, or undefined when it passes (exit 0). */
export interface Failure {
  /** A line for stderr, when the reporters alone would not say why. */
  reason?: string
}

/**
 * Returns the failure of `run` under the policy: a message at or above `failOn`, or more
 * warnings than `maxWarnings` (when not -1; it applies whatever `failOn` says).
 */
export function judgeRun(run: LintRun, failOn: FailOn, maxWarnings: number): Failure | undefined {
  const counts = {error: 0, warning: 0, info: 0}
  for (const file of run.files) for (const message of file.messages) counts[severityOf(message)]++
  if (failOn !== 'never' && counts.error > 0) return {}
  if (failOn === 'warning' && counts.warning > 0) return {}
  if (maxWarnings >= 0 && counts.warning > maxWarnings) return {reason: `${counts.warning} warnings, more than --max-warnings ${maxWarnings}`}
  return undefined
}
