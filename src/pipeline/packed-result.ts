/**
 * A per-article result kept as bytes (as workers send it and the cache stores it), so a run holds
 * a few kilobytes of bytes per article instead of objects, and builds the objects only when asked:
 * the corpus part (what cross-article rules compare) for every article, the rest only for
 * articles whose messages are shown.
 *
 * The bytes are UTF-8: the corpus part's JSON, a tab, then the JSON of the rest of the result, in
 * which the fields the corpus part holds are null (so the record keeps its key order when the two
 * are joined again). JSON has no raw tab outside strings, and JSON.stringify escapes tabs inside
 * them, so the first tab splits the two.
 */
import {CORPUS_CLAIM_KINDS, type CorpusArticle} from '../checks/rule.js'
import {hasFix, type ArticleResult} from './lint-article.js'
import {checkCorpusArticle, checkResult} from './result-shape.js'

/** A result as bytes, and whether it has a fix (so `--fix` needs the text) without reading them. */
export interface PackedResult {
  bytes: Uint8Array
  fixable: boolean
}

/** The tab byte: it separates the parts of a packed result, and those of a cache line (`cache.ts`). */
export const TAB = 9
const encoder = new TextEncoder()

/** Packs a result (see the module comment). */
export function packResult(result: ArticleResult): PackedResult {
  const {record} = result
  const corpus: CorpusArticle = {
    path: record.path,
    ...(record.country === undefined ? {} : {country: record.country}),
    lineStarts: record.lineStarts,
    claims: Object.fromEntries(CORPUS_CLAIM_KINDS.map((kind) => [kind, record.claims[kind]])) as CorpusArticle['claims']
  }
  // Shallow copies with the corpus fields set to null: a field keeps its place in the key order.
  const claims = {...record.claims, ...Object.fromEntries(CORPUS_CLAIM_KINDS.map((kind) => [kind, null]))}
  const rest = JSON.stringify({...result, record: {...record, path: null, ...('country' in record ? {country: null} : {}), lineStarts: null, claims}})
  return {bytes: encoder.encode(`${JSON.stringify(corpus)}\t${rest}`), fixable: hasFix(result)}
}

/**
 * Settings of reading a packed result: `checked` when the bytes come from a file (the cache), so
 * their shape is checked before use; packs made by this run (workers) are trusted.
 */
export interface UnpackOptions {
  path: string
  checked: boolean
}

/** The corpus part of a packed result. Throws a ShapeError (or SyntaxError) when checked and not one. */
export function unpackCorpus(packed: PackedResult, options: UnpackOptions): CorpusArticle {
  const value: unknown = JSON.parse(text(packed, 0, splitAt(packed)))
  return options.checked ? checkCorpusArticle(value, options.path, 'corpus part') : (value as CorpusArticle)
}

/** The whole result, joined with its corpus part (from {@link unpackCorpus}). Throws like it. */
export function unpackResult(packed: PackedResult, corpus: CorpusArticle, options: UnpackOptions): ArticleResult {
  const value = JSON.parse(text(packed, splitAt(packed) + 1, packed.bytes.length)) as ArticleResult
  const record = value.record as Partial<ArticleResult['record']> | null
  if (typeof record === 'object' && record !== null) {
    record.path = corpus.path
    if ('country' in record) record.country = corpus.country
    record.lineStarts = corpus.lineStarts
    if (typeof record.claims === 'object' && record.claims !== null) for (const kind of CORPUS_CLAIM_KINDS) record.claims[kind] = corpus.claims[kind] as never
  }
  return options.checked ? checkResult(value, options.path, 'result') : value
}

/**
 * The packed result without its corpus part, once that part has been read: a copy of the tab and
 * the rest (so the bytes it was cut from, a whole file read back, need not be kept).
 * {@link unpackResult} reads it as before.
 */
export function withoutCorpusPart(packed: PackedResult): PackedResult {
  return {bytes: new Uint8Array(packed.bytes.subarray(splitAt(packed))), fixable: packed.fixable}
}

/** The UTF-8 text of bytes `start` to `end` (Buffer's decoder: cheaper per call than TextDecoder's). */
function text(packed: PackedResult, start: number, end: number): string {
  const {bytes} = packed
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end)
}

function splitAt(packed: PackedResult): number {
  const at = packed.bytes.indexOf(TAB)
  if (at < 0) throw new SyntaxError('a packed result without its two parts')
  return at
}
