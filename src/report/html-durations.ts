/**
 * Durations by action: a chart of inline SVG, one row per article and action, a bar from the
 * lower to the upper bound of each stated range in business days (see html-business-days.ts),
 * red where a `timeline-contradiction` message sits on the claim; vague claims listed apart.
 */
import type {DurationClaim} from '../types.js'
import {compareText, type ArticleView} from './articles.js'
import {axisFor, businessDays, formatDays, type Axis} from './html-business-days.js'
import {facetAttributes, messageFacets, type HtmlContext} from './html-context.js'
import {html, type SafeHtml} from './html-escape.js'
import {shortWhere, sortableTable, whereCell} from './html-table.js'
import {durationRange} from './duration-text.js'

interface Stated {
  article: ArticleView
  claim: DurationClaim
  contradiction: boolean
}

interface ChartRow {
  article: ArticleView
  action: string | undefined
  bars: Stated[]
}

function stated(context: HtmlContext): Stated[] {
  return context.articles.flatMap((article) =>
    (article.claims?.durations ?? []).map((claim) => ({
      article,
      claim,
      contradiction: article.messagesOn(claim.span).some((message) => message.ruleId === 'timeline-contradiction')
    }))
  )
}

function chartRows(context: HtmlContext, items: readonly Stated[]): ChartRow[] {
  const rows = new Map<string, ChartRow>()
  for (const item of items) {
    const key = `${context.articleKey(item.article)}\u0000${item.claim.action ?? ''}`
    const row = rows.get(key)
    if (row) row.bars.push(item)
    else rows.set(key, {article: item.article, action: item.claim.action, bars: [item]})
  }
  const label = (row: ChartRow): string => (row.action === undefined ? '\uffff' : context.actionLabel(row.action))
  return [...rows.values()].sort((a, b) => compareText(label(a), label(b)) || compareText(a.article.path, b.article.path))
}

function percent(value: number, axis: Axis): string {
  return `${((100 * value) / axis.max).toFixed(3)}%`
}

function describe(item: Stated): string {
  const line = item.article.where(item.claim.span.start)
  return `${durationRange(item.claim)} (“${item.claim.text}”, ${line})${item.contradiction ? ', contradicted elsewhere' : ''}`
}

function bar(item: Stated, axis: Axis, y: number): SafeHtml {
  const {low, high} = businessDays(item.claim)
  const width = Math.max(high - low, axis.max / 80)
  const x = Math.min(low, axis.max - width)
  const classes = ['bar', item.contradiction ? 'bar-contradiction' : '', item.claim.approximate ? 'bar-approx' : ''].filter(Boolean).join(' ')
  return html`<rect class="${classes}" x="${percent(x, axis)}" y="${y}" width="${percent(width, axis)}" height="10" rx="2"><title>${describe(item)}</title></rect>`
}

function grid(axis: Axis, height: number): SafeHtml {
  const ticks: SafeHtml[] = []
  for (let value = 0; value <= axis.max; value += axis.step) {
    ticks.push(html`<line class="grid" x1="${percent(value, axis)}" x2="${percent(value, axis)}" y1="0" y2="${height}"></line>`)
  }
  return html`${ticks}`
}

function rowMarkup(context: HtmlContext, row: ChartRow, axis: Axis): SafeHtml {
  const height = 8 + row.bars.length * 14
  const contradiction = row.bars.some((item) => item.contradiction)
  const action = row.action === undefined ? 'no action named' : context.actionLabel(row.action)
  const carriers = [...new Set(row.bars.flatMap((item) => (item.claim.carrier === undefined ? [] : [item.claim.carrier])))]
  const messages = row.bars.flatMap((item) => item.article.messagesOn(item.claim.span))
  const facets = {articles: [context.articleKey(row.article)], carriers, ...messageFacets(messages)}
  const summary = `${action}, ${row.article.path}: ${row.bars.map(describe).join('; ')}`
  const bars = row.bars.map((item, index) => bar(item, axis, 4 + index * 14))
  const ranges = row.bars.map((item) => html`<span class="range"><code>${item.claim.text}</code> ${durationRange(item.claim)}</span>`)
  return html`<li class="${contradiction ? 'chart-row contradiction' : 'chart-row'}" ${facetAttributes(facets)}>
<p class="chart-label"><span class="action">${action}</span>${contradiction ? html` <span class="mark mark-contradiction">contradiction</span>` : ''}
<span class="path" title="${row.article.path}">${shortWhere(row.article)}</span>${carriers.length ? html` <span class="carrier">${carriers.map(context.carrierName).join(', ')}</span>` : ''}
${ranges}</p>
<svg class="bars" width="100%" height="${height}" role="img" aria-label="${summary}" focusable="false">${grid(axis, height)}${bars}</svg></li>`
}

function axisMarkup(axis: Axis): SafeHtml {
  const labels: SafeHtml[] = []
  for (let value = 0; value <= axis.max; value += axis.step) {
    const anchor = value === 0 ? 'start' : value === axis.max ? 'end' : 'middle'
    labels.push(html`<text x="${percent(value, axis)}" y="14" text-anchor="${anchor}">${formatDays(value)}</text>`)
  }
  return html`<div class="chart-axis" aria-hidden="true"><span class="axis-title">business days</span><svg class="axis" width="100%" height="18" focusable="false">${labels}</svg></div>`
}

function vagueTable(context: HtmlContext, items: readonly Stated[]): SafeHtml {
  if (items.length === 0) return html`<p>No vague durations.</p>`
  const rows = items.map((item) => {
    const facets = {articles: [context.articleKey(item.article)], carriers: item.claim.carrier === undefined ? [] : [item.claim.carrier], ...messageFacets(item.article.messagesOn(item.claim.span))}
    return html`<tr ${facetAttributes(facets)}><td>${item.claim.action === undefined ? '—' : context.actionLabel(item.claim.action)}</td><td><code>${item.claim.text}</code></td><td>${item.claim.carrier === undefined ? '—' : context.carrierName(item.claim.carrier)}</td>${whereCell(item.article, item.claim.span.start)}</tr>`
  })
  return sortableTable({id: 'vague-durations', caption: 'Durations stated without a number: no bar can be drawn for them', headers: [html`Action`, html`As written`, html`Carrier`, html`Where`], rows})
}

/** Returns the "Durations by action" section: the chart, its legend and the vague claims. */
export function durationsSection(context: HtmlContext): SafeHtml {
  const all = stated(context)
  const exact = all.filter((item) => !item.claim.vague)
  const vague = all.filter((item) => item.claim.vague)
  const axis = axisFor(Math.max(0, ...exact.map((item) => businessDays(item.claim).high)))
  const chart =
    exact.length === 0
      ? html`<p>No duration with numbers is stated.</p>`
      : html`<figure class="chart" aria-labelledby="chart-caption">
<figcaption id="chart-caption">Each stated range as a bar from its lower to its upper bound, in business days (calendar days × 5/7, a week 5, a month 21.7).
<span class="key key-normal">stated</span> <span class="key key-contradiction">contradicted by another claim</span> <span class="key key-approx">approximate</span></figcaption>
${axisMarkup(axis)}
<ol class="chart-rows plain">${chartRows(context, exact).map((row) => rowMarkup(context, row, axis))}</ol>
</figure>`
  return html`<section id="durations" aria-labelledby="durations-h">
<h2 id="durations-h">Durations by action</h2>
${chart}
<h3>Vague durations</h3>
${vagueTable(context, vague)}
</section>`
}
