/**
 * Running git: always `execFileSync` with an argument array (never a shell string), output as
 * UTF-8, and failures turned into a {@link GitError} that keeps git's exit status and message.
 */
import {execFileSync} from 'node:child_process'

/** git failed, or could not be started. */
export class GitError extends Error {
  override name = 'GitError'
  /** git's exit status; undefined when git could not be started at all. */
  readonly status: number | undefined
  /** Whether git is missing from the PATH. */
  readonly missing: boolean

  /** A failure of `git args`, with git's first line of error output. */
  constructor(message: string, status: number | undefined, missing: boolean) {
    super(message)
    this.status = status
    this.missing = missing
  }
}

interface SpawnFailure {
  status?: number | null
  code?: string
  stderr?: Buffer | string
  message: string
}

/** Returns the standard output of `git args` run in `cwd`; throws {@link GitError} when it fails. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 512 * 1024 * 1024,
      env: {...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0'}
    })
  } catch (error) {
    const failure = error as SpawnFailure
    const stderr = String(failure.stderr ?? '').trim().split('\n')[0] ?? ''
    const missing = failure.code === 'ENOENT'
    throw new GitError(stderr || failure.message, failure.status ?? undefined, missing)
  }
}

/** Returns whether `git args` exits with 0 (its output is discarded). */
export function gitSucceeds(cwd: string, args: readonly string[]): boolean {
  try {
    git(cwd, args)
    return true
  } catch (error) {
    if (error instanceof GitError && !error.missing) return false
    throw error
  }
}
