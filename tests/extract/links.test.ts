import {describe, expect, it} from 'vitest'
import {extractLinks} from '../../src/extract/links.js'
import {hostDisguiseOf, hostOf} from '../../src/extract/link-urls.js'
import {inputFor, where} from '../helpers/articles.js'

function links(markdown: string) {
  return extractLinks(inputFor(markdown)).map((l) => [l.form, l.host, l.text, where(markdown, l.span)])
}

describe('extractLinks', () => {
  it('finds the link and image of a promotional line, with whole-node spans', () => {
    const md = '## 总结\n\n[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](https://i.postimg.cc/4NQfJmqS/Snipaste.png)]\n'
    const found = extractLinks(inputFor(md))
    expect(found.map((l) => [l.form, l.host, l.url, l.label, l.image, where(md, l.span)])).toEqual([
      ['link', 't.me', 'https://t.me/s/esim1088', 'TG💪+ @esim1088', undefined, '3:2-3:44'],
      ['image', 'i.postimg.cc', 'https://i.postimg.cc/4NQfJmqS/Snipaste.png', 'Image', true, '3:45-3:97']
    ])
    expect(found[0]!.text).toBe('[TG💪+ @esim1088](https://t.me/s/esim1088)')
    expect(found[0]!.context).toEqual({block: 1, blockType: 'paragraph', section: 0, sentence: 0})
    expect(found[1]!.context.block).toBe(1)
  })

  it('resolves references through their definition and gives the definition its first use', () => {
    const md = '详见[官网][docomo]与![图][img]，以及[未定义][nope]。\n\n[docomo]: https://www.docomo.ne.jp/support/\n[img]: https://i.imgur.com/a.png\n'
    const found = extractLinks(inputFor(md))
    expect(found.map((l) => [l.form, l.url, l.label, l.image ?? false, where(md, l.span)])).toEqual([
      ['reference', 'https://www.docomo.ne.jp/support/', '官网', false, '1:3-1:15'],
      ['reference', 'https://i.imgur.com/a.png', '图', true, '1:16-1:25'],
      ['definition', 'https://www.docomo.ne.jp/support/', 'docomo', false, '3:1-3:44'],
      ['definition', 'https://i.imgur.com/a.png', 'img', false, '4:1-4:33']
    ])
    expect(found[2]!.context).toEqual(found[0]!.context)
    // `[未定义][nope]` has no definition: it is plain text, not a reference.
    expect(found.some((l) => l.label === '未定义')).toBe(false)
  })

  it('finds bare URLs glued to CJK text and cuts them where the URL ends', () => {
    const md = '详情见网站https://example.com/x联系我们，或访问网站www.softbank.jp/mobile。也可t.me/esim1088（勿信）。\n'
    expect(links(md)).toEqual([
      ['bare', 'example.com', 'https://example.com/x', '1:6-1:27'],
      ['bare', 'softbank.jp', 'www.softbank.jp/mobile', '1:37-1:59'],
      ['bare', 't.me', 't.me/esim1088', '1:62-1:75']
    ])
  })

  it('trims trailing punctuation and keeps balanced brackets', () => {
    const md = 'See https://en.wikipedia.org/wiki/SIM_(disambiguation), then (https://www.au.com/support).\n'
    expect(links(md).map((l) => l[2])).toEqual(['https://en.wikipedia.org/wiki/SIM_(disambiguation)', 'https://www.au.com/support'])
  })

  it('never looks inside code, and does not count link text as a bare URL', () => {
    const md = '示例 `https://t.me/example` 与 [https://t.me/x](https://t.me/x)\n\n```\nhttps://bit.ly/abc\n```\n\n    https://bit.ly/indented\n'
    expect(links(md)).toEqual([['link', 't.me', '[https://t.me/x](https://t.me/x)', '1:29-1:61']])
  })

  it('reads href and src of raw HTML, inline and as a block', () => {
    const md = '加入<a href="https://t.me/esim1088">我们的群</a>吧\n\n> <img src="https://i.imgur.com/ad.png" alt="广告">\n'
    const found = extractLinks(inputFor(md))
    expect(found.map((l) => [l.form, l.host, l.label, l.text, where(md, l.span)])).toEqual([
      ['link', 't.me', '我们的群', '<a href="https://t.me/esim1088">我们的群</a>', '1:3-1:43'],
      ['image', 'i.imgur.com', '广告', '<img src="https://i.imgur.com/ad.png" alt="广告">', '3:3-3:50']
    ])
    expect(found[0]!.context.block).toBe(0)
    // An HTML block is outside every text block: its own block index, past the text blocks.
    expect(found[1]!.context).toMatchObject({blockType: 'html', inBlockquote: true, sentence: 0})
    expect(found[1]!.context.block).toBeGreaterThanOrEqual(1)
  })

  it('finds links in headings, table cells and footnotes', () => {
    const md = '# 标题 [TG](https://t.me/a)\n\n| 渠道 | 链接 |\n| --- | --- |\n| 官网 | <https://www.ahamo.com> |\n\n正文[^1]\n\n[^1]: 来源 https://wa.me/123号码\n'
    const found = extractLinks(inputFor(md))
    expect(found.map((l) => [l.form, l.host, l.context.blockType, where(md, l.span)])).toEqual([
      ['link', 't.me', 'heading', '1:6-1:26'],
      ['link', 'ahamo.com', 'tableCell', '5:8-5:31'],
      ['bare', 'wa.me', 'paragraph', '9:10-9:27']
    ])
    expect(found[1]!.context).toMatchObject({table: 0, tableRow: 1, tableColumn: 1})
  })

  it('does not take e-mail addresses for links', () => {
    expect(links('联系 info@example.com 或 support@docomo.ne.jp\n')).toEqual([])
  })
})

describe('hostOf', () => {
  it('lower-cases, drops www. and decodes punycode', () => {
    expect(hostOf('HTTPS://WWW.Example.COM/a')).toBe('example.com')
    expect(hostOf('https://xn--r8jz45g.jp/x')).toBe('例え.jp')
    expect(hostOf('//t.me/x')).toBe('t.me')
    expect(hostOf('www.bit.ly/abc')).toBe('bit.ly')
  })

  it('is empty for relative, mail and broken URLs', () => {
    expect(hostOf('./images/flow.png')).toBe('')
    expect(hostOf('#section')).toBe('')
    expect(hostOf('mailto:info@example.com')).toBe('')
    expect(hostOf('https://')).toBe('')
  })

  it('reads plain ASCII hosts like any other: trailing dot and www. dropped, numbers parsed as IPv4', () => {
    expect(hostOf('https://Shop.Example.COM./x')).toBe('shop.example.com')
    expect(hostOf('https://www.www.example.com/')).toBe('www.example.com')
    expect(hostOf('https://192.168.0.1/x')).toBe('192.168.0.1')
    expect(hostOf('https://1.2.3.4.5/x')).toBe('')
    expect(hostOf('https://example.0x/x')).toBe('')
    expect(hostOf('https://a..b/x')).toBe(new URL('https://a..b/').hostname)
    expect(hostOf('https://xn--zz.jp/x')).toBe('')
  })
})

describe('look-alike hosts', () => {
  it('folds invisible characters, Unicode hyphens and dots, full-width letters, homoglyphs and punycode', () => {
    expect(hostOf('https://t\u200b.me/x')).toBe('t.me')
    expect(hostOf('https://t\u2060.me\u202e/x')).toBe('t.me')
    expect(hostOf('https://docomo\u2011kaiyaku.com/status')).toBe('docomo-kaiyaku.com')
    expect(hostOf('https://t\uff0eme/x')).toBe('t.me')
    expect(hostOf('ｈｔｔｐｓ：／／ｔ．ｍｅ／ｘ')).toBe('t.me')
    expect(hostOf('https://t.m\u0435/x')).toBe('t.me')
    expect(hostOf('https://t.xn--m-jtb/x')).toBe('t.me')
    expect(hostOf('https://www.xn--dcomo-jye.ne.jp/cancel/')).toBe('docomo.ne.jp')
  })

  it('keeps scripts that are not look-alikes as they are', () => {
    expect(hostOf('https://xn--r8jz45g.jp/x')).toBe('例え.jp')
    expect(hostOf('https://пример.рф/')).toBe('пример.рф')
  })

  it('tells how a host is disguised', () => {
    expect(hostDisguiseOf('https://t.m\u0435/x')).toBe('lookalike')
    expect(hostDisguiseOf('https://www.xn--dcomo-jye.ne.jp/')).toBe('lookalike')
    expect(hostDisguiseOf('t\u200b.me/x')).toBe('lookalike')
    expect(hostDisguiseOf('https://docomo\u2011kaiyaku.com/')).toBe('lookalike')
    expect(hostDisguiseOf('https://t\uff0eme/x')).toBe('width')
    expect(hostDisguiseOf('https://www.docomo.ne.jp/')).toBeUndefined()
    expect(hostDisguiseOf('https://WWW.Docomo.NE.JP./')).toBeUndefined()
    expect(hostDisguiseOf('https://xn--r8jz45g.jp/x')).toBeUndefined()
  })

  it('finds bare URLs written with look-alike characters, as written', () => {
    const md = '浏览器打开 t\u2024m\u0435/esim_vip88 ，或 ｔ．ｍｅ／jpesim2025，或 https://bit\u200b.ly/3abc 。\n'
    expect(links(md).map((l) => [l[1], l[2]])).toEqual([
      ['t.me', 't\u2024m\u0435/esim_vip88'],
      ['t.me', 'ｔ．ｍｅ／jpesim2025'],
      ['bit.ly', 'https://bit\u200b.ly/3abc']
    ])
  })

  it('skips redacted URLs and schemeless hosts without a path', () => {
    expect(links('链接形如“t.me/****”或“wa.me/81********”，在 t.me 上搜索。\n')).toEqual([])
  })

  it('reads messenger-app schemes as links', () => {
    expect(extractLinks(inputFor('[点击直达](tg://resolve?domain=esim_vip88)\n')).map((l) => [l.form, l.url])).toEqual([['link', 'tg://resolve?domain=esim_vip88']])
  })
})
