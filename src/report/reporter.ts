/** The shape every text reporter has. */
import type {LintRun} from './model.js'

/** Options the CLI passes to every reporter; a reporter ignores those it has no use for. */
export interface ReporterOptions {
  /** Colour the output with ANSI escapes (terminal reporters only). Off by default. */
  color?: boolean
  /** Show errors only. */
  quiet?: boolean
}

/** A pure function from a run to text: computes no verdicts, touches neither disk nor process. */
export type Reporter = (run: LintRun, options?: ReporterOptions) => string
