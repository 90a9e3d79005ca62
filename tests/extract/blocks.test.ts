import {describe, expect, it} from 'vitest'
import {blockSpan, contextAt, sentenceAt, splitSentences, textBlocks} from '../../src/extract/blocks.js'
import {parseMarkdown} from '../../src/pipeline/processor.js'

function blocksOf(source: string) {
  return textBlocks(parseMarkdown(source), source)
}

describe('textBlocks', () => {
  it('maps text across CJK-friendly emphasis back to the source', () => {
    const source = '---\ntitle: x\n---\n**注意：**正文 0120-800-000\n'
    const [block] = blocksOf(source)
    expect(block!.text).toBe('注意：正文 0120-800-000')
    const at = block!.text.indexOf('0120')
    const span = blockSpan(block!, at, at + 12)
    expect(source.slice(span.start, span.end)).toBe('0120-800-000')
  })

  it('records link text, images and list items', () => {
    const source = '- NTT DOCOMO：151\n- [TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](https://i.postimg.cc/a.png)\n'
    const blocks = blocksOf(source)
    expect(blocks.map((b) => b.context.listItem)).toEqual([0, 1])
    const promo = blocks[1]!
    expect(promo.links).toHaveLength(1)
    expect(promo.text.slice(promo.links[0]!.start, promo.links[0]!.end)).toBe('TG💪+ @esim1088')
    expect(promo.links[0]!.url).toBe('https://t.me/s/esim1088')
    expect(promo.images[0]!.url).toBe('https://i.postimg.cc/a.png')
  })

  it('aligns values that dropped indentation and escapes', () => {
    const source = '- **登录账户**  \n  打开官网\\*，拨打 151\n'
    const [block] = blocksOf(source)
    expect(block!.text).toBe('登录账户\n打开官网*，拨打 151')
    const at = block!.text.indexOf('151')
    const span = blockSpan(block!, at, at + 3)
    expect(source.slice(span.start, span.end)).toBe('151')
    const star = block!.text.indexOf('*')
    expect(source[blockSpan(block!, star, star + 1).start]).toBe('*')
  })

  it('puts table cells in rows and columns and skips code', () => {
    const source = '| 运营商 | 电话 |\n| --- | --- |\n| docomo | 151 |\n\n```\n0120-000-000\n```\n'
    const blocks = blocksOf(source)
    expect(blocks.map((b) => [b.text, b.context.tableRow, b.context.tableColumn])).toEqual([
      ['运营商', 0, 0],
      ['电话', 0, 1],
      ['docomo', 1, 0],
      ['151', 1, 1]
    ])
  })

  it('splits sentences on CJK and Latin punctuation', () => {
    const [block] = blocksOf('提交后审核。通常1-3个工作日生效！Then wait. Done\n')
    expect(block!.sentences.map((r) => block!.text.slice(r.start, r.end))).toEqual(['提交后审核。', '通常1-3个工作日生效！', 'Then wait.', ' Done'])
  })

  it('ends a sentence at a full stop only before whitespace or the end', () => {
    const text = 'v2.0 is out.\u3000新版本；Call 151?Yes!3.5.'
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(['v2.0 is out.', '\u3000新版本；', 'Call 151?', 'Yes!', '3.5.'])
    expect(splitSentences('')).toEqual([{start: 0, end: 0}])
    expect(splitSentences('。\n')).toEqual([{start: 0, end: 1}, {start: 1, end: 2}])
  })

  it('gives each block and claim its structural context, keys in nesting order', () => {
    const source = '# 标题\n\n> - 引用列表。第二句\n\n| a |\n| - |\n| b |\n'
    const blocks = blocksOf(source)
    expect(blocks.map((b) => b.context)).toEqual([
      {block: 0, blockType: 'heading'},
      {section: 0, inBlockquote: true, listItem: 0, block: 1, blockType: 'paragraph'},
      {section: 0, table: 0, tableRow: 0, tableColumn: 0, block: 2, blockType: 'tableCell'},
      {section: 0, table: 0, tableRow: 1, tableColumn: 0, block: 3, blockType: 'tableCell'}
    ])
    expect(Object.keys(blocks[1]!.context)).toEqual(['section', 'inBlockquote', 'listItem', 'block', 'blockType'])
    const quote = blocks[1]!
    expect(sentenceAt(quote, quote.text.indexOf('第二'))).toBe(1)
    expect(sentenceAt(quote, quote.text.length)).toBe(1)
    expect(Object.keys(contextAt(quote, 0))).toEqual(['section', 'inBlockquote', 'listItem', 'block', 'blockType', 'sentence'])
  })
})
