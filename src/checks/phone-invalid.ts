/**
 * `phone-invalid`: a phone number that cannot exist in the article's country, such as
 * `00530-111-111` in Japan (a `00XY` carrier prefix no carrier uses, and the wrong length).
 */
import {countryName} from './carrier-names.js'
import {defineArticleRule} from './rule.js'

/** The `phone-invalid` rule. */
export const phoneInvalid = defineArticleRule(
  {
    id: 'phone-invalid',
    description: 'Phone numbers must be able to exist in the country the article is about.',
    examples: {
      valid: [
        {name: 'docomo numbers that exist', markdown: '在日本，docomo的客服电话是151（手机）和0120-800-000（座机）。\n', country: 'JP'},
        {name: 'a number in an example code block', markdown: '格式示例：\n\n```\n00530-111-111\n```\n', country: 'JP'}
      ],
      invalid: [
        {
          name: 'a carrier prefix no carrier uses',
          markdown: '日本三大运营商的客服热线：\n\n- NTT DOCOMO：00530-111-111\n',
          country: 'JP',
          messages: [{line: 3, column: 14, endLine: 3, endColumn: 27}]
        },
        {name: 'too short for an Italian mobile', markdown: 'Chiama il numero 333 12 34 per la disdetta.\n', country: 'IT', messages: [{line: 1, column: 18}]}
      ]
    }
  },
  ({article, report}) => {
    if (!article.country) return
    for (const phone of article.claims.phones) {
      if (phone.valid) continue
      report({
        span: phone.span,
        message: `Unexpected phone number ${phone.text}: ${
          phone.digits.startsWith('+') ? 'no such number exists under its country code' : `it cannot exist in ${countryName(article.country)}`
        }`,
        actual: phone.text,
        expected: ['a number that exists under the national numbering plan'],
        confidence: 'certain'
      })
    }
  }
)
