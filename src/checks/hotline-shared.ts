/**
 * `hotline-shared`: one number stated as the hotline of two or more different carriers, in one
 * article or across articles, or in one sentence for several carriers at once
 * (`docomo、au、SoftBank统一客服：0570-…`). Short codes are left out (`157` is au's from an au phone and
 * SoftBank's from a SoftBank phone), and so are brands of one family. A statement the registry
 * verifies (docomo's 0120-800-000 given for docomo) is never reported; the other side is.
 */
import {carrierFamily, carriersWithNumber, numberKeys} from '../extract/registry-numbers.js'
import type {RuleData} from '../rule-data.js'
import type {Attribution, PhoneClaim} from '../types.js'
import {carrierName} from './carrier-names.js'
import {joinPlaces, MAX_PLACES, placeName, related} from './places.js'
import {firstOf, positions} from './positions.js'
import {defineCorpusRule, type CorpusArticle} from './rule.js'
import {addToGroup} from '../group.js'

interface Stated {
  article: CorpusArticle
  phone: PhoneClaim
  /** One of the carriers the number is stated for. */
  carrier: string
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
        {name: 'short codes are per network', markdown: '- au：157\n- SoftBank：157\n', country: 'JP'},
        {
          name: "several carriers' different numbers in one run, read in order",
          markdown: 'docomo、au、SoftBank的客服电话分别是151、157、0800-919-0157。\n\ndocomo/au：0120-800-000/0077-7-111\n',
          country: 'JP'
        },
        {name: 'a flattened table on one line', markdown: 'docomo：0120-800-000　au：0077-7-111\n', country: 'JP'},
        {name: 'brands of one family may share a number', markdown: 'au和UQ mobile的客服：0120-929-818\n', country: 'JP'}
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
        },
        {
          name: 'one number stated for several carriers at once',
          markdown: 'docomo、au、SoftBank统一客服热线：0570-000-000\n',
          country: 'JP',
          messages: [{line: 1, column: 26, message: 'one number is given for NTT docomo, au (KDDI) and SoftBank'}]
        }
      ]
    }
  },
  ({articles, data, report, shows}) => {
    const groups = new Map<string, Stated[]>()
    for (const article of articles) {
      for (const phone of article.claims.phones) {
        if (!phone.carrier || phone.shortCode) continue
        const key = phone.e164 ?? phone.digits
        const stated = statedCarriers(phone).map((carrier) => ({article, phone, carrier}))
        addToGroup(groups, key, ...stated)
      }
    }
    for (const group of groups.values()) {
      // Another claim conflicts with this one through its carrier alone (see conflictsWith): the
      // statements of other claims are counted and picked per carrier, not compared one by one.
      const byCarrier = positions(group, (s) => s.carrier)
      const weak = new Map([...byCarrier].map(([carrier, at]) => [carrier, at.filter((i) => !STRONG.includes(group[i]!.phone.attribution)).length]))
      for (const [phone, at] of positions(group, (s) => s.phone)) {
        const mine = at.map((i) => group[i]!)
        if (!shows(mine[0]!.article.path)) continue
        const carriers = [...byCarrier.keys()].filter((carrier) => mine.some((m) => conflictsWith(data, m, carrier)))
        const together = mine.some((o) => mine.some((m) => conflicts(data, m, o)))
        const total = carriers.reduce((sum, carrier) => sum + byCarrier.get(carrier)!.length - mine.filter((m) => m.carrier === carrier).length, 0)
        if (!together && !total) continue
        const {article} = mine[0]!
        const shown = firstOf(carriers.map((carrier) => byCarrier.get(carrier)!), new Set(at), MAX_PLACES).map((i) => group[i]!)
        const where = shown.map((o) => `${carrierName(data, o.carrier)} (${placeName(o.article, o.phone.span)})`)
        const names = joinPlaces(mine.map((m) => carrierName(data, m.carrier)))
        const message = together
          ? `Unexpected ${phone.text}: one number is given for ${names}${where.length ? `, and for ${joinPlaces(where, total)}` : ''}`
          : `Unexpected ${phone.text} for ${names}: the same number is given for ${joinPlaces(where, total)}`
        report(article.path, {
          span: phone.span,
          message,
          actual: phone.text,
          expected: ['a number of this carrier only'],
          related: shown.map((o) => related(o.article, o.phone)),
          confidence: mine.every((s) => STRONG.includes(s.phone.attribution)) && carriers.every((carrier) => weak.get(carrier) === 0) ? 'certain' : 'likely'
        })
      }
    }
  }
)

/** The carriers a number is stated for: all of a group, else the one it is attributed to. */
function statedCarriers(phone: PhoneClaim): string[] {
  return phone.carriers?.length ? phone.carriers : phone.carrier ? [phone.carrier] : []
}

/**
 * Whether statement `a` gives a number to a carrier of another family than `b` does, and is
 * itself in doubt: when the registry verifies the number for `a`'s carrier, `a` is right and only
 * `b` is reported.
 */
function conflicts(data: RuleData, a: Stated, b: Stated): boolean {
  return a !== b && conflictsWith(data, a, b.carrier)
}

/** Whether `a` conflicts with another statement of its number for `carrier` (which must be all it depends on of the other). */
function conflictsWith(data: RuleData, a: Stated, carrier: string): boolean {
  if (carrierFamily(data, a.carrier).has(carrier)) return false
  let owners = ownersCache.get(a.phone)
  if (!owners) {
    owners = new Set(carriersWithNumber(data, numberKeys(a.phone.digits, a.phone.e164)).map((c) => c.id))
    ownersCache.set(a.phone, owners)
  }
  return !owners.has(a.carrier)
}

/** The carriers the registry verifies each stated number for (computed once per claim). */
const ownersCache = new WeakMap<PhoneClaim, Set<string>>()
