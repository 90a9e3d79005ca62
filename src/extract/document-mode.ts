/**
 * The mode of a documents list: `any` when the documents are alternatives (`护照或在留卡`,
 * `passport or residence card`, or a word like `任一` / `いずれか` / `one of` nearby), `all` when
 * they are joined otherwise (`和`, `以及`, `、`, `and`, separate sentences), `unspecified` when
 * both joins occur (`身份证件（护照或日本驾照）以及设备`: alternatives inside a list of musts).
 */
import type {DocumentClaim} from '../types.js'
import {sentenceAt} from './blocks.js'
import type {DocumentLexicon} from './document-lexicon.js'
import type {Candidate, ScannedBlock} from './document-scan.js'

/** A document picked for a claim, with the block it is named in. */
export interface Picked {
  scan: ScannedBlock
  candidate: Candidate
}

const SENTENCE_BREAK = /[。!?;\n]|\.(?=\s|$)/

/** The mode of the picked documents; `lead` are blocks of the list that name none (lead-in lines). */
export function listMode(lexicon: DocumentLexicon, picked: readonly Picked[], lead: readonly ScannedBlock[]): DocumentClaim['mode'] {
  if (picked.length < 2) return 'all'
  if (scopeTexts(picked, lead).some((text) => lexicon.anyMarkers(text).length > 0)) return 'any'
  const joins = picked.slice(1).map((item, i) => isAlternative(lexicon, picked[i]!, item))
  if (joins.every(Boolean)) return 'any'
  return joins.some(Boolean) ? 'unspecified' : 'all'
}

function isAlternative(lexicon: DocumentLexicon, a: Picked, b: Picked): boolean {
  if (a.scan !== b.scan) return false
  const gap = a.scan.text.slice(a.candidate.end, b.candidate.start)
  return !SENTENCE_BREAK.test(gap) && lexicon.alternatives(gap).length > 0
}

/** Where a word like `任一` makes the list one of alternatives: the sentences naming it, and lead-ins. */
function scopeTexts(picked: readonly Picked[], lead: readonly ScannedBlock[]): string[] {
  const texts = lead.map((scan) => scan.text)
  for (const scan of new Set(picked.map((p) => p.scan))) {
    const mine = picked.filter((p) => p.scan === scan)
    const first = scan.block.sentences[sentenceAt(scan.block, mine[0]!.candidate.start)]!
    const last = scan.block.sentences[sentenceAt(scan.block, mine[mine.length - 1]!.candidate.start)]!
    texts.push(scan.text.slice(first.start, last.end))
  }
  return texts
}
