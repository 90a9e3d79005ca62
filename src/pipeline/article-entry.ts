/**
 * What the per-article stage leaves for the rest of a run: per article, its result (plain data,
 * so it can come from a worker, the cache or a shard blob) or why it could not be checked.
 */
import type {ArticleResult} from './lint-article.js'

/** An article that was checked: its result, the length of its text and, when kept, the text. */
export interface CheckedEntry {
  path: string
  result: ArticleResult
  /** Length of the text in UTF-16 code units (positions past it do not exist). */
  length: number
  /**
   * The text, when the run keeps it: for `--fix` (articles with fixable reports) and API callers
   * that passed texts in. Otherwise reporters read it lazily from disk.
   */
  text?: string
}

/** An article that cannot be checked at all (unreadable, empty, not UTF-8). */
export interface ProblemEntry {
  path: string
  problem: string
}

/** One article of a run after the per-article stage. */
export type ArticleEntry = CheckedEntry | ProblemEntry

/** Whether an entry was checked. */
export function isChecked(entry: ArticleEntry): entry is CheckedEntry {
  return 'result' in entry
}

/** Whether a result has a report that `--fix` can apply (so its text must be kept). */
export function hasFix(result: ArticleResult): boolean {
  return result.reports.some((entry) => entry.report.fix !== undefined)
}
