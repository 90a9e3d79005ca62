/**
 * Document claims and registry facts as statements that can contradict each other, one per
 * document: "X is accepted" (listed as required or as one of the accepted documents), "a copy of
 * X is accepted", "X is not accepted", "a copy of X is not accepted", and the same about copies of
 * any proof of identity (`*`: `原本のみ`, `复印件即可`).
 *
 * Two statements contradict only when one accepts what the other rejects:
 * - "X is not accepted" contradicts any acceptance of X (the document or a copy of it);
 * - "a copy of X (or of any ID) is not accepted" contradicts "a copy of X (or of any ID) is accepted".
 * Different but compatible lists (`护照` in one, `在留卡` in another, an original in one and a copy
 * asked for by post in another) never contradict.
 */
import {kept} from '../memo.js'
import type {Carrier, RuleData, SourcedValue} from '../rule-data.js'
import type {DocumentClaim, Span} from '../types.js'

/** Stands for every proof of identity in statements about copies. */
export const ANY_ID = '*'

/** One statement about one document. */
export interface DocumentStatement {
  stance: 'accepted' | 'rejected'
  /** Document id, or {@link ANY_ID}. */
  id: string
  /** Whether the statement is about a copy of the document. */
  copy: boolean
  /** Where it is stated (for claims). */
  span?: Span
  text?: string
  /** The registry fact it comes from (for registry statements). */
  fact?: SourcedValue
}

const identityCache = new WeakMap<RuleData, ReadonlySet<string>>()

/** The ids of the documents that are proof of identity, from the documents lexicon (made once per rule data). */
export function identityIds(data: RuleData): ReadonlySet<string> {
  return kept(identityCache, data, () => new Set(data.documents.documents.filter((d) => d.identity).map((d) => d.id)))
}

/** The statements of a documents claim. */
export function claimStatements(claim: DocumentClaim, identity: ReadonlySet<string>): DocumentStatement[] {
  const found: DocumentStatement[] = claim.documents.map((item) => ({stance: 'accepted', id: item.id, copy: item.form === 'copy', span: item.span, text: item.text}))
  for (const item of claim.rejected ?? []) found.push({stance: 'rejected', id: item.id, copy: item.form === 'copy', span: item.span, text: item.text})
  const copies = claim.copies
  if (copies?.policy === 'rejected') found.push({stance: 'rejected', id: ANY_ID, copy: true, span: copies.span, text: copies.text})
  if (copies?.policy === 'accepted') {
    const ids = claim.documents.filter((item) => identity.has(item.id) && item.form !== 'original')
    if (!ids.length) found.push({stance: 'accepted', id: ANY_ID, copy: true, span: copies.span, text: copies.text})
    for (const item of ids) found.push({stance: 'accepted', id: item.id, copy: true, span: item.span, text: item.text})
  }
  // The first statement of each stance, document, copy and place.
  const seen = new Set<string>()
  return found.filter((s) => {
    const key = `${s.stance}|${s.id}|${s.copy}|${s.span?.start}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The statements of a carrier's own documents facts: the documents each lists are accepted, those
 * in `not_accepted` are not, and `accepts_copies: false` rejects copies of any proof of identity.
 * (`accepts_copies: true` is kept as information: Italian facts accept a copy with a written
 * request, which says nothing against an original being asked for at a shop.)
 */
export function registryStatements(carrier: Carrier | undefined): readonly DocumentStatement[] {
  return carrier ? kept(registryCache, carrier, () => statementsOf(carrier)) : []
}

/** {@link registryStatements} per carrier of the rule data: articles repeat the same carriers. */
const registryCache = new WeakMap<Carrier, readonly DocumentStatement[]>()

function statementsOf(carrier: Carrier): DocumentStatement[] {
  const found: DocumentStatement[] = []
  for (const fact of carrier.cancellation?.documents ?? []) {
    for (const id of fact.documents ?? []) found.push({stance: 'accepted', id, copy: false, fact})
    for (const id of fact.not_accepted ?? []) found.push({stance: 'rejected', id, copy: false, fact})
    if (fact.accepts_copies === false) found.push({stance: 'rejected', id: ANY_ID, copy: true, fact})
  }
  // A document one fact lists and another says is no longer accepted: the rejection stands.
  const rejected = new Set(found.filter((s) => s.stance === 'rejected').map((s) => s.id))
  return found.filter((s) => s.stance === 'rejected' || !rejected.has(s.id))
}

/** Whether two statements contradict each other (in either order). */
export function contradicts(a: DocumentStatement, b: DocumentStatement, identity: ReadonlySet<string>): boolean {
  if (a.stance === b.stance) return false
  const [yes, no] = a.stance === 'accepted' ? [a, b] : [b, a]
  if (no.copy && !yes.copy) return false
  return sameDocument(yes.id, no.id, identity)
}

/** Whether a registry statement says the same as a claim's (a claim the registry backs is right). */
export function backs(registry: DocumentStatement, statement: DocumentStatement, identity: ReadonlySet<string>): boolean {
  return registry.stance === statement.stance && registry.copy === statement.copy && sameDocument(registry.id, statement.id, identity)
}

function sameDocument(a: string, b: string, identity: ReadonlySet<string>): boolean {
  if (a === b) return true
  if (a === ANY_ID) return identity.has(b)
  if (b === ANY_ID) return identity.has(a)
  return false
}

/** A statement in words, for messages: `a copy of passport accepted`, `copies not accepted`. */
export function describeStatement(statement: DocumentStatement, labels: ReadonlyMap<string, string>): string {
  const what = statement.id === ANY_ID ? 'copies of ID' : statement.copy ? `a copy of the ${labels.get(statement.id) ?? statement.id}` : (labels.get(statement.id) ?? statement.id)
  return `${what} ${statement.stance === 'accepted' ? 'accepted' : 'not accepted'}`
}

const labelsCache = new WeakMap<RuleData, ReadonlyMap<string, string>>()

/** Document labels by id, for messages (made once per rule data). */
export function documentLabels(data: RuleData): ReadonlyMap<string, string> {
  return kept(labelsCache, data, () => new Map(data.documents.documents.map((d) => [d.id, d.label])))
}
