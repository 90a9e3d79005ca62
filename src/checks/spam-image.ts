/**
 * `spam-image`: ad images. An image in a promotional block (one holding a spam link or contact)
 * is certain; an image on an anonymous image host (`i.postimg.cc`, `imgur.com`) or a QR code is
 * certain beside a call to action or a promotional paragraph, and an image-host image is likely (a
 * warning) otherwise.
 */
import {defineArticleRule} from './rule.js'
import {spamItems} from './spam-items.js'

/** The `spam-image` rule. */
export const spamImage = defineArticleRule(
  {
    id: 'spam-image',
    description: 'Disallow ad images: images beside spam links or contacts, and images on anonymous image hosts',
    examples: {
      valid: [
        {
          name: 'screenshot on github.com/user-attachments in a tutorial step',
          markdown: '1. 打开 My docomo，点击“解约”。\n\n![解约页面](https://github.com/user-attachments/assets/0c1f2e3d.png)\n'
        },
        {name: 'image served with the article', markdown: '![手续流程](./images/flow.png)\n'},
        {name: 'QR code of a tutorial step', markdown: '用手机扫描运营商发来的二维码即可安装eSIM：\n\n![eSIM二维码示例](https://github.com/user-attachments/assets/0c1f.png)\n'}
      ],
      invalid: [
        {
          name: 'image beside a Telegram link',
          markdown: '[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](https://i.postimg.cc/4NQfJmqS/ad.png)]\n',
          messages: [{line: 1, column: 45, endLine: 1, endColumn: 91}]
        },
        {
          name: 'github.com/user-attachments image beside a handle',
          markdown: '[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08.png)]\n',
          messages: [{line: 1, column: 16, message: 'Unexpected promotional image beside a spam link or contact, remove it'}]
        },
        {
          name: 'QR code beside a call to action, on any host',
          markdown: '也可以扫码加好友：![微信二维码](https://example-esim.cn/static/qr.jpg)\n',
          messages: [{line: 1, column: 10, message: 'Unexpected promotional image beside a call to action, remove it'}]
        },
        {
          name: 'image-host image in the paragraph after a handle',
          markdown: '找我们代办注销，TG：＠simshop88。\n\n![代办注销](https://i.postimg.cc/Xq7Lm2Zk/daiban.png)\n',
          messages: [{line: 3, column: 1}]
        },
        {
          name: 'image-host image alone (likely: reported as a warning)',
          markdown: '注销完成后会看到如下页面：\n\n![完成](https://i.imgur.com/AbC123.png)\n',
          messages: [{line: 3, column: 1}]
        }
      ]
    }
  },
  (context) => {
    const items = spamItems(context)
    for (const item of items.images) {
      context.report({
        span: item.claim.span,
        message: item.message,
        actual: item.claim.text,
        ...(item.certain ? {...(item.fix ? {fix: item.fix} : {}), confidence: 'certain'} : {suggestion: 'Check the image; remove it if it advertises anything', confidence: 'likely'})
      })
    }
  }
)
