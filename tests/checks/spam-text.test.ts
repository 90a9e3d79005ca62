import {describe, expect, it} from 'vitest'
import {neighbourParagraphs} from '../../src/checks/spam-text.js'

/** The span of the first `needle` in `source`. */
function spanOf(source: string, needle: string): {start: number; end: number} {
  const start = source.indexOf(needle)
  if (start < 0) throw new Error(`no ${needle}`)
  return {start, end: start + needle.length}
}

const ARTICLE = [
  '# 注销 SoftBank 电话卡', // 0
  '',
  '想快速注销？联系客服 @esim1088', // 2
  '24 小时在线。',
  '',
  '',
  '![广告](https://i.postimg.cc/ad.png)', // 6
  '',
  '## 办理步骤', // 8
  '',
  '携带护照前往门店办理。', // 10
  '',
  '![门店](https://i.postimg.cc/shop.png)' // 12
].join('\n')

describe('neighbourParagraphs', () => {
  it('holds within one paragraph, and across blank lines only', () => {
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, '@esim1088'), spanOf(ARTICLE, '24 小时'))).toBe(true)
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, '@esim1088'), spanOf(ARTICLE, 'i.postimg.cc/ad.png'))).toBe(true)
    // Either order.
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, 'i.postimg.cc/ad.png'), spanOf(ARTICLE, '24 小时'))).toBe(true)
  })

  it('does not hold with a heading or a paragraph between them', () => {
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, '@esim1088'), spanOf(ARTICLE, 'i.postimg.cc/shop.png'))).toBe(false)
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, 'i.postimg.cc/ad.png'), spanOf(ARTICLE, '携带护照'))).toBe(false)
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, '携带护照'), spanOf(ARTICLE, 'i.postimg.cc/shop.png'))).toBe(true)
  })

  it('answers for each article, whichever was asked about before', () => {
    const other = '联系 @esim1088\n\n正文\n\n![广告](https://i.postimg.cc/ad.png)'
    expect(neighbourParagraphs(other, spanOf(other, '@esim1088'), spanOf(other, 'i.postimg.cc'))).toBe(false)
    expect(neighbourParagraphs(ARTICLE, spanOf(ARTICLE, '@esim1088'), spanOf(ARTICLE, 'i.postimg.cc/ad.png'))).toBe(true)
    const blankQuote = '> 联系 @esim1088\n>\n> ![广告](https://i.postimg.cc/ad.png)'
    expect(neighbourParagraphs(blankQuote, spanOf(blankQuote, '@esim1088'), spanOf(blankQuote, 'i.postimg.cc'))).toBe(true)
  })
})
