/**
 * What the per-article stage leaves for the rest of a run: per article, its result (plain data,
 * so it can come from a worker, the cache or a shard blob) or why it could not be checked.
 */
import type {CorpusArticle} from '../checks/rule.js'
import type {ArticleResult} from './lint-article.js'
import {unpackCorpus, unpackResult, withoutCorpusPart, type PackedResult} from './packed-result.js'

/** An article that was checked: its result, the length of its text and, when kept, the text. */
export interface CheckedEntry {
  path: string
  /** The result; built on each read when the entry holds a packed one (see {@link packedEntry}), so read it once. */
  result: ArticleResult
  /**
   * What the corpus phase reads, when the entry can give it without building the whole result
   * (packed entries); see {@link corpusOf}.
   */
  corpus?: CorpusArticle
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

/** What the corpus phase reads of a checked entry (without building a packed entry's whole result). */
export function corpusOf(entry: CheckedEntry): CorpusArticle {
  return entry.corpus ?? entry.result.record
}

/** Where a packed result comes from: `checked` when from a file (see {@link UnpackOptions}); `damaged` makes the error of one that is not a result. */
export interface PackedSource {
  checked: boolean
  damaged(path: string, cause: Error): Error
}

/** A packed result for {@link packedEntry}, with its corpus part when already read. */
export interface PackedEntryResult {
  packed: PackedResult
  corpus?: CorpusArticle
}

/**
 * A checked entry holding a packed result: `corpus` is built on first read and kept; `result` is
 * built anew on every read (so read it once). A packed result from a file that turns out not to be
 * one throws `source.damaged(...)`.
 */
export function packedEntry(path: string, length: number, from: PackedEntryResult, source: PackedSource, text?: string): CheckedEntry {
  const options = {path, checked: source.checked}
  // Once the corpus part is read, only the rest of the bytes is kept.
  let packed = from.corpus ? withoutCorpusPart(from.packed) : from.packed
  let corpus = from.corpus
  const read = <T>(unpack: () => T): T => {
    try {
      return unpack()
    } catch (error) {
      throw source.damaged(path, error instanceof Error ? error : new Error(String(error)))
    }
  }
  const corpusPart = (): CorpusArticle => {
    if (!corpus) {
      corpus = read(() => unpackCorpus(packed, options))
      packed = withoutCorpusPart(packed)
    }
    return corpus
  }
  const entry = {path, length, ...(text === undefined ? {} : {text})} as CheckedEntry
  // Not enumerable: a derived view, so a packed entry equals the plain entry of the same result.
  Object.defineProperty(entry, 'corpus', {enumerable: false, get: corpusPart})
  // The whole result is not kept: reporters build an article's messages from it once, and a run
  // need not hold every article's objects at once. (A WeakRef would not do: what it refers to is
  // kept until the end of the current job, and a report is written in one.)
  Object.defineProperty(entry, 'result', {
    enumerable: true,
    get: () => {
      const whole = corpusPart()
      return read(() => unpackResult(packed, whole, options))
    }
  })
  return entry
}
