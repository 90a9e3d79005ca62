/**
 * The one error a broken rule file or config raises: it names the file, line and column and says
 * what to do, and the CLI prints it as a single line and exits with 2.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'

  /**
   * @param file Path of the file at fault, as the user should see it.
   * @param line 1-based line, or 0 when the whole file is at fault.
   * @param column 1-based column, or 0 when unknown.
   * @param reason What is wrong and what to do.
   */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${file}${line ? `:${line}:${column || 1}` : ''}: ${reason}`)
  }
}
