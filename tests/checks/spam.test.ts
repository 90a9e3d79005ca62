import {describe, expect, it} from 'vitest'
import type {ArticleRecord, ArticleRule, Report} from '../../src/checks/rule.js'
import {spamContact} from '../../src/checks/spam-contact.js'
import {spamImage} from '../../src/checks/spam-image.js'
import {spamLink} from '../../src/checks/spam-link.js'
import {extractContacts} from '../../src/extract/contacts.js'
import {extractLinks} from '../../src/extract/links.js'
import {inputFor, positionOf, where} from '../helpers/articles.js'
import {seedArticles, seedGold} from '../helpers/seeds.js'

const RULES = [spamLink, spamContact, spamImage]

function recordFor(markdown: string, path = 'example.md'): ArticleRecord {
  const input = inputFor(markdown)
  const lineStarts = [0, ...[...markdown.matchAll(/\n/g)].map((m) => m.index + 1)]
  return {
    path,
    meta: {},
    claims: {links: extractLinks(input), contacts: extractContacts(input), carriers: input.carriers, phones: [], durations: [], documents: []},
    lineStarts,
    pipelineReports: {}
  }
}

function run(rule: ArticleRule, markdown: string, path?: string): Report[] {
  const reports: Report[] = []
  const input = inputFor(markdown)
  rule.check({article: recordFor(markdown, path), source: markdown, data: input.data, report: (r) => reports.push(r)})
  return reports
}

/** `[rule, where, actual, confidence]` of every report of the three rules. */
function findings(markdown: string) {
  return RULES.flatMap((rule) => run(rule, markdown).map((r) => [rule.meta.id, where(markdown, r.span), r.actual, r.confidence]))
}

function applyFix(markdown: string, report: Report): string {
  const fix = report.fix!
  return markdown.slice(0, fix.span.start) + fix.text + markdown.slice(fix.span.end)
}

describe('rule examples', () => {
  for (const rule of RULES) {
    for (const example of rule.meta.examples.valid) {
      it(`${rule.meta.id} valid: ${example.name}`, () => {
        expect(run(rule, example.markdown)).toEqual([])
      })
    }
    for (const example of rule.meta.examples.invalid) {
      it(`${rule.meta.id} invalid: ${example.name}`, () => {
        const reports = run(rule, example.markdown)
        expect(reports.length).toBeGreaterThan(0)
        const got = reports.map((r, i) => {
          const start = positionOf(example.markdown, r.span.start)
          const end = positionOf(example.markdown, r.span.end)
          const want = example.messages![i]
          return {
            line: start.line,
            column: start.column,
            ...(want?.endLine === undefined ? {} : {endLine: end.line, endColumn: end.column}),
            ...(want?.message === undefined ? {} : {message: r.message})
          }
        })
        expect(got).toEqual(example.messages)
      })
    }
  }
})

describe('spam-link', () => {
  it('reports the whole link once, with the host and service', () => {
    const md = '**日本上网卡如何注销？轻松解决你的困扰[[TG💪+ @esim1088](https://t.me/s/esim1088)]**\n'
    const [report, ...rest] = run(spamLink, md)
    expect(rest).toEqual([])
    expect(where(md, report!.span)).toBe('1:22-1:64')
    expect(report!.actual).toBe('[TG💪+ @esim1088](https://t.me/s/esim1088)')
    expect(report!.message).toBe('Unexpected promotional link to t.me (Telegram), remove it')
    expect(report!.confidence).toBe('certain')
    expect(applyFix(md, report!)).toBe('**日本上网卡如何注销？轻松解决你的困扰**\n')
  })

  it('removes a wrapper holding nothing but spam, and only the link otherwise', () => {
    const wrapped = '[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](https://i.postimg.cc/4NQfJmqS/a.png)]\n'
    expect(applyFix(wrapped, run(spamLink, wrapped)[0]!)).toBe('\n')
    const inText = '欢迎加入我们的讨论群组[[TG💪+ @esim1088](https://t.me/s/esim1088)]，与大家一起交流经验！\n'
    expect(applyFix(inText, run(spamLink, inText)[0]!)).toBe('欢迎加入我们的讨论群组，与大家一起交流经验！\n')
    const mixed = '[官网 [TG](https://t.me/x)]\n'
    expect(applyFix(mixed, run(spamLink, mixed)[0]!)).toBe('[官网 ]\n')
  })

  it('finds spam hosts in every link form and subdomain', () => {
    const md = [
      '入群：https://chat.whatsapp.com/AbCdEf 或 <https://wa.me/818012345678>',
      '',
      '[点这里][tg] ![二维码](https://qm.qq.com/q/abc)',
      '',
      '[tg]: https://telegram.me/esim1088',
      '',
      '<a href="https://discord.gg/abc">Discord</a> 短链 cutt.ly/xyz12 与 https://www.bit.ly/abc',
      ''
    ].join('\n')
    expect(findings(md).filter(([id]) => id === 'spam-link')).toEqual([
      ['spam-link', '1:4-1:36', 'https://chat.whatsapp.com/AbCdEf', 'certain'],
      ['spam-link', '1:39-1:67', '<https://wa.me/818012345678>', 'certain'],
      ['spam-link', '3:1-3:10', '[点这里][tg]', 'certain'],
      ['spam-link', '3:11-3:42', '![二维码](https://qm.qq.com/q/abc)', 'certain'],
      ['spam-link', '7:1-7:45', '<a href="https://discord.gg/abc">Discord</a>', 'certain'],
      ['spam-link', '7:49-7:62', 'cutt.ly/xyz12', 'certain'],
      ['spam-link', '7:65-7:87', 'https://www.bit.ly/abc', 'certain']
    ])
  })

  it('reports an unreferenced definition but not one its reference already shows', () => {
    expect(findings('[r]: https://t.me/esim1088\n').map((f) => f[1])).toEqual(['1:1-1:27'])
  })

  it('keeps path-limited entries to their path and ignores look-alike hosts', () => {
    const md =
      '参考 https://mp.weixin.qq.com/s/abc 与 https://weixin.qq.com/r/abcDEF 以及 https://nott.me/x 和 https://t.me.example.com/x\n'
    expect(findings(md)).toEqual([['spam-link', '1:37-1:67', 'https://weixin.qq.com/r/abcDEF', 'certain']])
  })

  it('reports a link whose text pushes a handle, on any host', () => {
    const md = '欢迎咨询[飞机：＠esim1088](https://example.com/esim)\n'
    const [report] = run(spamLink, md)
    expect(report!.message).toBe('Unexpected link pushing Telegram contact @esim1088, remove it')
    expect(run(spamContact, md)).toEqual([])
  })

  it('reports a link whose text shows a messenger URL', () => {
    const md = '官方群：[https://t.me/esim1088](https://example.com/go)\n'
    const [report] = run(spamLink, md)
    expect(report!.message).toBe('Unexpected link showing t.me (Telegram), remove it')
    expect(where(md, report!.span)).toBe('1:5-1:52')
  })

  it('reports a messenger account that names a carrier as likely, without a fix', () => {
    const md = '也可以通过[LINEMO官方LINE](https://line.me/R/ti/p/@linemo)咨询 ![二维码](https://example.com/qr.png)\n'
    const [report, ...rest] = run(spamLink, md)
    expect(rest).toEqual([])
    expect(report!.confidence).toBe('likely')
    expect(report!.fix).toBeUndefined()
    expect(report!.message).toBe(
      'Unexpected link to line.me (LINE) naming a carrier; expected a link to the carrier itself, check that the account is official'
    )
    // A block with only a likely finding is not promotional: its image is not reported.
    expect(run(spamImage, md)).toEqual([])
  })

  it('leaves ordinary and official links alone', () => {
    const md = [
      '访问 [SoftBank](https://www.softbank.jp/mobile/support/) 或 https://www.au.com/support/ 。',
      'Telegram 官方说明见 https://telegram.org/faq ，LINEMO 见 https://www.linemo.jp/ 。',
      ''
    ].join('\n')
    expect(findings(md)).toEqual([])
  })
})

describe('spam-contact', () => {
  it('reports handles in plain text, exactly from label to handle', () => {
    const md = '有问题可以私聊我，电报：＠esim_jp，或 QQ：12345678，Line ID: shop_jp01。\n'
    expect(findings(md)).toEqual([
      ['spam-contact', '1:10-1:21', '电报：＠esim_jp', 'certain'],
      ['spam-contact', '1:24-1:35', 'QQ：12345678', 'certain'],
      ['spam-contact', '1:36-1:54', 'Line ID: shop_jp01', 'certain']
    ])
  })

  it('does not report handles in reported links, inline code or warnings about scams', () => {
    const md = [
      '[TG💪+ @esim1088](https://t.me/s/esim1088)',
      '',
      '用户名形如 `TG @username`。',
      '',
      '> 注意：有骗子冒充客服，',
      '> 用 WhatsApp @docomo_support 联系你。',
      ''
    ].join('\n')
    expect(findings(md).map((f) => f[0])).toEqual(['spam-link'])
  })

  it('reports a handle that names a carrier as likely', () => {
    const md = 'ahamo 的 LINE 客服：LINE @ahamo_official\n'
    expect(findings(md)).toEqual([['spam-contact', '1:17-1:37', 'LINE @ahamo_official', 'likely']])
  })

  it('still reports a handle in an ordinary block quote', () => {
    const md = '> 代办注销，微信：esim2025。\n'
    expect(findings(md).map((f) => [f[0], f[1]])).toEqual([['spam-contact', '1:8-1:19']])
  })
})

describe('spam-image', () => {
  it('is certain in a promotional block and skips images inside a reported link', () => {
    const md = '[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08.png)]\n\n[![ad](https://i.imgur.com/a.png)](https://t.me/x)\n'
    expect(findings(md)).toEqual([
      ['spam-link', '3:1-3:51', '[![ad](https://i.imgur.com/a.png)](https://t.me/x)', 'certain'],
      ['spam-contact', '1:2-1:15', 'TG💪+ @jx0703', 'certain'],
      ['spam-image', '1:16-1:81', '![Image](https://github.com/user-attachments/assets/dbca1d08.png)', 'certain']
    ])
  })

  it('is likely for an image-host image alone, certain beside a call to action', () => {
    const alone = '注销完成后会看到如下页面：\n\n![完成](https://i.imgur.com/AbC123.png)\n'
    const [report] = run(spamImage, alone)
    expect(report!.confidence).toBe('likely')
    expect(report!.fix).toBeUndefined()
    expect(report!.message).toBe('Unexpected image on i.imgur.com (image host often used for ads), expected an image hosted with the article')
    const cta = '扫码下单，秒回！<img src="https://i.ibb.co/xyz/qr.png" alt="二维码">\n'
    expect(findings(cta)).toEqual([['spam-image', '1:9-1:58', '<img src="https://i.ibb.co/xyz/qr.png" alt="二维码">', 'certain']])
  })

  it('does not report github.com user-attachments screenshots in tutorial steps', () => {
    const md = '## 第二步：提交申请\n\n![申请页面](https://github.com/user-attachments/assets/0c1f.png)\n\n如有问题请联系客服。\n'
    expect(findings(md)).toEqual([])
  })
})

describe('seed articles', () => {
  it('yields exactly the spam lines of the gold findings', () => {
    const gold = seedGold<{findings: Record<string, {line: number; kind: string}[]>}>()
    const seeds = seedArticles()
    expect(seeds).toHaveLength(5)
    for (const {name, text: markdown} of seeds) {
      const got = RULES.flatMap((rule) => run(rule, markdown, name).map((r) => `${positionOf(markdown, r.span.start).line} ${rule.meta.id}`))
      const want = (gold.findings[name] ?? []).filter((f) => f.kind.startsWith('spam-')).map((f) => `${f.line} ${f.kind}`)
      expect({name, findings: got.sort()}).toEqual({name, findings: want.sort()})
    }
  })
})
