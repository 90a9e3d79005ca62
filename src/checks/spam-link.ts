/**
 * `spam-link`: links to messengers, group invites, messenger apps and URL shorteners (`t.me`,
 * `wa.me`, `tg://`, `bit.ly`), in any form (inline, reference, HTML, bare), links whose host is
 * written with look-alike characters, and links whose text pushes a contact handle.
 */
import {defineArticleRule} from './rule.js'
import {OFFICIAL_SUGGESTION, spamItems} from './spam-items.js'

/** The `spam-link` rule. */
export const spamLink = defineArticleRule(
  {
    id: 'spam-link',
    description: 'Disallow promotional links to messengers, group invites and URL shorteners',
    examples: {
      valid: [
        {name: 'official support page', markdown: '可在[docomo官网](https://www.docomo.ne.jp/support/)办理解约手续。\n'},
        {name: 'WeChat article on mp.weixin.qq.com', markdown: '参考[官方公众号文章](https://mp.weixin.qq.com/s/AbCdEf123)。\n'},
        {name: 'the word line and an e-mail address', markdown: 'Call line 2 or write to [support](mailto:info@example.com).\n'},
        {name: "a carrier's official LINE account", markdown: 'LINEMO的LINE公式アカウント：[友だち追加](https://line.me/R/ti/p/@linemo)\n'},
        {name: 'a redacted link quoted by a warning', markdown: '> 警惕骗子：对方发来的链接形如 t.me/**** 或 https://t.me/docomo_help，都是冒充的。\n'}
      ],
      invalid: [
        {
          name: 'Telegram link in a heading',
          markdown: '# 日本电话卡怎么注销？[[TG💪+ @esim1088](https://t.me/s/esim1088)]\n',
          messages: [{line: 1, column: 14, endLine: 1, endColumn: 56, message: 'Unexpected promotional link to t.me (Telegram), remove it'}]
        },
        {
          name: 'shortened link',
          markdown: '注销流程详见 [这里](https://bit.ly/3xYzAbc)。\n',
          messages: [{line: 1, column: 8, message: 'Unexpected promotional link to bit.ly (URL shortener), remove it'}]
        },
        {
          name: 'bare URL glued to Chinese text',
          markdown: 'SIM卡问题\n\n加入频道https://t.me/esim_jp了解更多\n',
          messages: [{line: 3, column: 5, endLine: 3, endColumn: 25}]
        },
        {
          name: 'host written with look-alike characters',
          markdown: '官方解约入口：[点此进入](https://www.xn--dcomo-jye.ne.jp/cancel/)\n',
          messages: [{line: 1, column: 8, message: 'Unexpected link to docomo.ne.jp, written dоcomo.ne.jp with look-alike characters, remove it'}]
        },
        {
          name: 'link text pushing a WeChat id',
          markdown: '- [微信：abc123 代办注销](https://example.com/shop)\n',
          messages: [{line: 1, column: 3, message: 'Unexpected link pushing WeChat contact abc123, remove it'}]
        }
      ]
    }
  },
  (context) => {
    const items = spamItems(context)
    for (const item of items.links) {
      context.report({
        span: item.claim.span,
        message: item.message,
        actual: item.claim.text,
        ...(item.certain ? {...(item.fix ? {fix: item.fix} : {}), confidence: 'certain'} : {suggestion: OFFICIAL_SUGGESTION, confidence: 'likely'})
      })
    }
  }
)
