/**
 * The head of the HTML report: the run (date, articles, version, rules version, findings by
 * severity), the section links, the filters (severity, rule, article, carrier, search) the page
 * script wires up, and the table of findings by rule.
 */
import type {VFileMessage} from 'vfile-message'
import {compareText} from './articles.js'
import {facetAttributes, type HtmlContext} from './html-context.js'
import {html, type SafeHtml} from './html-escape.js'
import {sortableTable} from './html-table.js'
import {severityOf} from './model.js'
import {countSeverities, groupByRule, plural} from './messages.js'

function runDate(date: string): SafeHtml {
  const parsed = new Date(date)
  if (Number.isNaN(parsed.getTime())) return html`${date}`
  const shown = `${parsed.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  return html`<time datetime="${parsed.toISOString()}">${shown}</time>`
}

function select(id: string, label: string, facet: string, options: readonly (readonly [string, string])[]): SafeHtml {
  return html`<label for="${id}">${label}<select id="${id}" data-facet="${facet}"><option value="">all</option>${options.map(
    ([value, text]) => html`<option value="${value}">${text}</option>`
  )}</select></label>`
}

function filters(context: HtmlContext, messages: readonly VFileMessage[]): SafeHtml {
  const counts = countSeverities(messages)
  const severities = (['error', 'warning', 'info'] as const).map((severity) => [severity, `${severity} (${counts[severity]})`] as const)
  const ruleIds = [...new Set(messages.flatMap((message) => (message.ruleId === undefined ? [] : [message.ruleId])))].sort(compareText)
  const rules = ruleIds.map((id) => [id, `${id} (${messages.filter((message) => message.ruleId === id).length})`] as const)
  const articles = context.articles.map((article) => [context.articleKey(article), article.path] as const)
  const carriers = context.carriers.map((id) => [id, `${context.carrierName(id)} (${id})`] as const)
  return html`<div class="filter-bar"><div class="filters" id="filters" role="search" aria-label="Filter the report" hidden>
${select('f-severity', 'Severity', 'severities', severities)}
${select('f-rule', 'Rule', 'rules', rules)}
${select('f-article', 'Article', 'articles', articles)}
${select('f-carrier', 'Carrier', 'carriers', carriers)}
<label for="f-search">Search<input type="search" id="f-search" autocomplete="off" spellcheck="false" placeholder="number, handle…"></label>
<button type="button" id="f-reset">Reset</button>
<p id="f-status" class="status" role="status" aria-live="polite"></p>
</div></div>`
}

function ruleTable(context: HtmlContext, messages: readonly VFileMessage[]): SafeHtml {
  const byRule = groupByRule(messages)
  const rows = [...byRule.entries()]
    .sort(([a, groupA], [b, groupB]) => groupB.length - groupA.length || compareText(a, b))
    .map(([id, group]) => {
      const counts = countSeverities(group)
      const href = context.ruleHref(id)
      const name = href === undefined ? html`${id || '—'}` : html`<a href="${href}">${id}</a>`
      const facets = {rules: [id], severities: group.map(severityOf), articles: [...new Set(group.map((message) => message.file))].flatMap((path) => {
        const article = context.articles.find((candidate) => candidate.file.path === path)
        return article ? [context.articleKey(article)] : []
      })}
      return html`<tr ${facetAttributes(facets)}><th scope="row" data-sort="${id}">${name}</th><td class="num">${group.length}</td><td class="num">${counts.error}</td><td class="num">${counts.warning}</td><td class="num">${counts.info}</td></tr>`
    })
  return sortableTable({id: 'rules-table', caption: 'Findings by rule', headers: [html`Rule`, html`Findings`, html`Errors`, html`Warnings`, html`Infos`], rows})
}

/** Returns the page header (run facts, section links) and the filter bar under it. */
export function headerSection(context: HtmlContext): SafeHtml {
  const messages = context.articles.flatMap((article) => article.messages)
  const counts = countSeverities(messages)
  const flagged = context.articles.filter((article) => article.messages.length > 0).length
  const severityBadges = (['error', 'warning', 'info'] as const).map(
    (severity) => html`<span class="${`badge sev-${severity}`}">${plural(counts[severity], severity)}</span> `
  )
  return html`<a class="skip" href="#main">Skip to the report</a>
<header class="page-header">
<h1>factlint editorial report</h1>
<dl class="run">
<div><dt>Run</dt><dd>${runDate(context.run.date)}</dd></div>
<div><dt>Articles</dt><dd>${context.articles.length} (${flagged} with findings, ${context.articles.length - flagged} clean)</dd></div>
<div><dt>factlint</dt><dd>${context.run.version}</dd></div>
<div><dt>Rules version</dt><dd><code>${context.rulesVersion ?? 'unknown'}</code></dd></div>
<div><dt>Findings</dt><dd>${messages.length}: ${severityBadges}</dd></div>
</dl>
<nav class="sections" aria-label="Sections"><ul class="plain">
<li><a href="#summary">Summary</a></li><li><a href="#findings">Findings</a></li><li><a href="#hotlines">Hotlines</a></li><li><a href="#durations">Durations</a></li><li><a href="#documents">Documents</a></li><li><a href="#spam">Spam</a></li>
</ul></nav>
</header>
${filters(context, messages)}`
}

/** Returns the summary section: the findings by rule. */
export function summarySection(context: HtmlContext): SafeHtml {
  const messages = context.articles.flatMap((article) => article.messages)
  return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${messages.length === 0 ? html`<p>No findings.</p>` : ruleTable(context, messages)}
</section>`
}
