/**
 * Whether a named document is stated as required: the nearest cue word in its clause decides
 * (before it, else right after it: `パスポートをご持参ください`, `Your passport is required`);
 * else the nearest one earlier in its sentence; else the block as a whole (a trigger anywhere
 * in it, or one inherited from a lead-in line or table header). Documents that name everyday
 * things (`设备`, `SIM卡`) need a trigger in their own sentence, and a weak one (`需要`) only
 * governs them as its object (`需要您的手机`, not `需要提前备份你的手机`).
 */
import type {TextRange} from './blocks.js'
import {sentenceAt} from './blocks.js'
import type {Candidate, Marker, ScannedBlock} from './document-scan.js'

/** `keep` and `drop` are final; `block` keeps the document when its block states a requirement. */
export type Verdict = 'keep' | 'drop' | 'block'

/**
 * What may stand between a document (with the other documents left out) and the trigger after
 * it: particles, copulas, conjunctions, `等`, brackets (`（運転免許証、パスポート等）が必要です`).
 */
const PARTICLE_GAP =
  /^(?:[\s、・,()をはもがとや是也都均或和及与與等]|ご|お|など|または|もしくは|および|及び|is|are|be|will|must|also|and|or|etc\.?|è|sono|va|vanno|anche|e|ed|o|od|oppure)*$/i

/** What may stand between a weak trigger and an everyday document it governs (`需要您的手机`, `need your device`). */
const WEAK_OBJECT_GAP = /^(?:[\s的、和与及或,()]|您的|你的|your|the|a|il|la|lo|un|una|tuo|tua)*$/i

/** Judges one candidate of a scanned block; `inherited` when the block inherits a trigger. */
export function judge(scan: ScannedBlock, candidate: Candidate, inherited: boolean): Verdict {
  const clause = rangeAt(scan.clauses, candidate.alias.start)
  if (candidate.form === 'copy' && rejectsCopies(scan, clause)) return 'drop'
  const inClause = scan.markers.filter((m) => within(clause, m.start))
  const before = lastBefore(inClause, candidate.alias.start)
  if (before) return governs(scan, before, candidate)
  const after = inClause.find((m) => m.start >= candidate.alias.end)
  if (after && (after.kind === 'negated' || after.kind === 'obtain' || after.kind === 'rejected')) return 'drop'
  if (after && objectOf(scan, candidate, after)) return 'keep'
  const sentence = scan.block.sentences[sentenceAt(scan.block, candidate.alias.start)]!
  const earlier = lastBefore(
    scan.markers.filter((m) => within(sentence, m.start)),
    candidate.alias.start
  )
  if (earlier) return governs(scan, earlier, candidate)
  if (!candidate.needsTrigger) return 'block'
  return inherited ? 'keep' : 'drop'
}

/** The verdict of the marker before a candidate: a weak one governs an everyday document only as its object. */
function governs(scan: ScannedBlock, marker: Marker, candidate: Candidate): Verdict {
  if (marker.kind === 'trigger') return 'keep'
  if (marker.kind !== 'weak') return 'drop'
  return !candidate.needsTrigger || WEAK_OBJECT_GAP.test(gapWithoutDocuments(scan, marker.end, candidate.start)) ? 'keep' : 'drop'
}

/** Whether a document is the object of the trigger after it: particles only between them, or `を` before a strong one. */
function objectOf(scan: ScannedBlock, candidate: Candidate, marker: Marker): boolean {
  const gap = gapWithoutDocuments(scan, candidate.end, marker.start)
  return PARTICLE_GAP.test(gap) || (marker.kind === 'trigger' && gap.includes('を'))
}

/**
 * Whether a candidate is stated as not accepted: the nearest cue of its clause (before it, else
 * after it) says so, or it is a copy and its clause says copies are not accepted.
 */
export function isRejected(scan: ScannedBlock, candidate: Candidate): boolean {
  const clause = rangeAt(scan.clauses, candidate.alias.start)
  if (candidate.form === 'copy' && rejectsCopies(scan, clause)) return true
  const inClause = scan.markers.filter((m) => within(clause, m.start))
  const nearest = lastBefore(inClause, candidate.alias.start) ?? inClause.find((m) => m.start >= candidate.alias.end)
  return nearest?.kind === 'rejected'
}

function rejectsCopies(scan: ScannedBlock, clause: TextRange): boolean {
  return scan.policies.some((p) => p.value === 'rejected' && within(clause, p.start))
}

function lastBefore(markers: readonly Marker[], at: number): Marker | undefined {
  return markers.filter((m) => m.end <= at).at(-1)
}

function rangeAt(ranges: readonly TextRange[], at: number): TextRange {
  return ranges.find((r) => within(r, at)) ?? ranges[ranges.length - 1]!
}

function within(range: TextRange, at: number): boolean {
  return at >= range.start && at < range.end
}

/** The text between two indices with every named document left out. */
function gapWithoutDocuments(scan: ScannedBlock, from: number, to: number): string {
  let gap = ''
  for (let i = from; i < to; i++) {
    if (!scan.candidates.some((c) => i >= c.start && i < c.end)) gap += scan.text[i]
  }
  return gap
}
