/**
 * `documents-mismatch`: an article's documents for a carrier contradict the carrier's documents
 * facts in the registry: it accepts a document the registry says is no longer accepted (health
 * insurance cards at docomo or Rakuten Mobile), accepts a copy of an ID where the registry says
 * originals only (docomo), or rejects a document the registry lists. See `documents-statements.ts`
 * for what counts as a contradiction; lists that merely differ are never reported.
 */
import {carrierById, carrierName} from './carrier-names.js'
import {claimStatements, contradicts, describeStatement, documentLabels, identityIds, registryStatements} from './documents-statements.js'
import {defineArticleRule} from './rule.js'

/** The `documents-mismatch` rule. */
export const documentsMismatch = defineArticleRule(
  {
    id: 'documents-mismatch',
    description: "A carrier's required documents must not contradict its documents facts in the registry.",
    examples: {
      valid: [
        {name: 'originals the registry lists', markdown: 'docomo的手续请携带驾照或My Number卡原件。\n', country: 'JP'},
        {name: 'a list that only differs', markdown: 'docomo 门店办理时请携带护照和在留卡。\n', country: 'JP'},
        {name: 'a copy with a written request in Italy', markdown: "Per Vodafone allega una copia della carta d'identità.\n", country: 'IT'},
        {name: 'no carrier named', markdown: '请携带护照复印件。\n', country: 'JP'}
      ],
      invalid: [
        {
          name: 'a document the registry says is no longer accepted',
          markdown: 'docomo：携带健康保险证即可办理。\n',
          country: 'JP',
          messages: [{line: 1, column: 10, endColumn: 15, message: 'health insurance card'}]
        },
        {name: 'a copy where the registry says originals only', markdown: 'ドコモの手続きは運転免許証のコピーでも可です。\n', country: 'JP', messages: [{line: 1, column: 9}]},
        {name: 'a listed document said to be refused', markdown: 'Rakuten Mobile不接受在留卡。\n', country: 'JP', messages: [{line: 1, column: 18}]}
      ]
    }
  },
  ({article, data, report}) => {
    const identity = identityIds(data)
    const labels = documentLabels(data)
    for (const claim of article.claims.documents) {
      if (!claim.carrier) continue
      const facts = registryStatements(carrierById(data, claim.carrier))
      if (!facts.length) continue
      const reported = new Set<number>()
      for (const statement of claimStatements(claim, identity)) {
        const fact = facts.find((f) => contradicts(statement, f, identity))
        if (!fact?.fact || !statement.span || reported.has(statement.span.start)) continue
        reported.add(statement.span.start)
        const source = `${fact.fact.source} (${fact.fact.source_type})`
        report({
          span: statement.span,
          message: `Unexpected ${describeStatement(statement, labels)} for ${carrierName(data, claim.carrier)}, expected ${describeStatement(fact, labels)}: "${fact.fact.value}" (${source})`,
          actual: statement.text ?? claim.text,
          expected: [fact.fact.value],
          suggestion: `Check the carrier's current rules: ${source}`,
          confidence: 'likely'
        })
      }
    }
  }
)
