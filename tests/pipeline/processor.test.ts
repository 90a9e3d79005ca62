/** The parser: GFM tables only where one may be, the same trees either way. */
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {mayHoldTable, parseMarkdown} from '../../src/pipeline/processor.js'

const types = (tree: Root): string[] => tree.children.map((node) => node.type)

describe('parseMarkdown', () => {
  it('parses GFM tables, with pipes or with alignment colons alone', () => {
    expect(types(parseMarkdown('| 运营商 | 电话 |\n| --- | --- |\n| docomo | 0120-800-000 |\n'))).toEqual(['table'])
    // No pipe at all: a delimiter row of one aligned cell still makes a one-column table.
    expect(types(parseMarkdown('运营商\n:--\ndocomo\n'))).toEqual(['table'])
    expect(types(parseMarkdown('运营商\n--:\ndocomo\n'))).toEqual(['table'])
  })

  it('gives an article without table markers the tree it would have with the table syntax', () => {
    const article = '---\ntitle: 解约\n---\n# docomo 解约\n\n客服电话：0120-800-000\n\n- 护照\n- 在留卡\n\n**注意：**正文\n\n运营商\n---\n'
    expect(mayHoldTable(article)).toBe(false)
    // The same text with a pipe added after it is parsed with the table syntax: its blocks are the same.
    const withTables = parseMarkdown(`${article}\n\\|\n`)
    expect(types(parseMarkdown(article))).toEqual(['yaml', 'heading', 'paragraph', 'list', 'paragraph', 'heading'])
    expect(parseMarkdown(article).children).toEqual(withTables.children.slice(0, -1))
  })

  it('looks for the syntax only where a delimiter row could be', () => {
    expect(mayHoldTable('a | b')).toBe(true)
    expect(mayHoldTable('左对齐 :-- 列')).toBe(true)
    expect(mayHoldTable('右对齐 --: 列')).toBe(true)
    expect(mayHoldTable('办理需要 1-3个工作日：请携带护照。\n\n---\n')).toBe(false)
  })
})
