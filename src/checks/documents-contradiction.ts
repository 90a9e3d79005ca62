/**
 * `documents-contradiction`: two articles say contradicting things about the documents for the
 * same carrier (or, when neither names a carrier, for the same country): one accepts a copy where
 * the other says originals only, or one requires a document the other says is not accepted.
 * Reported on both sides, each naming the other place, except on a side the carrier's registry
 * facts back. Lists that merely differ are never reported (see `documents-statements.ts`).
 */
import type {DocumentClaim} from '../types.js'
import {carrierById} from './carrier-names.js'
import {backs, claimStatements, contradicts, describeStatement, documentLabels, identityIds, registryStatements, type DocumentStatement} from './documents-statements.js'
import {joinPlaces, MAX_PLACES, placeName} from './places.js'
import {defineCorpusRule, type CorpusArticle} from './rule.js'
import {addToGroup} from '../group.js'

interface Stated {
  article: CorpusArticle
  claim: DocumentClaim
  statement: DocumentStatement
}

/** The `documents-contradiction` rule. */
export const documentsContradiction = defineCorpusRule(
  {
    id: 'documents-contradiction',
    description: 'Required documents stated for the same carrier (or country) must not contradict each other across articles.',
    examples: {
      valid: [
        {
          name: 'different but compatible lists',
          markdown: '办理时请携带护照。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: '办理时请携带在留卡原件。\n', country: 'JP'}]
        },
        {
          name: 'an original in one, a copy of another document in the other',
          markdown: '请携带护照原件，不接受复印件。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: '请携带护照。\n', country: 'JP'}]
        },
        {
          name: 'different countries',
          markdown: '护照复印件即可。\n',
          country: 'IT',
          others: [{path: 'other.md', markdown: '仅限原件，请携带护照。\n', country: 'JP'}]
        }
      ],
      invalid: [
        {
          name: 'a copy is fine in one, originals only in the other',
          markdown: '携带护照复印件即可。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: '请携带护照原件，不接受复印件。\n', country: 'JP'}],
          messages: [{line: 1, column: 3, message: 'other.md:1'}]
        },
        {
          name: 'required in one, not accepted in the other, for one carrier',
          markdown: 'docomo 门店办理时请携带健康保险证。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: 'docomo不再接受健康保险证。\n', country: 'JP'}],
          messages: [{line: 1, column: 16}]
        }
      ]
    }
  },
  ({articles, data, report, shows}) => {
    const identity = identityIds(data)
    const labels = documentLabels(data)
    // A statement the carrier's registry facts back is right; only the other side is reported.
    const backed = ({claim, statement}: Stated) =>
      claim.carrier !== undefined && registryStatements(carrierById(data, claim.carrier)).some((fact) => backs(fact, statement, identity))
    const groups = new Map<string, Stated[]>()
    for (const article of articles) {
      for (const claim of article.claims.documents) {
        const scope = claim.carrier ? `carrier:${claim.carrier}` : article.country ? `country:${article.country}` : undefined
        if (!scope) continue
        const stated = claimStatements(claim, identity).map((statement) => ({article, claim, statement}))
        addToGroup(groups, scope, ...stated)
      }
    }
    for (const group of groups.values()) {
      const reported = new Set<string>()
      // Only statements of opposite stances can contradict: compare each with those alone.
      const accepted = group.filter((o) => o.statement.stance === 'accepted')
      const rejected = group.filter((o) => o.statement.stance !== 'accepted')
      for (const stated of group) {
        if (!shows(stated.article.path)) continue
        const opposite = stated.statement.stance === 'accepted' ? rejected : accepted
        const others = opposite.filter((o) => o.article !== stated.article && contradicts(stated.statement, o.statement, identity))
        const span = stated.statement.span
        const at = span && `${stated.article.path}\0${span.start}`
        if (!others.length || !at || reported.has(at) || backed(stated)) continue
        reported.add(at)
        const shown = others.slice(0, MAX_PLACES)
        const where = shown.map((o) => `${describeStatement(o.statement, labels)} at ${placeName(o.article, o.statement.span ?? o.claim.span)}`)
        report(stated.article.path, {
          span,
          message: `Unexpected ${describeStatement(stated.statement, labels)}, contradicts ${joinPlaces(where, others.length)}`,
          actual: stated.statement.text ?? stated.claim.text,
          expected: shown.map((o) => o.statement.text ?? o.claim.text),
          related: shown.map((o) => ({path: o.article.path, span: o.statement.span ?? o.claim.span, text: o.statement.text ?? o.claim.text})),
          confidence: 'likely'
        })
      }
    }
  }
)
