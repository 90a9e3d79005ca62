/**
 * `link-mismatch`: a link whose text names one site (`[www.docomo.ne.jp](https://esim-shop.example/go)`)
 * while its URL goes to another. Readers trust the text; spam and phishing pages rely on that.
 * A warning: an editor may also have pasted the wrong URL. Links that `spam-link` reports already
 * are left to it; subdomains, official domains of one carrier, allowed domains and URLs that carry
 * the named site (web archives, `?url=` redirects) are no mismatch.
 */
import {defineArticleRule} from './rule.js'
import {sameSite, siteInText} from './link-sites.js'
import {allowance} from './spam-allow.js'
import {spamItems} from './spam-items.js'

/** The `link-mismatch` rule. */
export const linkMismatch = defineArticleRule(
  {
    id: 'link-mismatch',
    description: 'Disallow links whose text names one site while the URL goes to another',
    examples: {
      valid: [
        {name: 'text names the linked site', markdown: '详见 [www.docomo.ne.jp](https://www.docomo.ne.jp/support/)。\n'},
        {name: 'official domains of one carrier', markdown: '见 [docomo.ne.jp](https://www.nttdocomo.co.jp/support/)。\n'},
        {name: 'archived copy of the named site', markdown: '[au.com](https://web.archive.org/web/2024/https://www.au.com/support/)\n'},
        {name: 'text names no site', markdown: '[My docomo](https://www.docomo.ne.jp/mydocomo/) 与 [setup.py](https://github.com/x/y)\n'}
      ],
      invalid: [
        {
          name: 'official domain in the text, a shop in the URL',
          markdown: '请到官网 [www.docomo.ne.jp](https://docomo-esim.shop/cancel) 办理。\n',
          messages: [{line: 1, column: 6, endLine: 1, endColumn: 57, message: 'Unexpected link text naming docomo.ne.jp, the link goes to docomo-esim.shop'}]
        }
      ]
    }
  },
  (context) => {
    const {article, source, data} = context
    const reported = new Set(spamItems(context).links.map((item) => item.claim))
    const allow = allowance(data, source)
    for (const link of article.claims.links) {
      if (link.image || link.form === 'bare' || link.form === 'definition' || !link.host || reported.has(link)) continue
      const named = siteInText(link.label)
      if (!named || sameSite(named, link.host, data) || allow.domain(link)) continue
      if (link.url.toLowerCase().includes(named)) continue
      context.report({
        span: link.span,
        message: `Unexpected link text naming ${named}, the link goes to ${link.host}`,
        actual: link.text,
        expected: [named],
        suggestion: `Link ${named} itself, or change the text to name ${link.host}`,
        confidence: 'certain'
      })
    }
  }
)
