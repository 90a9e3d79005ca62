import {describe, expect, it} from 'vitest'
import {linkMismatch} from '../../src/checks/link-mismatch.js'
import {siteInText, siteOf} from '../../src/checks/link-sites.js'
import type {Report} from '../../src/checks/rule.js'
import {extractContacts} from '../../src/extract/contacts.js'
import {extractLinks} from '../../src/extract/links.js'
import {inputFor, where} from '../helpers/articles.js'

function run(markdown: string): string[] {
  const input = inputFor(markdown)
  const reports: Report[] = []
  const article = {
    path: 'example.md',
    meta: {},
    claims: {links: extractLinks(input), contacts: extractContacts(input), carriers: input.carriers, phones: [], durations: [], documents: []},
    lineStarts: [0],
    pipelineReports: {}
  }
  linkMismatch.check({article, source: markdown, data: input.data, report: (r) => reports.push(r)})
  return reports.map((r) => `${where(markdown, r.span)} ${r.message}`)
}

describe('link-mismatch', () => {
  it('reports link text naming one site while the URL goes to another', () => {
    expect(run('Official store: [airalo.com](https://airalo-discount.shop/deals)\n')).toEqual([
      '1:17-1:65 Unexpected link text naming airalo.com, the link goes to airalo-discount.shop'
    ])
    expect(run('[https://www.tim.it/assistenza](https://tim-disdetta.online/moduli)\n')).toHaveLength(1)
  })

  it('stays silent on subdomains, official domains of one carrier, archives and redirects carrying the site', () => {
    const md = [
      '[docomo.ne.jp](https://ssw.web.docomo.ne.jp/chikaku/faq/contract)',
      '[rakuten.co.jp](https://network.mobile.rakuten.co.jp/)',
      '[docomo.ne.jp](https://www.nttdocomo.co.jp/support/)',
      '[vodafone.it](https://web.archive.org/web/2025/https://www.vodafone.it/privati/contatti.html)',
      '[x.com/LINEMO_official](https://x.com/LINEMO_official)'
    ].join('\n\n')
    expect(run(`${md}\n`)).toEqual([])
  })

  it('stays silent on text that names no site: words, file names, e-mail addresses', () => {
    const md = '[My docomo](https://www.docomo.ne.jp/mydocomo/)，[setup.py](https://github.com/x/y)，[info@docomo.ne.jp](mailto:info@docomo.ne.jp)，[README.md](https://github.com/x/y)\n'
    expect(run(md)).toEqual([])
  })

  it('leaves links spam-link reports to it', () => {
    expect(run('[www.docomo.ne.jp](https://t.me/docomo_cancel) 与 [docomo.ne.jp](https://www.xn--dcomo-jye.ne.jp/)\n')).toEqual([])
  })

  it('finds the site named in text, and the registrable part of a host', () => {
    expect(siteInText('官网 www.docomo.ne.jp 查看')).toBe('docomo.ne.jp')
    expect(siteInText('see ahamo.com/support')).toBe('ahamo.com')
    expect(siteInText('setup.py and README.md')).toBeUndefined()
    expect(siteOf('ssw.web.docomo.ne.jp')).toBe('docomo.ne.jp')
    expect(siteOf('www.au.com')).toBe('au.com')
  })
})
