/**
 * The shape of a check: `meta` (id, description, scope, examples) and `check`, which turns claims
 * and rule data into reports. {@link defineRule} stamps the id, so a rule body never writes it;
 * the engine adds severity (from rule files and config), docs URL and positions.
 */
import type {RuleData} from '../rule-data.js'
import type {ArticleClaims, ArticleMeta, CountryCode, Fix, Span} from '../types.js'

/** An article as checks see it: serialisable claims, no tree. */
export interface ArticleRecord {
  /** Path relative to the working directory, with `/` separators. */
  path: string
  /** The country the article is about, when known. */
  country?: CountryCode
  meta: ArticleMeta
  claims: ArticleClaims
  /** Offsets at which each line starts, to name lines in cross-document messages. */
  lineStarts: number[]
  /**
   * Problems the pipeline found while reading the article (frontmatter, inline directives),
   * by rule id; the rules of those ids pass them on (see {@link definePipelineRule}).
   */
  pipelineReports: Record<string, Report[]>
}

/** The claim kinds corpus rules compare across articles. */
export const CORPUS_CLAIM_KINDS = ['phones', 'durations', 'documents'] as const

/** One of {@link CORPUS_CLAIM_KINDS}. */
export type CorpusClaimKind = (typeof CORPUS_CLAIM_KINDS)[number]

/**
 * What a corpus rule sees of an article: its path, country and line starts, and the claims
 * compared across articles. A run keeps these for every article; the rest of an article's result
 * (other claims, reports, directives) may stay packed until a reporter needs it.
 */
export interface CorpusArticle {
  path: string
  country?: CountryCode
  lineStarts: number[]
  claims: Pick<ArticleClaims, CorpusClaimKind>
}

/** A place in another article (or elsewhere in the same one) that a finding refers to. */
export interface RelatedClaim {
  path: string
  span: Span
  text: string
}

/** What a check reports; the engine turns it into a message. */
export interface Report {
  span: Span
  /** "Unexpected X, expected Y" where it fits. */
  message: string
  /** The quoted claim. */
  actual?: string
  /** What the facts say. */
  expected?: string[]
  related?: RelatedClaim[]
  fix?: Fix
  suggestion?: string
  /**
   * `likely` findings are heuristics: an `error` severity is lowered to `warning` for them, so
   * `error` is kept for findings that are certain.
   */
  confidence?: 'certain' | 'likely'
}

/** Context of a check that sees one article. */
export interface ArticleCheckContext {
  article: ArticleRecord
  /** The article's source text (for fixes that need the surrounding sentence). */
  source: string
  data: RuleData
  report(report: Report): void
}

/** Context of a check that sees every article of the run. */
export interface CorpusCheckContext {
  articles: readonly CorpusArticle[]
  data: RuleData
  report(path: string, report: Report): void
  /**
   * Whether reports on the article at `path` are shown: a pull-request run shows a few articles
   * of thousands, and a rule may skip building the messages of the others (reporting them anyway
   * is harmless). True for every article unless the run says otherwise.
   */
  shows(path: string): boolean
}

/** A rule example: an article (and, for corpus rules, other articles) and where messages go. */
export interface RuleExample {
  /** What the example shows. */
  name: string
  /** Markdown of the article under test (path `example.md`). */
  markdown: string
  /** Country the example article is about when its text does not say. */
  country?: CountryCode
  /** Other articles of the run, for corpus rules. */
  others?: {path: string; markdown: string; country?: CountryCode}[]
  /** Expected messages on `example.md` (1-based line and column of the start). Empty for valid examples. */
  messages?: {line: number; column: number; endLine?: number; endColumn?: number; message?: string}[]
}

/** Static description of a rule. */
export interface RuleMeta {
  /** Stable kebab-case id: the public name in config, ignore comments, SARIF and docs. */
  id: string
  /** One line, shown by `factlint rules`. */
  description: string
  /** `article` rules see one article; `corpus` rules see all of them. */
  scope: 'article' | 'corpus'
  /** Good examples that must yield no message and bad ones that must yield exactly `messages`. */
  examples: {valid: RuleExample[]; invalid: RuleExample[]}
}

/** A rule that checks one article at a time. */
export interface ArticleRule {
  meta: RuleMeta & {scope: 'article'}
  check(context: ArticleCheckContext): void
}

/** A rule that checks the claims of every article together. */
export interface CorpusRule {
  meta: RuleMeta & {scope: 'corpus'}
  check(context: CorpusCheckContext): void
}

/** Any rule. */
export type Rule = ArticleRule | CorpusRule

/** Defines an article rule; the id in `meta` is the one every report is stamped with. */
export function defineArticleRule(meta: Omit<RuleMeta, 'scope'>, check: ArticleRule['check']): ArticleRule {
  return {meta: {...meta, scope: 'article'}, check}
}

/** Defines a corpus rule; the id in `meta` is the one every report is stamped with. */
export function defineCorpusRule(meta: Omit<RuleMeta, 'scope'>, check: CorpusRule['check']): CorpusRule {
  return {meta: {...meta, scope: 'corpus'}, check}
}

/** Defines a rule whose reports the pipeline finds while reading the article (frontmatter...). */
export function definePipelineRule(meta: Omit<RuleMeta, 'scope'>): ArticleRule {
  return defineArticleRule(meta, ({article, report}) => {
    for (const found of article.pipelineReports[meta.id] ?? []) report(found)
  })
}

/** Whether a rule sees one article at a time. */
export function isArticleRule(rule: Rule): rule is ArticleRule {
  return rule.meta.scope === 'article'
}

/** Whether a rule sees every article together. */
export function isCorpusRule(rule: Rule): rule is CorpusRule {
  return rule.meta.scope === 'corpus'
}
