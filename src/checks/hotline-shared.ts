/**
 * `hotline-shared`: one number stated as the hotline of two or more different carriers, in one
 * article or across articles. Short codes are left out (`157` is au's from an au phone and
 * SoftBank's from a SoftBank phone), and so are brands of one family and numbers the registry
 * verifies for each carrier.
 */
import {carrierFamily, carriersWithNumber, numberKeys} from '../extract/registry-numbers.js'
import type {RuleData} from '../rule-data.js'
import type {Attribution, PhoneClaim} from '../types.js'
import {carrierName} from './carrier-names.js'
import {joinPlaces, placeName, related} from './places.js'
import {defineCorpusRule, type ArticleRecord} from './rule.js'

interface Stated {
  article: ArticleRecord
  phone: PhoneClaim & {carrier: string}
}

const STRONG: readonly Attribution[] = ['sentence', 'list-item', 'table-row']

/** The `hotline-shared` rule. */
export const hotlineShared = defineCorpusRule(
  {
    id: 'hotline-shared',
    description: 'One phone number must not be given as the hotline of two different carriers.',
    examples: {
      valid: [
        {name: 'each carrier with its own number', markdown: '- NTT DOCOMO：0120-800-000\n- au：0077-7-111\n', country: 'JP'},
        {name: 'short codes are per network', markdown: '- au：157\n- SoftBank：157\n', country: 'JP'}
      ],
      invalid: [
        {
          name: 'one number for three carriers',
          markdown: '- NTT DOCOMO：00530-111-111\n- SoftBank：00530-111-111\n- KDDI：00530-111-111\n',
          country: 'JP',
          messages: [
            {line: 1, column: 14, endLine: 1, endColumn: 27},
            {line: 2, column: 12},
            {line: 3, column: 8}
          ]
        },
        {
          name: 'the same number for another carrier in another article',
          markdown: 'SoftBank的客服电话：0120-111-222\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: 'docomo的客服电话：0120-111-222\n', country: 'JP'}],
          messages: [{line: 1, column: 15}]
        }
      ]
    }
  },
  ({articles, data, report}) => {
    const groups = new Map<string, Stated[]>()
    for (const article of articles) {
      for (const phone of article.claims.phones) {
        if (!phone.carrier || phone.shortCode) continue
        const key = phone.e164 ?? phone.digits
        groups.set(key, [...(groups.get(key) ?? []), {article, phone: phone as Stated['phone']}])
      }
    }
    for (const group of groups.values()) {
      for (const stated of group) {
        const others = group.filter((other) => conflicts(data, stated, other))
        if (!others.length) continue
        const where = others.map((o) => `${carrierName(data, o.phone.carrier)} (${placeName(o.article, o.phone.span)})`)
        report(stated.article.path, {
          span: stated.phone.span,
          message: `Unexpected ${stated.phone.text} for ${carrierName(data, stated.phone.carrier)}: the same number is given for ${joinPlaces(where)}`,
          actual: stated.phone.text,
          expected: ['a number of this carrier only'],
          related: others.map((o) => related(o.article, o.phone)),
          confidence: [stated, ...others].every((s) => STRONG.includes(s.phone.attribution)) ? 'certain' : 'likely'
        })
      }
    }
  }
)

/** Whether two statements give one number to carriers of different families. */
function conflicts(data: RuleData, a: Stated, b: Stated): boolean {
  if (a === b || carrierFamily(data, a.phone.carrier).has(b.phone.carrier)) return false
  const owners = new Set(carriersWithNumber(data, numberKeys(a.phone.digits, a.phone.e164)).map((c) => c.id))
  return !(owners.has(a.phone.carrier) && owners.has(b.phone.carrier))
}
