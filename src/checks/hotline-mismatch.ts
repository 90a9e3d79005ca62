/**
 * `hotline-mismatch`: a number stated for a carrier that the fact registry contradicts. Numbers
 * the registry simply does not know are `hotline-unverified`, not mismatches.
 */
import {carrierName} from './carrier-names.js'
import {hotlineStatus, registryHotlines} from './hotline-status.js'
import {defineArticleRule} from './rule.js'

/** The `hotline-mismatch` rule. */
export const hotlineMismatch = defineArticleRule(
  {
    id: 'hotline-mismatch',
    description: "A carrier's hotline must agree with its verified numbers in the fact registry.",
    examples: {
      valid: [
        {name: 'docomo with its verified numbers', markdown: '- NTT DOCOMO：151 / 0120-800-000\n', country: 'JP'},
        {name: 'a number the registry does not know is only unverified', markdown: '- SoftBank：0800-919-0157\n', country: 'JP'}
      ],
      invalid: [
        {
          name: 'a number that cannot exist',
          markdown: '- NTT DOCOMO：00530-111-111\n',
          country: 'JP',
          messages: [{line: 1, column: 14, endLine: 1, endColumn: 27}]
        },
        {name: "another carrier's verified number", markdown: 'SoftBank的客服电话是0120-800-000。\n', country: 'JP', messages: [{line: 1, column: 15}]}
      ]
    }
  },
  ({article, data, report}) => {
    for (const phone of article.claims.phones) {
      // A number stated for several carriers at once is checked for each; one message names the first it contradicts.
      const contradicted = (phone.carriers ?? (phone.carrier ? [phone.carrier] : []))
        .map((carrier) => ({carrier, status: hotlineStatus(data, phone, carrier, article.claims.phones)}))
        .find((entry) => entry.status.status === 'contradicted')
      if (!contradicted || contradicted.status.status !== 'contradicted') continue
      const {carrier, status} = contradicted
      const {expected, suggestion} = registryHotlines(data, carrier)
      const name = carrierName(data, carrier)
      report({
        span: phone.span,
        message: `Unexpected ${phone.text} for ${name} (${status.reason}), expected ${expectedNumbers(expected)}`,
        actual: phone.text,
        expected,
        ...(suggestion ? {suggestion} : {}),
        confidence: 'certain'
      })
    }
  }
)

/** The registry's numbers for a message: the first few, and how many more there are. */
function expectedNumbers(expected: readonly string[]): string {
  if (!expected.length) return 'a number from an official source'
  const numbers = expected.map((entry) => entry.split(' (')[0]!)
  const shown = numbers.slice(0, 4).join(', ')
  return `one of the registry's numbers: ${shown}${numbers.length > 4 ? ` (and ${numbers.length - 4} more)` : ''}`
}
