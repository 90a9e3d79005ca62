/**
 * The compiled documents lexicon: phrase matchers for document aliases (with the phrases that
 * contain an alias but name no document), copy/original markers, the cue words around a
 * requirement (triggers, negations, verbs of obtaining), words saying a document is not accepted
 * and phrases saying whether copies are, built once per rule data.
 */
import type {RuleData} from '../rule-data.js'
import type {TextRange} from './blocks.js'
import {literalSearch} from './literal-search.js'

/** A phrase match: its range in the text and the value the phrase stands for. */
export interface PhraseMatch<T> extends TextRange {
  value: T
}

/** Finds every non-overlapping phrase in a text, longest phrase first at each position. */
export type PhraseMatcher<T> = (text: string) => PhraseMatch<T>[]

/** What a document alias stands for; `null` for a phrase that names no document. */
export interface AliasValue {
  id: string
  /** Counts only where a trigger governs it in its own sentence. */
  needsTrigger: boolean
}

/** Kinds of cue words around a requirement; `none` for phrases that contain a trigger but are none. */
export type CueKind = 'trigger' | 'weak' | 'negation' | 'obtain' | 'none'

/** The compiled lexicon. */
export interface DocumentLexicon {
  aliases: PhraseMatcher<AliasValue | null>
  forms: PhraseMatcher<'copy' | 'original'>
  cues: PhraseMatcher<CueKind>
  alternatives: PhraseMatcher<true>
  anyMarkers: PhraseMatcher<true>
  /** Words saying the documents of their clause are not accepted. */
  rejections: PhraseMatcher<true>
  /** Phrases saying copies are accepted or not. */
  copyPolicy: PhraseMatcher<CopyPolicy>
}

/** What a phrase says of copies of proof of identity. */
export type CopyPolicy = 'accepted' | 'rejected'

type DocumentsData = RuleData['documents']

const cache = new WeakMap<DocumentsData, DocumentLexicon>()

/** Returns the (cached) compiled lexicon of the documents rule data. */
export function documentLexicon(data: DocumentsData): DocumentLexicon {
  const cached = cache.get(data)
  if (cached) return cached
  const lexicon: DocumentLexicon = {
    aliases: phraseMatcher<AliasValue | null>([
      ...data.documents.flatMap((kind) =>
        Object.values(kind.aliases)
          .flat()
          .map((phrase) => ({phrase, value: {id: kind.id, needsTrigger: kind.needs_trigger === true}}))
      ),
      ...data.not_documents.map((phrase) => ({phrase, value: null}))
    ]),
    forms: phraseMatcher([...tagged(data.copy_markers, 'copy' as const), ...tagged(data.original_markers, 'original' as const)]),
    cues: phraseMatcher([
      ...tagged(data.triggers, 'trigger' as const),
      ...tagged(data.weak_triggers, 'weak' as const),
      ...tagged(data.negations, 'negation' as const),
      ...tagged(data.obtain_verbs, 'obtain' as const),
      ...tagged(data.not_triggers, 'none' as const)
    ]),
    alternatives: phraseMatcher(tagged(data.alternatives, true as const)),
    anyMarkers: phraseMatcher(tagged(data.any_markers, true as const)),
    rejections: phraseMatcher(tagged(data.not_accepted, true as const)),
    copyPolicy: phraseMatcher([...tagged(data.copy_rejections, 'rejected' as const), ...tagged(data.copy_acceptances, 'accepted' as const)])
  }
  cache.set(data, lexicon)
  return lexicon
}

function tagged<T>(phrases: readonly string[], value: T): {phrase: string; value: T}[] {
  return phrases.map((phrase) => ({phrase, value}))
}

/**
 * Compiles phrases into a matcher: case-insensitive, longest phrase first, Latin phrases only on
 * word boundaries. When a phrase is listed twice, the first value wins.
 */
export function phraseMatcher<T>(phrases: readonly {phrase: string; value: T}[]): PhraseMatcher<T> {
  const byKey = new Map<string, T>()
  for (const {phrase, value} of phrases) {
    const key = foldText(phrase).toLowerCase()
    if (!byKey.has(key)) byKey.set(key, value)
  }
  const search = literalSearch(byKey.keys(), {skip: pastLatinWord})
  return (text) => {
    const found: PhraseMatch<T>[] = []
    for (let match = search.next(text, 0); match; ) {
      const {start, end} = match
      const key = text.slice(start, end).toLowerCase()
      const known = byKey.has(key) && onWordBoundary(text, start, end)
      if (known) found.push({start, end, value: byKey.get(key)!})
      match = search.next(text, known ? end : start + 1)
    }
    return found
  }
}

/** A Latin phrase must not continue a Latin word (`SIM卡` in `eSIM卡`); CJK needs no boundary. */
function onWordBoundary(text: string, start: number, end: number): boolean {
  if (isLatin(text, start) && start > 0 && isLatin(text, start - 1)) return false
  if (isLatin(text, end - 1) && end < text.length && isLatin(text, end)) return false
  return true
}

/**
 * Where a phrase may start: `at` itself, unless it is inside a Latin word, where no phrase may
 * start (see {@link onWordBoundary}); then the end of that word.
 */
export function pastLatinWord(text: string, at: number): number {
  if (at === 0 || !isLatin(text, at) || !isLatin(text, at - 1)) return at
  let end = at + 1
  while (end < text.length && isLatin(text, end)) end++
  return end
}

/** Whether the UTF-16 unit at `index` is a Latin letter or digit (`[A-Za-z0-9\u00C0-\u024F]`). */
function isLatin(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
}

/**
 * Folds full-width ASCII (`ＳＩＭ`, `（`, `：`) to ASCII and curly apostrophes to `'`, keeping
 * every character at its index, so matches on the folded text are ranges of the original.
 */
export function foldText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u2018\u2019]/g, (char) => {
    const code = char.charCodeAt(0)
    return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : "'"
  })
}
