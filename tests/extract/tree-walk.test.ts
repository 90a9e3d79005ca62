/** The preorder walk extractors share: document order, and each node's ancestors. */
import {describe, expect, it} from 'vitest'
import {walkTree} from '../../src/extract/tree-walk.js'
import {parseMarkdown} from '../../src/pipeline/processor.js'

const ARTICLE = ['# 解约', '', '- 请携带**护照**', '', '> 详见 [官网](https://www.docomo.ne.jp/)', ''].join('\n')

describe('walkTree', () => {
  it('visits every node in document order with its ancestors, root first', () => {
    const seen: string[] = []
    walkTree(parseMarkdown(ARTICLE), (node, ancestors) => seen.push(`${ancestors.map((a) => a.type).join('>')} ${node.type}`))
    expect(seen).toEqual([
      'root heading',
      'root>heading text',
      'root list',
      'root>list listItem',
      'root>list>listItem paragraph',
      'root>list>listItem>paragraph text',
      'root>list>listItem>paragraph strong',
      'root>list>listItem>paragraph>strong text',
      'root blockquote',
      'root>blockquote paragraph',
      'root>blockquote>paragraph text',
      'root>blockquote>paragraph link',
      'root>blockquote>paragraph>link text'
    ])
  })

  it('hands out its own stack: a copy taken during the visit keeps the ancestors of that node', () => {
    const kept: {type: string; ancestors: string[]}[] = []
    let live: readonly unknown[] | undefined
    walkTree(parseMarkdown(ARTICLE), (node, ancestors) => {
      live ??= ancestors
      if (node.type === 'link') kept.push({type: node.type, ancestors: [...ancestors].map((a) => a.type)})
    })
    expect(kept).toEqual([{type: 'link', ancestors: ['root', 'blockquote', 'paragraph']}])
    expect(live).toEqual([])
  })
})
