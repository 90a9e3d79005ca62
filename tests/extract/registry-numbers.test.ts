/**
 * Lookups over the registry's hotlines: which carriers list a number (in registry order, each
 * once) and which hotline of a list has it, by digits or E.164 form.
 */
import {describe, expect, it} from 'vitest'
import {carriersWithNumber, hotlineKeys, hotlineWithNumber, numberKeys} from '../../src/extract/registry-numbers.js'
import {ruleData} from '../helpers/rule-data.js'

describe('registry number lookups', () => {
  const data = ruleData()
  const carrier = data.carriers.find((c) => (c.hotlines ?? []).some((h) => h.e164))!
  const hotline = carrier.hotlines!.find((h) => h.e164)!

  it('find the carriers of a number by its digits or its E.164 form, as a filter of the registry would', () => {
    const byDigits = carriersWithNumber(data, [hotline.local.replace(/[^\d*+]/g, '')])
    const byE164 = carriersWithNumber(data, [hotline.e164!])
    const expected = data.carriers.filter((c) => (c.hotlines ?? []).some((h) => hotlineKeys(h).includes(hotline.e164!)))
    expect(byE164).toEqual(expected)
    expect(byDigits).toContain(carrier)
    expect(new Set(byDigits).size).toBe(byDigits.length)
    expect(carriersWithNumber(data, numberKeys('0000000', null))).toEqual([])
  })

  it('find the first hotline of a list with one of the keys', () => {
    expect(hotlineWithNumber(carrier.hotlines!, [hotline.e164!])).toBe(carrier.hotlines!.find((h) => hotlineKeys(h).includes(hotline.e164!)))
    expect(hotlineWithNumber(carrier.hotlines!, ['nothing'])).toBeUndefined()
    expect(hotlineWithNumber([], [hotline.e164!])).toBeUndefined()
  })
})
