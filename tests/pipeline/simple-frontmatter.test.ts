/** The frontmatter fast path: what `yaml` gives, or nothing. */
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {simpleFrontmatter} from '../../src/pipeline/simple-frontmatter.js'

/** What the yaml path reads from `text`: its value, or undefined when yaml reports an error. */
function yamlValue(text: string): unknown {
  const document = parseDocument(text, {uniqueKeys: true})
  return document.errors.length ? undefined : document.toJS({maxAliasCount: 20})
}

describe('simpleFrontmatter', () => {
  it('reads the usual frontmatter as yaml does', () => {
    const text = 'title: "マイネオ eSIM の解約ガイド"\nlang: ja\ncountry: JP\ncarriers: [jp.mineo, jp.softbank, jp.uqmobile]\nupdated: 2025-04-05'
    expect(simpleFrontmatter(text)).toEqual({title: 'マイネオ eSIM の解約ガイド', lang: 'ja', country: 'JP', carriers: ['jp.mineo', 'jp.softbank', 'jp.uqmobile'], updated: '2025-04-05'})
    expect(simpleFrontmatter(text)).toEqual(yamlValue(text))
    const english = "title: Cancelling your povo 2.0 contract\nlang: en\ncountry: JP\nupdated: 2024-09-15\ncarriers: []\nnote: 'Q&A: 100% [official] {sources}'"
    expect(simpleFrontmatter(english)).toEqual(yamlValue(english))
  })

  // Each gives exactly yaml's value when it is read at all.
  const cases = [
    'title: yes', 'title: no', 'updated: 2026-03-22', 'title: 1_000', 'title: 0b1', 'title: 1:20', 'title: NaN',
    'title: 【2024最新】docomo解约', 'title: Cancel [guide] {x}', 'title: a,b', 'title: url https://x.com/a#b', 'title: a:b',
    'title: "a # b"', 'title: ""', "title: ''", 'title:  two spaces', 'title: Y!mobile', 'title: 50 %', 'x-y: z', 'title: a ]',
    'carriers: [ jp.docomo ,jp.au ]', 'title: a\u00a0b', 'title: a\n\nlang: en'
  ]
  it.each(cases)('reads %j as yaml does', (text) => {
    expect(simpleFrontmatter(text)).toBeDefined()
    expect(simpleFrontmatter(text)).toEqual(yamlValue(text))
  })

  // Left to yaml: other values, errors, or syntax the fast path does not read.
  const declined = [
    ['a number, a bool, a null', 'title: 012', 'title: 0x1F', 'title: .5', 'title: 1e3', 'title: +1', 'title: True', 'title: ~', 'title: null', 'title: .inf', 'carriers: [jp.docomo, 1]'],
    ['errors yaml reports', 'title: a: b', 'title: a\ntitle: b', 'title: [a, b,', 'title: "a" ', 'title: a '],
    ['comments', 'title: a #c', 'title: a\n# c'],
    ['escapes and quotes inside', 'title: "a\\"b"', "title: 'it''s'", 'title: "a\\nb"', 'carriers: ["jp.au"]'],
    ['anchors, aliases, tags, block scalars', 'title: &x a', 'title: *x', 'title: !!str 1', 'title: |', 'title: >'],
    ['indentation, nesting, flow mappings', ' title: a', 'title:\n  a', 'title: {a: b}', 'carriers:\n  - jp.au', 'title: [a, [b]]'],
    ['control characters and odd line ends', 'title:\ta', 'title: a\r', 'title: a\u2028b', '\ufefftitle: a'],
    ['empty and key-only documents', '', 'title', 'title:', 'title: ']
  ] as const
  it.each(declined.map(([what, ...texts]) => [what, texts] as const))('leaves %s to yaml', (_what, texts) => {
    for (const text of texts) expect(simpleFrontmatter(text), JSON.stringify(text)).toBeUndefined()
  })
})
