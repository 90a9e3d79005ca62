import {describe, expect, it} from 'vitest'
import {inferCountry} from '../../src/pipeline/country.js'
import {inputFor} from '../helpers/articles.js'

function country(markdown: string) {
  const input = inputFor(markdown)
  return inferCountry(input.blocks, input.carriers, input.data)
}

describe('inferCountry', () => {
  it('takes the country named most often, counting carriers', () => {
    expect(country('# 日本电话卡怎么注销\n\n在日本生活的小伙伴……\n')).toBe('JP')
    expect(country('# 意大利eSIM卡怎么注销？\n\n特别是在意大利这样一个国家……\n')).toBe('IT')
    expect(country('Come disdire TIM o Vodafone.\n')).toBe('IT')
    expect(country('docomo と au の解約方法。\n')).toBe('JP')
  })

  it('gives no country when nothing or a tie says', () => {
    expect(country('How to cancel an eSIM.\n')).toBeUndefined()
    expect(country('From Japan to Italy.\n')).toBeUndefined()
  })

  it('counts names in any case, without overlaps, block by block', () => {
    // Every name counts on its own: "Japanese" is also a "Japan" (JP 3 against IT 2: "Italian", "Italia").
    expect(country('ITALY italy\n\nJapan\n')).toBe('IT')
    expect(country('Japanese Japan\n\nItalian\n')).toBe('JP')
    expect(country('日本日本国\n\nItalia Italy Roma\n')).toBeUndefined()
    expect(country('日本日本国\n\nItalia Italy Roma Milano\n')).toBe('IT')
  })
})
