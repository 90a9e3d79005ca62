/**
 * `hotline-unverified`: a number stated for a carrier that the fact registry neither lists nor
 * contradicts. Informational: it lists the number for an editor to check by hand.
 */
import {carrierName} from './carrier-names.js'
import {hotlineStatus, registryHotlines} from './hotline-status.js'
import {defineArticleRule} from './rule.js'

/** The `hotline-unverified` rule. */
export const hotlineUnverified = defineArticleRule(
  {
    id: 'hotline-unverified',
    description: 'A hotline the fact registry does not know is listed for an editor to verify.',
    examples: {
      valid: [{name: 'a verified number', markdown: 'au的中文客服：0120-959-476\n', country: 'JP'}],
      invalid: [{name: 'a number not in the registry', markdown: '- SoftBank：0800-919-0157\n', country: 'JP', messages: [{line: 1, column: 12}]}]
    }
  },
  ({article, data, report}) => {
    for (const phone of article.claims.phones) {
      if (!phone.carrier) continue
      const status = hotlineStatus(data, phone, phone.carrier, article.claims.phones)
      if (status.status !== 'unverified') continue
      const {expected, suggestion} = registryHotlines(data, phone.carrier)
      report({
        span: phone.span,
        message: `${phone.text} for ${carrierName(data, phone.carrier)} is not in the fact registry; verify it against an official source`,
        actual: phone.text,
        expected,
        ...(suggestion ? {suggestion} : {})
      })
    }
  }
)
