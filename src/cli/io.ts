/**
 * What the CLI needs from the outside world, so tests can run it in-process.
 */

/** The CLI's view of the process. */
export interface CliIo {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  /** Whether stdout is a terminal (for colors). */
  isTTY: boolean
  env: Record<string, string | undefined>
}

/** The real process. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env
  }
}
