/**
 * What every section of the HTML report reads: the articles, the registry, names and labels, and
 * the filter attributes an item carries (which articles, carriers, rules and severities it is about).
 */
import type {VFileMessage} from 'vfile-message'
import type {Span} from '../types.js'
import {articleViews, compareText, type ArticleView} from './articles.js'
import {html, safeHref, token, type SafeHtml} from './html-escape.js'
import type {HtmlRegistry, HtmlReportOptions} from './html-registry.js'
import {severityOf, type LintRun} from './model.js'

/** The run as the HTML sections read it. */
export interface HtmlContext {
  run: LintRun
  articles: ArticleView[]
  registry: HtmlRegistry
  rulesVersion: string | undefined
  /** Returns the filter key of an article (`a0`, `a1`… in path order). */
  articleKey(article: ArticleView): string
  /** Returns a carrier's display name (its id when the registry does not know it). */
  carrierName(id: string): string
  /** Returns an action's label (its id when unknown). */
  actionLabel(id: string): string
  /** Returns a document's label (its id when unknown). */
  documentLabel(id: string): string
  /** Returns the doc page of a rule when it is a link the report may show. */
  ruleHref(ruleId: string): string | undefined
  /** Every carrier id the claims name, sorted by display name. */
  carriers: string[]
}

const EMPTY: HtmlRegistry = {carriers: {}, actions: {}, documents: {}}

function lookup(table: Readonly<Record<string, string>>, id: string): string {
  return Object.hasOwn(table, id) ? table[id]! : id
}

function claimCarriers(article: ArticleView): string[] {
  const claims = article.claims
  if (!claims) return []
  return [
    ...claims.carriers.map((claim) => claim.carrier),
    ...claims.phones.flatMap((claim) => claim.carriers ?? []),
    ...[...claims.phones, ...claims.durations, ...claims.documents].flatMap((claim) => (claim.carrier === undefined ? [] : [claim.carrier]))
  ]
}

/** Returns the context of the HTML report for `run`. */
export function htmlContext(run: LintRun, options: HtmlReportOptions): HtmlContext {
  const articles = articleViews(run)
  const keys = new Map(articles.map((article, index) => [article, `a${index}`]))
  const registry = options.registry ?? EMPTY
  const carrierName = (id: string): string => (Object.hasOwn(registry.carriers, id) ? registry.carriers[id]!.name : id)
  const carriers = [...new Set(articles.flatMap(claimCarriers))].sort(
    (a, b) => compareText(carrierName(a).toLowerCase(), carrierName(b).toLowerCase()) || compareText(a, b)
  )
  return {
    run,
    articles,
    registry,
    rulesVersion: options.rulesVersion,
    articleKey: (article) => keys.get(article) ?? 'a-unknown',
    carrierName,
    actionLabel: (id) => lookup(registry.actions, id),
    documentLabel: (id) => lookup(registry.documents, id),
    ruleHref: (ruleId) => safeHref(run.rules.find((rule) => rule.id === ruleId)?.url),
    carriers
  }
}

/** Returns the carriers of the claims (phones, durations, documents) whose span overlaps `span`. */
export function carriersOn(article: ArticleView, span: Span): string[] {
  const claims = article.claims
  if (!claims) return []
  const found = [...claims.phones, ...claims.durations, ...claims.documents].filter(
    (claim) => claim.carrier !== undefined && claim.span.start < Math.max(span.end, span.start + 1) && span.start < claim.span.end
  )
  return [...new Set(found.flatMap((claim) => ('carriers' in claim && claim.carriers?.length ? claim.carriers : [claim.carrier!])))]
}

/** What an item of the page is about, for the filters. */
export interface FilterFacets {
  articles?: readonly string[]
  carriers?: readonly string[]
  rules?: readonly string[]
  severities?: readonly string[]
}

function list(values: readonly string[] | undefined): string {
  return [...new Set((values ?? []).map(token))].join(' ')
}

/** Returns the attributes that make an element a filterable item (`class` is not included). */
export function facetAttributes(facets: FilterFacets): SafeHtml {
  return html`data-item="" data-articles="${list(facets.articles)}" data-carriers="${list(facets.carriers)}" data-rules="${list(facets.rules)}" data-severities="${list(facets.severities)}"`
}

/** Returns the facets of a set of messages: their rules and severities. */
export function messageFacets(messages: readonly VFileMessage[]): Pick<FilterFacets, 'rules' | 'severities'> {
  return {
    rules: messages.flatMap((message) => (message.ruleId === undefined ? [] : [message.ruleId])),
    severities: messages.map(severityOf)
  }
}
