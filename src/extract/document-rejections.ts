/**
 * What a group of blocks says is not accepted: documents (`健康保険証は使えません`,
 * `不再接受健康保险证`, `health insurance cards are no longer accepted`) and copies in general
 * (`原本のみ`, `不接受复印件`, `originals only`), or that a copy will do (`复印件即可`).
 */
import type {CopyPolicy, PhraseMatch} from './document-lexicon.js'
import type {Picked} from './document-mode.js'
import type {ScannedBlock} from './document-scan.js'
import {isRejected} from './document-select.js'

/** A phrase about copies, with the block it is in. */
export interface PolicyAt {
  scan: ScannedBlock
  match: PhraseMatch<CopyPolicy>
}

/** The rejected documents of a group (each id and form once, in order) and what it says of copies. */
export function rejectionsOf(scans: readonly ScannedBlock[]): {rejected: Picked[]; policy?: PolicyAt} {
  const seen = new Set<string>()
  const rejected: Picked[] = []
  for (const scan of scans) {
    for (const candidate of scan.candidates) {
      const key = `${candidate.id}:${candidate.form}`
      if (seen.has(key) || candidate.needsTrigger || !isRejected(scan, candidate)) continue
      seen.add(key)
      rejected.push({scan, candidate})
    }
  }
  const policies = scans.flatMap((scan) => scan.policies.map((match) => ({scan, match})))
  // Saying copies are not accepted outweighs saying elsewhere in the list that one will do.
  const policy = policies.find((p) => p.match.value === 'rejected') ?? policies[0]
  return policy ? {rejected, policy} : {rejected}
}
