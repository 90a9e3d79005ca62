/**
 * The commands of the command line, in the order the help lists them. Shared by `main.ts`, which
 * runs them, and the launcher, which keeps a code cache per command; it imports nothing, so the
 * launcher stays free of the CLI bundle's modules.
 */

/** The command names `factlint <command>` takes. */
export const COMMANDS = ['check', 'baseline', 'merge', 'rules'] as const

/** The commands as a message lists them: `check, baseline, merge or rules`. */
export function listedCommands(): string {
  return `${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS[COMMANDS.length - 1]}`
}
