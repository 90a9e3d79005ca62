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
    expect(applyFix(wrapped, run(spamLink, wrapped)[0]!)).toBe('')
    const inText = '注销后可以换新卡。[[TG💪+ @esim1088](https://t.me/s/esim1088)]也可以看看我们的其他教程。\n'
    expect(applyFix(inText, run(spamLink, inText)[0]!)).toBe('注销后可以换新卡。也可以看看我们的其他教程。\n')
    const mixed = '按照[官网](https://www.docomo.ne.jp/)或 [TG](https://t.me/x) 上的说明，一步步完成解约手续。\n'
    expect(applyFix(mixed, run(spamLink, mixed)[0]!)).toBe('按照[官网](https://www.docomo.ne.jp/)或  上的说明，一步步完成解约手续。\n')
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
      ['spam-link', '5:1-5:35', '[tg]: https://telegram.me/esim1088', 'certain'],
      ['spam-link', '7:1-7:45', '<a href="https://discord.gg/abc">Discord</a>', 'certain'],
      ['spam-link', '7:49-7:62', 'cutt.ly/xyz12', 'certain'],
      ['spam-link', '7:65-7:87', 'https://www.bit.ly/abc', 'certain']
    ])
  })

  it('reports definitions, used or not, so that the fix removes them with their references', () => {
    expect(findings('[r]: https://t.me/esim1088\n').map((f) => f[1])).toEqual(['1:1-1:27'])
    const md = '代办请[点这里][tg]。\n\n![广告][ad]\n\n[tg]: https://t.me/jp_daiban\n[ad]: https://i.postimg.cc/8cQm2LkT/ad.png\n'
    expect(findings(md).map((f) => [f[0], f[1]])).toEqual([
      ['spam-link', '1:4-1:13'],
      ['spam-link', '5:1-5:29'],
      ['spam-image', '3:1-3:10'],
      ['spam-image', '6:1-6:43']
    ])
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
    const md = '也可以通过[LINEMO客服LINE](https://line.me/R/ti/p/@linemo_support)咨询 ![截图](https://example.com/qr.png)\n'
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
    const md = 'ahamo 的客服：LINE @ahamo_official\n'
    expect(findings(md)).toEqual([['spam-contact', '1:11-1:31', 'LINE @ahamo_official', 'likely']])
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

describe('spam-link: destinations and disguises', () => {
  it('reports messenger links, shorteners and dynamic links in every spelling', () => {
    const md = [
      '- https://telegram.me/jpsim_shop',
      '- https://lin.ee/AbCdEfG 与 [LINE](https://line.me/ti/p/~simkaiyaku01)',
      '- https://wa.link/x7k2pq',
      '- https://jpsim.page.link/kaiyaku 与 https://jpsim.onelink.me/Ab12',
      '- https://reurl.cc/Ab12Cd 与 https://lihi1.com/xYz9K',
      '- https://discord.gg/simTW88',
      ''
    ].join('\n')
    expect(findings(md).map((f) => [f[0], f[2], f[3]])).toEqual([
      ['spam-link', 'https://telegram.me/jpsim_shop', 'certain'],
      ['spam-link', 'https://lin.ee/AbCdEfG', 'certain'],
      ['spam-link', '[LINE](https://line.me/ti/p/~simkaiyaku01)', 'certain'],
      ['spam-link', 'https://wa.link/x7k2pq', 'certain'],
      ['spam-link', 'https://jpsim.page.link/kaiyaku', 'certain'],
      ['spam-link', 'https://jpsim.onelink.me/Ab12', 'certain'],
      ['spam-link', 'https://reurl.cc/Ab12Cd', 'certain'],
      ['spam-link', 'https://lihi1.com/xYz9K', 'certain'],
      ['spam-link', 'https://discord.gg/simTW88', 'certain']
    ])
  })

  it('reports links that open a messenger app', () => {
    const [report] = run(spamLink, '手机上可以直接[点击直达](tg://resolve?domain=esim_vip88)。\n')
    expect(report!.message).toBe('Unexpected promotional link to tg: (Telegram), remove it')
  })

  it('reports hosts written with look-alike characters, naming how they are written', () => {
    const md = [
      '官方入口：[点此进入](https://www.xn--dcomo-jye.ne.jp/cancel/)',
      '',
      '进度查询：https://docomo\u2011kaiyaku.com/status',
      '',
      '群：[t.me/kaiyaku_jp](https://t.m\u0435/kaiyaku_jp) 或 t\u2024me/esim_vip88',
      ''
    ].join('\n')
    const reports = run(spamLink, md)
    expect(reports.map((r) => [where(md, r.span), r.message, r.confidence])).toEqual([
      ['1:6-1:53', 'Unexpected link to docomo.ne.jp, written dоcomo.ne.jp with look-alike characters, remove it', 'certain'],
      ['3:6-3:39', 'Unexpected link to docomo-kaiyaku.com, written docomo\u2011kaiyaku.com with look-alike characters, remove it', 'certain'],
      ['5:3-5:45', 'Unexpected promotional link to t.me (Telegram, written t.mе with look-alike characters), remove it', 'certain'],
      ['5:48-5:63', 'Unexpected promotional link to t.me (Telegram, written t\u2024me with look-alike characters), remove it', 'certain']
    ])
  })

  it('does not count full-width dots alone as a disguise of an ordinary host', () => {
    expect(findings('官网：https://www．docomo．ne．jp/support/\n')).toEqual([])
    expect(findings('群：ｔ．ｍｅ／jpesim2025\n').map((f) => f[0])).toEqual(['spam-link'])
  })

  it("leaves a carrier's official LINE account, X account and app-store pages alone", () => {
    const md = [
      'LINEで友だち追加：[LINEMO公式](https://line.me/R/ti/p/@linemo)',
      '',
      '公式X：[x.com/LINEMO_official](https://x.com/LINEMO_official)、[App Store](https://apps.apple.com/jp/app/id1546358112)、[Google Play](https://play.google.com/store/apps/details?id=jp.linemo.app)',
      ''
    ].join('\n')
    expect(findings(md)).toEqual([])
  })

  it('raises a messenger account that names a carrier to certain beside a call to action', () => {
    const md = '私聊客服秒回：[LINEMO客服](https://line.me/R/ti/p/@linemo_support)\n'
    expect(findings(md).map((f) => [f[0], f[3]])).toEqual([['spam-link', 'certain']])
  })

  it('leaves spam quoted by a warning alone, unless the paragraph pushes it', () => {
    const warning = '> 警惕：骗子会发来 https://t.me/docomo_help 这样的链接，冒充客服。\n'
    expect(findings(warning)).toEqual([])
    const quoted = '有骗子自称“TG @docomo_help”，冒充docomo客服。\n'
    expect(findings(quoted)).toEqual([])
    const pushed = '> 谨防骗子，认准唯一客服 TG @esim_real88 ，秒回。\n'
    expect(findings(pushed).map((f) => f[0])).toEqual(['spam-contact'])
  })
})

describe('spam-contact: inline code and carriers', () => {
  it('reports a handle in inline code only when the label is outside the code or the paragraph pushes it', () => {
    expect(findings('加飞机 `@kaika99` 咨询\n').map((f) => [f[0], f[2]])).toEqual([['spam-contact', '飞机 `@kaika99']])
    expect(findings('私聊请复制这个：`TG: esim_vip88`\n').map((f) => [f[0], f[2]])).toEqual([['spam-contact', 'TG: esim_vip88']])
    expect(findings('在设置里输入 `TG @esim_jp` 形式的用户名即可。\n')).toEqual([])
  })

  it('reports a handle that names a carrier as certain beside a call to action', () => {
    expect(findings('LINE公式アカウント＠mineo_daikou まで、お気軽にご連絡ください。\n').map((f) => f[3])).toEqual(['certain'])
  })

  it("leaves the carrier's own handle alone", () => {
    expect(findings('LINEMO 的 LINE 官方账号：LINE @linemo\n')).toEqual([])
  })
})

describe('spam-image: ads beside promotion', () => {
  it('is certain for an image-host image in the paragraph after a promotional one', () => {
    const md = '自己办理麻烦的话，可以找我们代办，TG：＠simshop88。\n\n![代办注销](https://i.postimg.cc/Xq7Lm2Zk/daiban.png)\n'
    expect(findings(md).map((f) => [f[0], f[3]])).toEqual([
      ['spam-contact', 'certain'],
      ['spam-image', 'certain']
    ])
  })

  it('is certain for a QR-code image beside a call to action, wherever it is hosted', () => {
    const md = '也可以扫码加好友：\n\n![微信二维码](https://example-esim.cn/static/qr.jpg)\n'
    expect(findings(md.replace('\n\n', ''))).toEqual([['spam-image', '1:10-1:57', '![微信二维码](https://example-esim.cn/static/qr.jpg)', 'certain']])
  })

  it('does not report screenshots or QR codes of a tutorial without promotion', () => {
    const md = '用手机扫描运营商发来的二维码即可安装eSIM：\n\n![eSIM二维码示例](https://github.com/user-attachments/assets/0c1f.png)\n'
    expect(findings(md)).toEqual([])
  })
})
