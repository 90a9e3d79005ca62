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

/**
 * A reporter whose text comes in pieces, one file at a time, in order; joined, the pieces are the
 * text of its {@link Reporter}. The CLI writes them as they come, so a big run is never one string.
 */
export type ChunkedReporter = (run: LintRun, options?: ReporterOptions) => Iterable<string>
