/**
 * The findings of each article: messages on the same span share one card with a code frame of the
 * source (the claim highlighted), each with its rule (linked to its doc page), what was stated and
 * what the facts say. Articles without findings are listed on one line.
 */
import type {VFileMessage} from 'vfile-message'
import type {ArticleView} from './articles.js'
import {clipMiddle, codeFrame} from './html-code-frame.js'
import {carriersOn, facetAttributes, type HtmlContext} from './html-context.js'
import {html, safeHref, type SafeHtml} from './html-escape.js'
import {severityOf} from './model.js'
import {countSeverities, plural, spanOf} from './messages.js'
import {addToGroup} from '../group.js'

const RANK = {error: 0, warning: 1, info: 2} as const

function ruleLink(context: HtmlContext, message: VFileMessage): SafeHtml {
  const id = message.ruleId ?? 'unknown rule'
  const href = message.ruleId === undefined ? undefined : (context.ruleHref(message.ruleId) ?? safeHref(message.url))
  return href === undefined ? html`<span class="rule">${id}</span>` : html`<a class="rule" href="${href}" title="${`Rule documentation: ${id}`}">${id}</a>`
}

function expectedList(expected: readonly string[]): SafeHtml {
  if (expected.some((line) => line.includes('\n'))) return html`${expected.map((line) => html`<pre class="expected">${line}</pre>`)}`
  return html`<ul class="plain">${expected.map((line) => html`<li><code>${line}</code></li>`)}</ul>`
}

function facts(message: VFileMessage): SafeHtml {
  const rows: SafeHtml[] = []
  if (message.actual !== undefined) rows.push(html`<dt>Stated</dt><dd><code>${clipMiddle(message.actual, 200)}</code></dd>`)
  if (message.expected?.length) rows.push(html`<dt>Facts say</dt><dd>${expectedList(message.expected)}</dd>`)
  if (message.suggestion !== undefined) rows.push(html`<dt>Suggestion</dt><dd>${message.suggestion}</dd>`)
  const related = message.related ?? []
  if (related.length > 0) {
    const places = related.map((place) => html`<li><span class="path">${place.file}:${place.line}</span> <code>${place.text}</code></li>`)
    rows.push(html`<dt>Also at</dt><dd><ul class="plain">${places}</ul></dd>`)
  }
  return rows.length === 0 ? html`` : html`<dl class="facts">${rows}</dl>`
}

function findingItem(context: HtmlContext, article: ArticleView, message: VFileMessage): SafeHtml {
  const severity = severityOf(message)
  const span = spanOf(message)
  const carriers = span === undefined ? [] : carriersOn(article, span)
  const where = message.line === undefined ? 'whole article' : `line ${message.line}${message.column === undefined ? '' : `, column ${message.column}`}`
  const notChecked = message.articleFatal === true ? html` <span class="badge">article not checked</span>` : ''
  const facets = {articles: [context.articleKey(article)], carriers, rules: message.ruleId === undefined ? [] : [message.ruleId], severities: [severity]}
  return html`<li class="finding" ${facetAttributes(facets)}>
<p class="finding-head"><span class="${`badge sev-${severity}`}">${severity}</span>${notChecked} ${ruleLink(context, message)} <span class="where">${where}</span></p>
<p class="reason">${message.reason}</p>
${facts(message)}</li>`
}

/** Messages grouped by the span they sit on, in position order (messages without offsets alone). */
function bySpan(messages: readonly VFileMessage[]): VFileMessage[][] {
  const groups = new Map<string, VFileMessage[]>()
  messages.forEach((message, index) => {
    const span = spanOf(message)
    const key = span === undefined ? `#${index}` : `${span.start}:${span.end}`
    addToGroup(groups, key, message)
  })
  return [...groups.values()]
}

function card(context: HtmlContext, article: ArticleView, group: readonly VFileMessage[]): SafeHtml {
  const worst = group.map(severityOf).sort((a, b) => RANK[a] - RANK[b])[0]!
  const span = spanOf(group[0]!)
  const source = String(article.file.value ?? '')
  const frame = span === undefined || source === '' ? '' : codeFrame(source, span)
  return html`<li class="${`card sev-${worst}`}" data-group="">${frame}<ul class="plain">${group.map((message) => findingItem(context, article, message))}</ul></li>`
}

function articleHead(context: HtmlContext, article: ArticleView): SafeHtml {
  const key = context.articleKey(article)
  const meta = article.file.data.factlint?.meta
  const counts = countSeverities(article.messages)
  const named = [...new Set(article.claims?.carriers.map((claim) => claim.carrier) ?? [])].map(context.carrierName)
  const details = [
    meta?.title === undefined ? undefined : html`<span class="title">${meta.title}</span>`,
    article.file.data.factlint?.country === undefined ? undefined : html`country ${article.file.data.factlint.country}`,
    named.length > 0 ? html`carriers: ${named.join(', ')}` : undefined,
    html`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`
  ].filter((part) => part !== undefined)
  return html`<h3 id="${`h-${key}`}"><span class="path">${article.path}</span></h3>
<p class="article-meta">${details.map((part, index) => html`${index === 0 ? '' : ' · '}${part}`)}</p>`
}

/** Returns the findings section: one block per article with findings, then the clean articles. */
export function findingsSection(context: HtmlContext): SafeHtml {
  const flagged = context.articles.filter((article) => article.messages.length > 0)
  const clean = context.articles.filter((article) => article.messages.length === 0)
  const blocks = flagged.map((article) => {
    const key = context.articleKey(article)
    const cards = bySpan(article.messages).map((group) => card(context, article, group))
    return html`<section class="article" id="${`article-${key}`}" aria-labelledby="${`h-${key}`}" data-group="">
${articleHead(context, article)}
<ol class="cards plain">${cards}</ol>
</section>`
  })
  const cleanLine =
    clean.length === 0
      ? html`<p>Clean articles: none.</p>`
      : html`<p>Clean articles (${clean.length}): ${clean.map((article, index) => html`${index === 0 ? '' : ', '}<span class="path">${article.path}</span>`)}</p>`
  return html`<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Findings by article</h2>
${flagged.length === 0 ? html`<p>No findings.</p>` : blocks}
${cleanLine}
</section>`
}
