import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {codeFrame} from '../../src/report/html-code-frame.js'
import {axisFor, businessDays} from '../../src/report/html-business-days.js'
import {escapeHtml, html, safeHref, SafeHtml} from '../../src/report/html-escape.js'
import {contentSecurityPolicy} from '../../src/report/html-page.js'
import type {HtmlRegistry} from '../../src/report/html-registry.js'
import {htmlReport} from '../../src/report/index.js'
import {article, link, phone, runOf, sampleRun, say, spanIn} from './fixtures.js'

const REGISTRY: HtmlRegistry = {
  carriers: {
    'jp.docomo': {
      name: 'NTT docomo',
      hotlines: [{number: '0120-800-000', keys: ['0120800000', '+81120800000'], purpose: 'general', source: 'https://example.org/docomo', sourceType: 'official'}],
      documents: [{value: 'original ID', documents: ['passport'], source: 'https://example.org/docomo-id', sourceType: 'official'}]
    },
    'jp.softbank': {name: 'SoftBank', hotlines: [], documents: []},
    'jp.au': {name: 'au (KDDI)', hotlines: [], documents: []}
  },
  actions: {review: 'review of the request', 'takes-effect': 'cancellation takes effect'},
  documents: {passport: 'passport', 'residence-card': 'Japanese residence card (在留カード)'}
}

/** The text between `<tag>` and `</tag>` (the first such element). */
function inline(page: string, tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page)
  expect(match, `<${tag}> in the page`).not.toBeNull()
  return match![1]!
}

function policyOf(page: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)
  expect(match).not.toBeNull()
  return match![1]!.replaceAll('&#39;', "'")
}

function sha(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The `<tr>` of `table` (by id) whose row header holds `text`. */
function rowOf(page: string, table: string, text: string): string {
  const body = new RegExp(`<table id="${table}"[\\s\\S]*?</table>`).exec(page)?.[0] ?? ''
  return body.split('<tr ').find((row) => row.includes(text)) ?? ''
}

describe('escapeHtml and html', () => {
  it('escapes markup characters for text and attributes', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;')
  })

  it('shows controls and bidi overrides as escapes, keeping tabs and line feeds', () => {
    expect(escapeHtml('a\u202ecba\u202c\u0000\u001b[31m\tb\nc\u2028')).toBe('a\\u202ecba\\u202c\\u0000\\u001b[31m\tb\nc\\u2028')
  })

  it('escapes every interpolated string and keeps markup the report built', () => {
    const built = html`<p title="${'"><img src=x onerror=alert(1)>'}">${['<b>', html`<i>ok</i>`, 3, undefined, false]}</p>`
    expect(built).toBeInstanceOf(SafeHtml)
    expect(built.value).toBe('<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;b&gt;<i>ok</i>3</p>')
  })

  it('links only http, https and file URLs', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeHref('file:///repo/docs/rules/spam-link.md')).toBe('file:///repo/docs/rules/spam-link.md')
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'not a url', undefined]) {
      expect(safeHref(url)).toBeUndefined()
    }
  })
})

describe('codeFrame', () => {
  it('numbers the line and marks the claim', () => {
    const source = '# t\n\n- au：00530-111-111 <b>\n'
    expect(codeFrame(source, spanIn(source, '00530-111-111')).value).toBe(
      '<pre class="frame"><span class="frame-line"><span class="ln">3</span><code>- au：<mark>00530-111-111</mark> &lt;b&gt;</code></span></pre>'
    )
  })

  it('clips long lines around the claim, keeping whole characters', () => {
    const source = `${'注'.repeat(300)}TG：@x${'😀'.repeat(300)}`
    const frame = codeFrame(source, spanIn(source, '@x')).value
    expect(frame).toContain(`…${'注'.repeat(87)}TG：<mark>@x</mark>${'😀'.repeat(90)}…`)
    expect(frame).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  it('shows each line of a claim that spans lines', () => {
    const source = 'a\nb [x\ny](https://t.me/z) c\nd\n'
    const frame = codeFrame(source, spanIn(source, '[x\ny](https://t.me/z)')).value
    expect(frame).toContain('<span class="ln">2</span><code>b <mark>[x</mark></code>')
    expect(frame).toContain('<span class="ln">3</span><code><mark>y](https://t.me/z)</mark> c</code>')
    expect(frame).not.toContain('<span class="ln">4</span>')
  })
})

describe('businessDays', () => {
  it('converts units by the documented rule', () => {
    expect(businessDays({min: 1, max: 3, unit: 'business-day'})).toEqual({low: 1, high: 3})
    expect(businessDays({min: 7, max: 14, unit: 'day'})).toEqual({low: 5, high: 10})
    expect(businessDays({min: 1, max: 1, unit: 'week'})).toEqual({low: 5, high: 5})
    expect(businessDays({min: 0, max: 1, unit: 'month'}).high).toBeCloseTo(21.74, 2)
    expect(axisFor(10)).toEqual({max: 10, step: 1})
    expect(axisFor(21.7)).toEqual({max: 25, step: 5})
    expect(axisFor(65)).toEqual({max: 70, step: 10})
  })
})

describe('htmlReport', () => {
  const page = htmlReport(sampleRun(), {registry: REGISTRY, rulesVersion: 'abc123def456'})

  it('is one document with one inline style and one inline script, allowed by their hashes only', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(page.match(/<script\b/g)).toHaveLength(1)
    expect(page.match(/<style\b/g)).toHaveLength(1)
    const policy = policyOf(page)
    const directives = new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]))
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual([sha(inline(page, 'script'))])
    expect(directives.get('style-src')).toEqual([sha(inline(page, 'style'))])
    expect(directives.get('img-src')).toEqual(['data:'])
    for (const name of ['connect-src', 'frame-src', 'object-src', 'base-uri', 'form-action']) expect(directives.get(name)).toEqual(["'none'"])
    expect(policy).not.toMatch(/unsafe|nonce|https?:|\*/)
    expect(policy).toBe(contentSecurityPolicy(inline(page, 'style'), inline(page, 'script')))
  })

  it('uses no style attribute, event handler, external resource or markup sink', () => {
    expect(page).not.toMatch(/\sstyle=|\son[a-z]+=|<img\b|<iframe\b|<object\b|<embed\b|<base\b|<form\b|\ssrc=/i)
    expect(inline(page, 'script')).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/)
  })

  it('heads the page with the run, the rules version and the findings by severity', () => {
    expect(page).toContain('<time datetime="2026-11-22T08:30:00.000Z">2026-11-22 08:30 UTC</time>')
    expect(page).toContain('<dd>3 (2 with findings, 1 clean)</dd>')
    expect(page).toContain('<code>abc123def456</code>')
    expect(page).toContain('<span class="badge sev-error">5 errors</span>')
    expect(page).toContain('<option value="hotline-shared">hotline-shared (3)</option>')
    expect(page).toContain('<option value="jp.docomo">NTT docomo (jp.docomo)</option>')
  })

  it('shows each finding with its code frame, rule link and facts', () => {
    expect(page).toContain('<span class="ln">7</span><code>审核需要<mark>1-3个工作日</mark>。</code>')
    expect(page).toContain('<a class="rule" href="https://github.com/factlint/factlint/blob/main/docs/rules/timeline-contradiction.md"')
    expect(page).toContain('<dt>Also at</dt><dd><ul class="plain"><li><span class="path">content/b.md:1</span> <code>7-10个工作日</code></li></ul></dd>')
    expect(page).toContain('Clean articles (1): <span class="path">content/c.md</span>')
  })

  it('puts a number stated for three carriers under each of them, marked shared', () => {
    const row = rowOf(page, 'hotline-matrix', '00530-111-111')
    for (const carrier of ['jp.docomo', 'jp.softbank', 'jp.au']) {
      expect(row).toMatch(new RegExp(`<td data-carrier="${carrier.replace('.', '\\.')}" data-sort="1"><span class="count">1×</span> <span class="mark mark-shared">shared</span>`))
    }
    expect(row).toContain('data-carriers="jp.docomo jp.softbank jp.au"')
  })

  it('marks a registry number verified with its source, and others unverified', () => {
    const row = rowOf(page, 'hotline-matrix', '0120-800-000')
    expect(row).toContain('<span class="mark mark-verified" title="0120-800-000: general">verified</span> <a class="source" href="https://example.org/docomo"')
    expect(htmlReport(sampleRun())).toMatch(/0120-800-000[\s\S]*?mark-unverified">unverified/)
  })

  it('marks invalid and mismatched numbers from the messages on them', () => {
    const source = '- docomo：0120-000-000\n'
    const file = article('content/h.md', source, {phones: [phone(source, '0120-000-000', {digits: '0120000000', carrier: 'jp.docomo', valid: false})]})
    say(file, {ruleId: 'phone-invalid', reason: 'Impossible', on: '0120-000-000', severity: 'error'})
    say(file, {ruleId: 'hotline-mismatch', reason: 'Other', on: '0120-000-000', severity: 'warning'})
    const row = rowOf(htmlReport(runOf([file]), {registry: REGISTRY}), 'hotline-matrix', '0120-000-000')
    expect(row).toContain('<span class="mark mark-invalid">invalid</span><span class="mark mark-mismatch">mismatch</span>')
    expect(row).not.toContain('verified')
  })

  it('draws each article and action as a chart row, contradictions in red, vague claims apart', () => {
    const rows = page.split('<li class="chart-row').slice(1)
    expect(rows).toHaveLength(2)
    expect(rows.every((row) => row.startsWith(' contradiction"') && row.includes('<rect class="bar bar-contradiction"'))).toBe(true)
    expect(rows[0]).toContain('x="10.000%" y="4" width="20.000%"')
    expect(rows[1]).toContain('x="70.000%" y="4" width="30.000%"')
    expect(rows[0]).toContain('review of the request')
    expect(page).toMatch(/<table id="vague-durations"[\s\S]*?<td>cancellation takes effect<\/td><td><code>几个工作日<\/code><\/td>/)
  })

  it('tables documents by carrier against the registry', () => {
    const source = 'docomo：需要护照复印件和在留卡原件\n'
    const items = [
      {id: 'passport', form: 'copy' as const, text: '护照复印件', span: spanIn(source, '护照复印件')},
      {id: 'residence-card', form: 'original' as const, text: '在留卡原件', span: spanIn(source, '在留卡原件')}
    ]
    const claim = {kind: 'documents' as const, span: spanIn(source, '护照复印件和在留卡原件'), text: '护照复印件和在留卡原件', context: {block: 0, blockType: 'paragraph' as const, sentence: 0}, documents: items, mode: 'all' as const, carrier: 'jp.docomo', attribution: 'sentence' as const}
    const file = article('content/d.md', source, {documents: [claim]})
    say(file, {ruleId: 'documents-mismatch', reason: 'Unexpected a copy', on: '护照复印件', severity: 'warning'})
    const out = htmlReport(runOf([file]), {registry: REGISTRY})
    expect(out).toContain('<h3 id="documents-jp.docomo-h">NTT docomo <span class="id">jp.docomo</span></h3>')
    expect(out).toContain('<li>original ID <a class="source" href="https://example.org/docomo-id" rel="noopener noreferrer">source</a>')
    expect(out).toContain('<li class="doc listed" title="“护照复印件”, the registry lists it">passport (copy)</li>')
    expect(out).toContain('<li class="doc unlisted" title="“在留卡原件”, not in the registry">Japanese residence card (在留カード) (original)</li>')
    expect(out).toContain('</ul></td><td>all required</td><td><span class="mark mark-finding">documents-mismatch</span></td></tr>')
  })

  it('groups spam by destination and shows URLs as text only', () => {
    const row = rowOf(page, 'spam-table', 't.me')
    expect(row).toContain('<code title="t.me">t.me</code><ul class="urls plain"><li><code title="https://t.me/s/esim1088">https://t.me/s/esim1088</code></li></ul>')
    expect(page).toMatch(/<code title="telegram @esim1088">telegram @esim1088<\/code><\/th>\n<td>spam-contact<\/td><td class="num">1<\/td>/)
  })

  it('renders hostile article text as inert text everywhere', () => {
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>\u202e`
    const source = `---\ntitle: x\n---\n[TG @a](javascript:alert(3)) ${evil} </style></script><!--\n`
    const file = article(`content/${'<b>'}.md`, source, {
      links: [link(source, '[TG @a](javascript:alert(3))', {url: 'javascript:alert(3)', host: '', label: 'TG @a'})]
    })
    file.data.factlint!.meta.title = `</title>${evil}`
    say(file, {ruleId: 'spam-link', reason: `Unexpected ${evil}`, on: '[TG @a](javascript:alert(3))', severity: 'error', actual: evil, expected: [evil], suggestion: evil})
    const out = htmlReport(runOf([file]))
    const body = out.slice(out.indexOf('<body>'))
    expect(body.match(/<script\b/g)).toHaveLength(1)
    expect(body).not.toMatch(/<img|<\/style>|<!--|href="javascript|\u202e/i)
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;\\u202e')
    expect(body).toContain('<code title="javascript:alert(3)">javascript:alert(3)</code>')
    expect(out).toContain('<title>factlint editorial report — 2026-11-22</title>')
  })
})
