import {describe, expect, it} from 'vitest'
import {readFrontmatter} from '../../src/pipeline/frontmatter.js'
import {parseMarkdown} from '../../src/pipeline/processor.js'
import {where} from '../helpers/articles.js'
import {ruleData} from '../helpers/rule-data.js'

function read(markdown: string) {
  const result = readFrontmatter(parseMarkdown(markdown), markdown, ruleData())
  return {meta: result.meta, problems: result.problems.map((p) => [where(markdown, p.span), p.message])}
}

describe('readFrontmatter', () => {
  it('reads valid frontmatter', () => {
    const md = '---\ntitle: 注销指南\nlang: zh-Hans\ncountry: JP\ncarriers: [jp.docomo, jp.au]\nupdated: 2026-11-01\n---\n正文\n'
    expect(read(md)).toEqual({
      meta: {title: '注销指南', lang: 'zh-Hans', country: 'JP', carriers: ['jp.docomo', 'jp.au'], updated: '2026-11-01'},
      problems: []
    })
  })

  it('reports each invalid or missing field at its place and keeps only the valid ones', () => {
    const md = '---\ntitle: 注销指南\nlang: chinese\ncarriers: [jp.dokomo]\nupdated: 2026/11/01\n---\n正文\n'
    const {meta, problems} = read(md)
    expect(meta).toEqual({title: '注销指南', carriers: []})
    expect(problems).toEqual([
      ['2:1-2:6', 'Missing frontmatter field "country"'],
      ['3:7-3:14', 'Unexpected frontmatter lang: must be equal to one of the allowed values (zh-Hans, zh-Hant, ja, en, it)'],
      ['5:10-5:20', 'Unexpected frontmatter updated: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"'],
      ['4:12-4:21', expect.stringContaining('Unexpected carrier id "jp.dokomo" in frontmatter')]
    ])
  })

  it('reads the same whether the fast path or yaml does, and finds a carrier the registry lacks at its place', () => {
    const simple = '---\ntitle: 注销指南\nlang: zh-Hans\ncountry: JP\ncarriers: [jp.docomo]\nupdated: 2026-11-01\n---\n正文\n'
    // A comment is left to yaml by the fast path.
    const commented = simple.replace('country: JP', 'country: JP # 日本')
    expect(read(commented)).toEqual(read(simple))
    expect(read(simple).problems).toEqual([])
    // Valid to the schema, unknown to the registry: yaml parses it again for the carrier's place.
    const unknown = simple.replace('jp.docomo', 'jp.dokomo')
    expect(read(unknown)).toEqual({
      meta: {title: '注销指南', lang: 'zh-Hans', country: 'JP', carriers: [], updated: '2026-11-01'},
      problems: [['5:12-5:21', expect.stringContaining('Unexpected carrier id "jp.dokomo" in frontmatter')]]
    })
  })

  it('reports invalid YAML and missing frontmatter without throwing', () => {
    expect(read('---\ntitle: [unclosed\n---\n正文\n').problems).toEqual([[expect.stringMatching(/^2:/), expect.stringContaining('invalid YAML')]])
    expect(read('# 标题\n\n正文\n').problems).toEqual([['1:1-1:5', 'Missing frontmatter, expected a YAML block with title, lang, country and updated']])
  })
})
