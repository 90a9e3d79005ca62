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

/**
 * A reader that stops early (`factlint check | head`) closes the pipe: the rest of the output has
 * nowhere to go and is dropped, and the run ends as it would have, instead of crashing on EPIPE.
 */
function dropOutputToClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error
}

/** The real process. */
export function processIo(): CliIo {
  if (!process.stdout.listeners('error').includes(dropOutputToClosedPipe)) process.stdout.on('error', dropOutputToClosedPipe)
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env
  }
}
