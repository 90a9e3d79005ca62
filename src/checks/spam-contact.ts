/**
 * `spam-contact`: messenger handles pushed in the text (`TG💪+ @jx0703`, `微信：abc123`,
 * `『TG客服：fastsim_bot』`), unless they are the text of a link `spam-link` reports, an example in
 * inline code, allowed or official, or quoted by a passage that warns about spam.
 */
import {defineArticleRule} from './rule.js'
import {OFFICIAL_SUGGESTION, spamItems} from './spam-items.js'

/** The `spam-contact` rule. */
export const spamContact = defineArticleRule(
  {
    id: 'spam-contact',
    description: 'Disallow messenger handles (Telegram, WeChat, QQ, WhatsApp, LINE) pushed in the text',
    examples: {
      valid: [
        {name: 'handle in a reported spam link (spam-link reports it)', markdown: '[TG💪+ @esim1088](https://t.me/s/esim1088)\n'},
        {name: 'e-mail address and the word online', markdown: '办理进度可 online 查询，或发邮件至 info@example.com。\n'},
        {name: 'block quote warning about a scam', markdown: '> 警惕骗子：自称“TG @docomo_help”的账号不是官方客服。\n'},
        {name: 'inline code', markdown: '在设置中输入 `TG @username` 形式的用户名。\n'},
        {name: 'a handle in inline code of a tutorial', markdown: '用户名设置好后，别人可以用 `TG @esim_jp` 这样的格式找到你。\n'},
        {name: 'a redacted handle', markdown: '这类文章结尾常写着“飞机@****”。\n'},
        {name: 'a flight number after 飞机', markdown: '坐飞机 CA925 回国之前，记得先解约。\n'}
      ],
      invalid: [
        {
          name: 'Telegram handle beside an ad image',
          markdown: '希望对你有帮助！\n\n[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08.png)]\n',
          messages: [{line: 3, column: 2, endLine: 3, endColumn: 15, message: 'Unexpected promotional Telegram contact @jx0703, remove it'}]
        },
        {
          name: 'handle framed by brackets and dashes, behind a nickname',
          markdown: '〔——电报搜索@kaika99——〕\n',
          messages: [{line: 1, column: 4, endLine: 1, endColumn: 16, message: 'Unexpected promotional Telegram contact @kaika99, remove it'}]
        },
        {
          name: 'several messengers at once',
          markdown: 'Line/WhatsApp: @cardvip\n',
          messages: [{line: 1, column: 1, endLine: 1, endColumn: 24, message: 'Unexpected promotional LINE contact @cardvip, remove it'}]
        },
        {
          name: 'WeChat id after a full-width colon',
          markdown: '如需代办注销，请加微信：abc123。\n',
          messages: [{line: 1, column: 10, endLine: 1, endColumn: 19, message: 'Unexpected promotional WeChat contact abc123, remove it'}]
        }
      ]
    }
  },
  (context) => {
    const items = spamItems(context)
    for (const item of items.contacts) {
      context.report({
        span: item.claim.span,
        message: item.message,
        actual: item.claim.text,
        ...(item.certain ? {...(item.fix ? {fix: item.fix} : {}), confidence: 'certain'} : {suggestion: OFFICIAL_SUGGESTION, confidence: 'likely'})
      })
    }
  }
)
