/**
 * Required documents by carrier: per carrier the document lists the articles state (where, which
 * documents, copy or original, all or any) beside what the registry says that carrier asks for,
 * with sources. Claims that name no carrier come last.
 */
import type {DocumentClaim, DocumentItem} from '../types.js'
import type {ArticleView} from './articles.js'
import {facetAttributes, messageFacets, type HtmlContext} from './html-context.js'
import {html, safeHref, token, type SafeHtml} from './html-escape.js'
import type {RegistryDocuments} from './html-registry.js'
import {sortableTable, whereCell} from './html-table.js'

const NO_CARRIER = ''

interface Stated {
  article: ArticleView
  claim: DocumentClaim
}

const MODES: Readonly<Record<DocumentClaim['mode'], string>> = {all: 'all required', any: 'any one of them', unspecified: 'not said'}

function chip(context: HtmlContext, item: DocumentItem, listed: ReadonlySet<string>): SafeHtml {
  const form = item.form === 'unspecified' ? '' : ` (${item.form})`
  const state = listed.size === 0 ? '' : listed.has(item.id) ? ' listed' : ' unlisted'
  const note = state === ' listed' ? ', the registry lists it' : state === ' unlisted' ? ', not in the registry' : ''
  return html`<li class="${`doc${state}`}" title="${`“${item.text}”${note}`}">${context.documentLabel(item.id)}${form}</li>`
}

function registryFacts(facts: readonly RegistryDocuments[]): SafeHtml {
  if (facts.length === 0) return html`<p class="registry">The registry has no documents fact for this carrier.</p>`
  const items = facts.map((fact) => {
    const href = safeHref(fact.source)
    const source = href === undefined ? html`<span class="source">${fact.source}</span>` : html`<a class="source" href="${href}" rel="noopener noreferrer">source</a>`
    return html`<li>${fact.value} ${source} <span class="source-type">${fact.sourceType === 'official' ? 'official' : 'third party'}</span></li>`
  })
  return html`<div class="registry"><p>The registry says:</p><ul>${items}</ul></div>`
}

function group(context: HtmlContext, carrier: string, items: readonly Stated[]): SafeHtml {
  const known = carrier !== NO_CARRIER && Object.hasOwn(context.registry.carriers, carrier)
  const facts = known ? context.registry.carriers[carrier]!.documents : []
  const listed = new Set(facts.flatMap((fact) => fact.documents))
  const rows = items.map((item) => {
    const messages = item.article.messagesOn(item.claim.span)
    const facets = {articles: [context.articleKey(item.article)], carriers: carrier === NO_CARRIER ? [] : [carrier], ...messageFacets(messages)}
    const findings = [...new Set(messages.map((message) => message.ruleId ?? ''))].sort().map((rule) => html`<span class="mark mark-finding">${rule}</span>`)
    return html`<tr ${facetAttributes(facets)}>${whereCell(item.article, item.claim.span.start)}<td><ul class="docs plain">${item.claim.documents.map((document) => chip(context, document, listed))}</ul></td><td>${MODES[item.claim.mode]}</td><td>${findings.length ? findings : '—'}</td></tr>`
  })
  const name = carrier === NO_CARRIER ? 'No carrier named' : context.carrierName(carrier)
  const id = `documents-${carrier === NO_CARRIER ? 'none' : token(carrier)}`
  return html`<section class="carrier-documents" aria-labelledby="${`${id}-h`}" data-group="">
<h3 id="${`${id}-h`}">${name}${carrier === NO_CARRIER ? '' : html` <span class="id">${carrier}</span>`}</h3>
${carrier === NO_CARRIER ? '' : registryFacts(facts)}
${sortableTable({id, caption: carrier === NO_CARRIER ? 'Documents required where no carrier is named' : `Documents the articles require for ${name}`, headers: [html`Where`, html`Documents`, html`Mode`, html`Findings`], rows})}
</section>`
}

/** Returns the "Required documents by carrier" section. */
export function documentsSection(context: HtmlContext): SafeHtml {
  const byCarrier = new Map<string, Stated[]>()
  for (const article of context.articles) {
    for (const claim of article.claims?.documents ?? []) {
      const carrier = claim.carrier ?? NO_CARRIER
      const list = byCarrier.get(carrier)
      if (list) list.push({article, claim})
      else byCarrier.set(carrier, [{article, claim}])
    }
  }
  const order = [...context.carriers.filter((carrier) => byCarrier.has(carrier)), ...(byCarrier.has(NO_CARRIER) ? [NO_CARRIER] : [])]
  return html`<section id="documents" aria-labelledby="documents-h">
<h2 id="documents-h">Required documents by carrier</h2>
${order.length === 0 ? html`<p>No required documents are listed.</p>` : html`<p class="legend docs-legend">Each document an article names, with copy or original when it says.
Where the registry lists the documents a carrier asks for: <span class="doc listed">listed</span> among them, <span class="doc unlisted">not listed</span>.</p>`}
${order.map((carrier) => group(context, carrier, byCarrier.get(carrier)!))}
</section>`
}
