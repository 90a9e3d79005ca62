/**
 * Required documents: the lists an article says you must bring or provide (`请携带护照或在留卡`,
 * `必要書類：運転免許証`, `Please bring your passport`, `occorre il permesso di soggiorno`),
 * each document normalised to an id of the documents lexicon, with its copy/original form, the
 * list's mode (all / any), what it says is not accepted (documents, copies) and the carrier it
 * is stated for. One claim per block, or per lead-in line with the list below it.
 */
import type {DocumentClaim, DocumentItem} from '../types.js'
import type {TextBlock} from './blocks.js'
import {blockSpan, contextAt} from './blocks.js'
import {attributeCarrier} from './attribution.js'
import type {BlockGroup} from './document-groups.js'
import {blockGroups} from './document-groups.js'
import type {DocumentLexicon} from './document-lexicon.js'
import {documentLexicon} from './document-lexicon.js'
import type {Picked} from './document-mode.js'
import {listMode} from './document-mode.js'
import type {NamedBlock, ScannedBlock} from './document-scan.js'
import {readNames, scanBlock} from './document-scan.js'
import {rejectionsOf} from './document-rejections.js'
import {judge} from './document-select.js'
import type {ExtractInput} from './input.js'

/** Extracts every required-documents list of an article. */
export function extractDocuments(input: ExtractInput): DocumentClaim[] {
  const lexicon = documentLexicon(input.data.documents)
  // Each block is read at most once, on demand, by its index.
  const names: (NamedBlock | undefined)[] = []
  const scans: (ScannedBlock | undefined)[] = []
  const named = (block: TextBlock): NamedBlock => (names[block.index] ??= readNames(block, lexicon))
  const scan = (block: TextBlock): ScannedBlock => (scans[block.index] ??= scanBlock(block, lexicon, named(block)))
  // A claim needs a document or a phrase about copies: groups without either are not read further.
  const anchors = (block: TextBlock) => named(block).named.length > 0 || named(block).policies.length > 0
  const hasTrigger = (block: TextBlock, from: number) => scan(block).markers.some((m) => m.start >= from && (m.kind === 'trigger' || m.kind === 'weak'))
  const claims: DocumentClaim[] = []
  for (const group of blockGroups(input.tree, input.blocks, hasTrigger)) {
    const claim = group.blocks.some(anchors) ? claimOf(input, lexicon, group.blocks.map(scan), group) : undefined
    if (claim) claims.push(claim)
  }
  return claims
}

function claimOf(input: ExtractInput, lexicon: DocumentLexicon, scans: ScannedBlock[], group: BlockGroup): DocumentClaim | undefined {
  const picked = pick(scans, group)
  const {rejected, policy} = rejectionsOf(scans)
  const anchors = [...picked, ...rejected].map((p) => ({scan: p.scan, start: p.candidate.start, end: p.candidate.end}))
  if (policy) anchors.push({scan: policy.scan, start: policy.match.start, end: policy.match.end})
  if (anchors.length === 0) return undefined
  const order = (a: (typeof anchors)[number]) => a.scan.block.offsets[a.start]!
  const ends = picked.length ? [picked[0]!, picked[picked.length - 1]!].map((p) => ({scan: p.scan, start: p.candidate.start, end: p.candidate.end})) : [...anchors].sort((a, b) => order(a) - order(b))
  const first = ends[0]!
  const last = ends[ends.length - 1]!
  const span = {start: blockSpan(first.scan.block, first.start, first.end).start, end: blockSpan(last.scan.block, last.start, last.end).end}
  const {carrier, attribution} = attributeCarrier(input, first.scan.block, first.start)
  const copies = policy && blockSpan(policy.scan.block, policy.match.start, policy.match.end)
  return {
    kind: 'documents',
    span,
    text: input.source.slice(span.start, span.end),
    context: contextAt(first.scan.block, first.start),
    documents: picked.map((p) => itemOf(input.source, p)),
    mode: listMode(lexicon, picked, scans.filter((s) => !picked.some((p) => p.scan === s))),
    ...(rejected.length ? {rejected: rejected.map((p) => itemOf(input.source, p))} : {}),
    ...(policy && copies ? {copies: {policy: policy.match.value, span: copies, text: input.source.slice(copies.start, copies.end)}} : {}),
    ...(carrier ? {carrier} : {}),
    attribution
  }
}

/** The documents of a group stated as required, each id and form once, in order. */
function pick(scans: readonly ScannedBlock[], group: BlockGroup): Picked[] {
  // Saying a copy will do (`护照复印件即可`) states what is accepted as much as a trigger does.
  const stated =
    group.inherited.size > 0 || scans.some((s) => s.markers.some((m) => m.kind === 'trigger') || s.policies.some((p) => p.value === 'accepted'))
  const seen = new Set<string>()
  const picked: Picked[] = []
  for (const scan of scans) {
    for (const candidate of scan.candidates) {
      const verdict = judge(scan, candidate, group.inherited.has(scan.block.index))
      const key = `${candidate.id}:${candidate.form}`
      if (verdict === 'drop' || (verdict === 'block' && !stated) || seen.has(key)) continue
      seen.add(key)
      picked.push({scan, candidate})
    }
  }
  return picked
}

function itemOf(source: string, {scan, candidate}: Picked): DocumentItem {
  const span = blockSpan(scan.block, candidate.start, candidate.end)
  return {id: candidate.id, form: candidate.form, span, text: source.slice(span.start, span.end)}
}
