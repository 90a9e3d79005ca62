/**
 * Hotlines by carrier: a matrix of every number stated for a carrier across the corpus (rows) by
 * carrier (columns), each cell saying how often and where, and marked from the messages on the
 * claims (`phone-invalid` invalid, `hotline-shared` shared, `hotline-mismatch` mismatch) or else
 * from the registry input (verified, with its source; unverified).
 */
import {numberKeys} from '../extract/registry-numbers.js'
import {kept} from '../memo.js'
import type {PhoneClaim} from '../types.js'
import {compareText, type ArticleView} from './articles.js'
import {facetAttributes, messageFacets, type HtmlContext} from './html-context.js'
import {html, safeHref, type SafeHtml} from './html-escape.js'
import type {RegistryHotline} from './html-registry.js'
import {shortWhere, sortableTable} from './html-table.js'

/** The column of phone claims that name no carrier. */
const NO_CARRIER = ''

interface Stated {
  article: ArticleView
  claim: PhoneClaim
}

interface Row {
  key: string
  written: Set<string>
  cells: Map<string, Stated[]>
}

const MARKS = [
  ['phone-invalid', 'invalid'],
  ['hotline-shared', 'shared'],
  ['hotline-mismatch', 'mismatch']
] as const

/** The carriers a number is stated for: all of a group named together, else its one carrier, else none. */
function statedFor(claim: PhoneClaim): string[] {
  return claim.carriers?.length ? claim.carriers : [claim.carrier ?? NO_CARRIER]
}

function rowsOf(context: HtmlContext): Row[] {
  const rows = new Map<string, Row>()
  for (const article of context.articles) {
    for (const claim of article.claims?.phones ?? []) {
      const key = numberKeys(claim.digits, claim.e164)[0]!
      const row = kept(rows, key, () => ({key, written: new Set<string>(), cells: new Map()}))
      row.written.add(claim.text)
      for (const column of statedFor(claim)) {
        const cell = row.cells.get(column)
        if (cell) cell.push({article, claim})
        else row.cells.set(column, [{article, claim}])
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.cells.size - a.cells.size || compareText(a.key, b.key))
}

function registryMatch(context: HtmlContext, carrier: string, claim: PhoneClaim): RegistryHotline | undefined {
  if (!Object.hasOwn(context.registry.carriers, carrier)) return undefined
  const keys = numberKeys(claim.digits, claim.e164)
  return context.registry.carriers[carrier]!.hotlines.find((hotline) => hotline.keys.some((key) => keys.includes(key)))
}

function marksOf(context: HtmlContext, carrier: string, stated: readonly Stated[]): SafeHtml {
  const rules = new Set(stated.flatMap((item) => item.article.messagesOn(item.claim.span).map((message) => message.ruleId)))
  const marks = MARKS.filter(([rule]) => rules.has(rule)).map(([, mark]) => html`<span class="${`mark mark-${mark}`}">${mark}</span>`)
  if (marks.length > 0) return html`${marks}`
  const hotline = carrier === NO_CARRIER ? undefined : stated.map((item) => registryMatch(context, carrier, item.claim)).find(Boolean)
  if (!hotline) return html`<span class="mark mark-unverified">unverified</span>`
  const href = safeHref(hotline.source)
  const source = href === undefined ? html`<span class="source">${hotline.source}</span>` : html`<a class="source" href="${href}" rel="noopener noreferrer">source</a>`
  return html`<span class="mark mark-verified" title="${`${hotline.number}: ${hotline.purpose}`}">verified</span> ${source}`
}

function cell(context: HtmlContext, carrier: string, stated: readonly Stated[] | undefined): SafeHtml {
  if (!stated) return html`<td class="empty" data-sort="0"><span class="visually-hidden">not stated</span></td>`
  const places = stated.map((item) => html`<li title="${item.article.where(item.claim.span.start)}">${shortWhere(item.article, item.claim.span.start)}</li>`)
  return html`<td data-carrier="${carrier}" data-sort="${stated.length}"><span class="count">${stated.length}×</span> ${marksOf(context, carrier, stated)}<ul class="places plain">${places}</ul></td>`
}

/** Returns the "Hotlines by carrier" section: the number × carrier matrix and a legend. */
export function hotlinesSection(context: HtmlContext): SafeHtml {
  const rows = rowsOf(context)
  const heading = html`<h2 id="hotlines-h">Hotlines by carrier</h2>`
  if (rows.length === 0) return html`<section id="hotlines" aria-labelledby="hotlines-h">${heading}<p>No phone number is stated.</p></section>`
  const columns = context.carriers.filter((carrier) => rows.some((row) => row.cells.has(carrier)))
  if (rows.some((row) => row.cells.has(NO_CARRIER))) columns.push(NO_CARRIER)
  const headers = [
    html`Number`,
    ...columns.map((carrier) => (carrier === NO_CARRIER ? html`no carrier named` : html`${context.carrierName(carrier)} <span class="id">${carrier}</span>`))
  ]
  const body = rows.map((row) => {
    const stated = [...row.cells.values()].flat()
    const messages = stated.flatMap((item) => item.article.messagesOn(item.claim.span))
    const facets = {
      articles: stated.map((item) => context.articleKey(item.article)),
      carriers: [...row.cells.keys()].filter((carrier) => carrier !== NO_CARRIER),
      ...messageFacets(messages)
    }
    return html`<tr ${facetAttributes(facets)}><th scope="row" data-sort="${row.key}"><code>${[...row.written].join(' / ')}</code></th>${columns.map((carrier) => cell(context, carrier, row.cells.get(carrier)))}</tr>`
  })
  return html`<section id="hotlines" aria-labelledby="hotlines-h">${heading}
<p class="legend">Every number stated for a carrier, by carrier: how often and where. <span class="mark mark-verified">verified</span> the registry lists it (with its source);
<span class="mark mark-unverified">unverified</span> the registry does not know it; <span class="mark mark-invalid">invalid</span> it cannot exist (phone-invalid);
<span class="mark mark-shared">shared</span> given for more than one carrier (hotline-shared); <span class="mark mark-mismatch">mismatch</span> the registry lists other numbers (hotline-mismatch).</p>
${sortableTable({id: 'hotline-matrix', caption: 'Phone numbers stated per carrier', headers, rows: body, className: 'matrix'})}
</section>`
}
