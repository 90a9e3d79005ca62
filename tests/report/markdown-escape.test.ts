import {describe, expect, it} from 'vitest'
import {escapeMarkdown, quoteCode} from '../../src/report/markdown-escape.js'
import {ACTIVE, cellTexts, nodesOf, parse} from './markdown.js'

const ZWJ = '\u200d'

/** Hostile strings an article can hold, and the text a reader must see for each. */
const HOSTILE: [string, string][] = [
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['![x](http://evil)', `![x](http:${ZWJ}//evil)`],
  ['[TG💪+ @esim1088](https://t.me/s/esim1088)', `[TG💪+ @${ZWJ}esim1088](https:${ZWJ}//t.me/s/esim1088)`],
  ['[ref][1]\n\n[1]: https://evil.example', `[ref][1] [1]: https:${ZWJ}//evil.example`],
  ['加微信 https://evil.example/x 或 www.evil.example', `加微信 https:${ZWJ}//evil.example/x 或 www${ZWJ}.evil.example`],
  ['mail spam@evil.example', `mail spam@${ZWJ}evil.example`],
  ['@everyone 看这里', `@${ZWJ}everyone 看这里`],
  ['a | b || c', 'a | b || c'],
  ['tick ` and ``` fence', 'tick ` and ``` fence'],
  ['\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
  ['**粗体** _x_ ~~del~~ $E=mc^2$ # not a heading', '**粗体** _x_ ~~del~~ $E=mc^2$ # not a heading'],
  ['&lt;b&gt; &amp; <!-- c -->', '&lt;b&gt; &amp; <!-- c -->'],
  ['back\\slash \\| pipe', 'back\\slash \\| pipe'],
  ['- list\n# heading\n> quote', '- list # heading > quote'],
  ['1. first', '1. first'],
  ['[^note] footnote', '[^note] footnote']
]

describe('escapeMarkdown', () => {
  it('escapes Markdown punctuation, HTML and mentions', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;')
    expect(escapeMarkdown('![x](http://evil)')).toBe(`\\!\\[x\\]\\(http:${ZWJ}//evil\\)`)
    expect(escapeMarkdown('@everyone')).toBe(`@${ZWJ}everyone`)
    expect(escapeMarkdown('a|b `c` *d* _e_ #f ~g~ \\h & $i')).toBe('a\\|b \\`c\\` \\*d\\* \\_e\\_ \\#f \\~g\\~ \\\\h &amp; \\$i')
    expect(escapeMarkdown('www.evil.example')).toBe(`www${ZWJ}.evil.example`)
  })

  it('collapses line breaks and makes controls visible', () => {
    expect(escapeMarkdown('第一行\r\n\n  第二行\u2028三\t四')).toBe('第一行 第二行 三 四')
    expect(escapeMarkdown('\u001b[31m红\u202e')).toBe('\\\\u001b\\[31m红\\\\u202e')
  })

  it('escapes a leading list marker or setext underline only', () => {
    expect(escapeMarkdown('- x')).toBe('\\- x')
    expect(escapeMarkdown('===')).toBe('\\===')
    expect(escapeMarkdown('1. x')).toBe('1\\. x')
    expect(escapeMarkdown('0.1.0 and a-b')).toBe('0.1.0 and a-b')
  })

  it.each(HOSTILE)('renders %j as plain text in a table cell and in prose', (text, shown) => {
    const tree = parse(`| h | ${escapeMarkdown(text)} | t |\n| --- | --- | --- |\n\nProse: ${escapeMarkdown(text)}\n`)
    for (const type of ACTIVE) expect(nodesOf(tree, type)).toEqual([])
    expect(nodesOf(tree, 'inlineCode')).toEqual([])
    expect(nodesOf(tree, 'heading')).toEqual([])
    const [table] = nodesOf(tree, 'table')
    expect(cellTexts(table!)).toEqual([['h', shown, 't']])
    expect(nodesOf(tree, 'paragraph').map((node) => nodesOf({type: 'root', children: [node]}, 'text').map((t) => t.value).join(''))).toEqual([
      `Prose: ${shown}`
    ])
  })
})

describe('quoteCode', () => {
  it('picks a fence longer than any backtick run, padding when needed', () => {
    expect(quoteCode('00530-111-111')).toBe('`00530-111-111`')
    expect(quoteCode('a ` b')).toBe('``a ` b``')
    expect(quoteCode('``` x')).toBe('```` ``` x ````')
    expect(quoteCode('`tick`')).toBe('`` `tick` ``')
    expect(quoteCode(' spaced ')).toBe('`  spaced  `')
    expect(quoteCode('')).toBe('` `')
  })

  it('escapes pipes in tables and collapses line breaks', () => {
    expect(quoteCode('a|b', {inTable: true})).toBe('`a\\|b`')
    expect(quoteCode('a|b')).toBe('`a|b`')
    expect(quoteCode('一\n二')).toBe('`一 二`')
    expect(quoteCode('\u001b[31m')).toBe('`\\u001b[31m`')
  })

  it('falls back to escaped text when a backslash precedes a pipe in a table', () => {
    expect(quoteCode('a\\|b', {inTable: true})).toBe('a\\\\\\|b')
  })

  it.each(HOSTILE)('shows %j exactly, as code, in a table cell and in prose', (text) => {
    const collapsed = text.replace(/\s*\n\s*/g, ' ').replace('\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m')
    const tree = parse(`| h | ${quoteCode(text, {inTable: true})} | t |\n| --- | --- | --- |\n\nProse: ${quoteCode(text)}\n`)
    for (const type of ACTIVE) expect(nodesOf(tree, type)).toEqual([])
    const [table] = nodesOf(tree, 'table')
    const cells = cellTexts(table!)
    expect(cells).toEqual([['h', collapsed, 't']])
    const code = nodesOf(tree, 'inlineCode').map((node) => node.value)
    expect(code.at(-1)).toBe(collapsed)
  })
})
