/**
 * Spam grouped by where it sends readers: the host of a spam link or image, or the platform and
 * handle of a spam contact (read from the claim under the message). URLs are shown as text only.
 */
import type {VFileMessage} from 'vfile-message'
import {compareText, type ArticleView} from './articles.js'
import {facetAttributes, messageFacets, type HtmlContext} from './html-context.js'
import {clipMiddle} from './html-code-frame.js'
import {html, type SafeHtml} from './html-escape.js'
import {sortableTable} from './html-table.js'
import {SPAM_RULES} from './editorial-spam.js'
import {overlaps, spanOf} from './messages.js'
import {addToGroup} from '../group.js'

interface Hit {
  article: ArticleView
  message: VFileMessage
  /** The full URL or handle, shown under the destination. */
  detail: string | undefined
}

function destinationOf(article: ArticleView, message: VFileMessage): {destination: string; detail: string | undefined} {
  const span = spanOf(message)
  const claims = article.claims
  if (span && claims) {
    if (message.ruleId === 'spam-contact') {
      const contact = claims.contacts.find((claim) => overlaps(claim.span, span))
      if (contact) return {destination: `${contact.platform} @${contact.handle}`, detail: undefined}
    } else {
      const link = claims.links.find((claim) => overlaps(claim.span, span))
      if (link) return {destination: link.host || link.url, detail: link.url}
    }
  }
  return {destination: message.actual ?? '(unknown)', detail: undefined}
}

function row(context: HtmlContext, destination: string, hits: readonly Hit[]): SafeHtml {
  const messages = hits.map((hit) => hit.message)
  const facets = {articles: hits.map((hit) => context.articleKey(hit.article)), ...messageFacets(messages)}
  const rules = [...new Set(messages.map((message) => message.ruleId ?? ''))].sort()
  const urls = [...new Set(hits.flatMap((hit) => (hit.detail === undefined ? [] : [hit.detail])))]
  const places = [...new Set(hits.map((hit) => (hit.message.line === undefined ? hit.article.path : `${hit.article.path}:${hit.message.line}`)))]
  const shownPlace = (place: string): SafeHtml => html`<li class="path" title="${place}">${place.replace(/^.*\//, '')}</li>`
  return html`<tr ${facetAttributes(facets)}><th scope="row" data-sort="${destination}"><code title="${destination}">${clipMiddle(destination, 60)}</code>${urls.length ? html`<ul class="urls plain">${urls.map((url) => html`<li><code title="${url}">${clipMiddle(url, 60)}</code></li>`)}</ul>` : ''}</th>
<td>${rules.join(', ')}</td><td class="num">${hits.length}</td><td><ul class="plain places">${places.map(shownPlace)}</ul></td></tr>`
}

/** Returns the "Spam" section: one row per destination, most hits first. */
export function spamSection(context: HtmlContext): SafeHtml {
  const groups = new Map<string, Hit[]>()
  for (const article of context.articles) {
    for (const message of article.messages) {
      if (message.ruleId === undefined || !SPAM_RULES.has(message.ruleId) || message.articleFatal === true) continue
      const {destination, detail} = destinationOf(article, message)
      addToGroup(groups, destination, {article, message, detail})
    }
  }
  const rows = [...groups.entries()]
    .sort(([a, hitsA], [b, hitsB]) => hitsB.length - hitsA.length || compareText(a, b))
    .map(([destination, hits]) => row(context, destination, hits))
  return html`<section id="spam" aria-labelledby="spam-h">
<h2 id="spam-h">Spam by destination</h2>
${rows.length === 0
    ? html`<p>No spam found.</p>`
    : sortableTable({id: 'spam-table', caption: 'Promotional links, handles and images, grouped by where they lead (shown as text, never as links)', headers: [html`Destination`, html`Rules`, html`Count`, html`Where`], rows})}
</section>`
}
