/**
 * One block read for documents: the documents it names (with their copy/original form), the cue
 * words around them (requirement triggers, negated triggers, verbs of obtaining, words saying a
 * document is not accepted), what it says of copies, and its clauses.
 * Nothing inside inline code counts.
 */
import type {DocumentItem} from '../types.js'
import type {TextBlock, TextRange} from './blocks.js'
import {inRanges} from './blocks.js'
import type {AliasValue, CopyPolicy, CueKind, DocumentLexicon, PhraseMatch} from './document-lexicon.js'
import {foldText} from './document-lexicon.js'

/** A document named in a block, before it is judged to be required. */
export interface Candidate extends TextRange {
  /** Document id from the lexicon. */
  id: string
  /** Counts only where a trigger governs it in its own sentence. */
  needsTrigger: boolean
  /** Range of the alias alone; `start`/`end` include an adjacent copy/original marker. */
  alias: TextRange
  form: DocumentItem['form']
}

/** A cue word: a requirement trigger (strong or weak), a negated trigger, a verb of obtaining or words saying "not accepted". */
export interface Marker extends TextRange {
  kind: 'trigger' | 'weak' | 'negated' | 'obtain' | 'rejected'
}

/** A block with its documents, cues and clauses. */
export interface ScannedBlock {
  block: TextBlock
  /** The block text, folded for matching (same indices as `block.text`). */
  text: string
  candidates: Candidate[]
  markers: Marker[]
  clauses: TextRange[]
  /** Phrases saying whether copies are accepted (`原本のみ`, `复印件即可`). */
  policies: PhraseMatch<CopyPolicy>[]
}

const CLAUSE_END = /[,;:!?。\n]|\.(?=\s|$)/g
const CLAUSE_BREAK = new RegExp(CLAUSE_END.source)
/** Between a document and a copy/original marker after it (`护照复印件`, `护照的原件`, `在留卡（原件）`, `passaporto originale`). */
const FORM_AFTER = /^[\s的の之(]{0,2}$/
/** Between a copy/original marker and the document after it (`copy of your passport`, `fotocopia della carta`). */
const FORM_BEFORE = /^\s*(?:(?:of|del|della|dello|dei|delle|di|d')\s*)?(?:(?:the|your|a|an|il|la|lo|l'|un|una|tuo|tua|suo|sua)\s*)?$/i
/** A document that only modifies the next one, head-final (`SIM卡时的收据`, `SIMカードの領収書`). */
const MODIFIES_NEXT = /^[^和与與及或、,.;:!?。()/とや\s]{0,5}[的の]$/
/** A document that only modifies the previous one, head-initial (`receipt for the SIM card`, `ricevuta della SIM`). */
const MODIFIES_PREVIOUS = /^\s+(?:(?:for|of|from|on)\s+(?:(?:the|your|a|an|my|this)\s+)?|(?:della|del|dello|dei|delle|di|per\s+(?:la|il|lo))\s+|dell')$/i
/** The most characters between a negation and the trigger it negates (`non è necessario`). */
const NEGATION_REACH = 3

/**
 * The first reading of a block: its folded text, the documents it names and its phrases about
 * copies (outside inline code). A block with neither can anchor no documents claim.
 */
export interface NamedBlock {
  block: TextBlock
  text: string
  named: PhraseMatch<AliasValue>[]
  policies: PhraseMatch<CopyPolicy>[]
}

/** Reads the documents and copy phrases a block names (see {@link NamedBlock}). */
export function readNames(block: TextBlock, lexicon: DocumentLexicon): NamedBlock {
  const text = foldText(block.text)
  const outsideCode = (range: TextRange) => !inRanges(block.code, range.start)
  const named = lexicon.aliases(text).filter((m): m is PhraseMatch<AliasValue> => m.value !== null && outsideCode(m))
  return {block, text, named, policies: lexicon.copyPolicy(text).filter(outsideCode)}
}

/** Reads a block: its documents, cue markers and clauses (after {@link readNames}, when given). */
export function scanBlock(block: TextBlock, lexicon: DocumentLexicon, names: NamedBlock = readNames(block, lexicon)): ScannedBlock {
  const {text, named, policies} = names
  const outsideCode = (range: TextRange) => !inRanges(block.code, range.start)
  const forms = lexicon.forms(text).filter(outsideCode)
  const candidates = dropModifiers(
    named.map((m) => withForm(text, m, forms)),
    text
  )
  const clauses = splitClauses(text)
  const cues = lexicon.cues(text).filter((m): m is PhraseMatch<Exclude<CueKind, 'none'>> => m.value !== 'none' && outsideCode(m))
  // "不接受复印件" says nothing against the document, only against copies of it.
  const rejections = lexicon
    .rejections(text)
    .filter((m) => outsideCode(m) && !policies.some((p) => p.start < m.end && m.start < p.end))
    .map((m): Marker => ({start: m.start, end: m.end, kind: 'rejected'}))
  // "no longer accepted" is a rejection, not a negation of something else.
  const others = resolveNegations(cues, text).filter((m) => !rejections.some((r) => r.start < m.end && m.start < r.end))
  const markers = [...others, ...rejections].sort((a, b) => a.start - b.start)
  return {block, text, candidates, markers, clauses, policies}
}

/** The candidate for an alias match, with the copy/original marker next to it, if any. */
function withForm(text: string, match: PhraseMatch<AliasValue>, forms: PhraseMatch<'copy' | 'original'>[]): Candidate {
  const after = forms.find((f) => f.start >= match.end && FORM_AFTER.test(text.slice(match.end, f.start)))
  const before = after ? undefined : forms.find((f) => f.end <= match.start && FORM_BEFORE.test(text.slice(f.end, match.start)))
  // Built whole: a spread into an object literal is far slower, and this runs for every document named.
  return {
    id: match.value.id,
    needsTrigger: match.value.needsTrigger,
    alias: {start: match.start, end: match.end},
    start: before ? before.start : match.start,
    end: after ? closingBracket(text, match.end, after.end) : match.end,
    form: after?.value ?? before?.value ?? 'unspecified'
  }
}

/** Extends `end` over a closing bracket when the marker was opened in one (`在留卡（原件）`). */
function closingBracket(text: string, from: number, end: number): number {
  return text.slice(from, end).includes('(') && text[end] === ')' ? end + 1 : end
}

/** Drops documents that only say which other document is meant (`购买SIM卡时的收据` is a receipt). */
function dropModifiers(candidates: Candidate[], text: string): Candidate[] {
  const dropped = new Set<number>()
  for (let i = 0; i + 1 < candidates.length; i++) {
    const gap = text.slice(candidates[i]!.end, candidates[i + 1]!.start)
    if (MODIFIES_NEXT.test(gap.trim())) dropped.add(i)
    else if (MODIFIES_PREVIOUS.test(gap)) dropped.add(i + 1)
  }
  return candidates.filter((_, i) => !dropped.has(i))
}

/** Turns cue matches into markers: a negation merges with a trigger right after it. */
function resolveNegations(cues: PhraseMatch<Exclude<CueKind, 'none'>>[], text: string): Marker[] {
  const markers: Marker[] = []
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!
    if (cue.value !== 'negation') {
      markers.push({start: cue.start, end: cue.end, kind: cue.value})
      continue
    }
    const next = cues[i + 1]
    const reaches = next && (next.value === 'trigger' || next.value === 'weak') && negationReaches(text, cue.end, next.start)
    markers.push({start: cue.start, end: reaches ? next.end : cue.end, kind: 'negated'})
    if (reaches) i++
  }
  return markers
}

function negationReaches(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to)
  return gap.length <= NEGATION_REACH && !CLAUSE_BREAK.test(gap)
}

/** Splits text into clauses on commas, colons, semicolons and sentence ends. */
export function splitClauses(text: string): TextRange[] {
  const ranges: TextRange[] = []
  let start = 0
  for (const match of text.matchAll(CLAUSE_END)) {
    const end = match.index + match[0].length
    if (end > start) ranges.push({start, end})
    start = end
  }
  if (start < text.length || ranges.length === 0) ranges.push({start, end: text.length})
  return ranges
}
