/**
 * Every rule factlint has, in the order `factlint rules` lists them.
 */
import {articleInvalid} from './article-invalid.js'
import {documentsContradiction} from './documents-contradiction.js'
import {documentsMismatch} from './documents-mismatch.js'
import {frontmatterInvalid} from './frontmatter-invalid.js'
import {hotlineMismatch} from './hotline-mismatch.js'
import {hotlineShared} from './hotline-shared.js'
import {hotlineUnverified} from './hotline-unverified.js'
import {linkMismatch} from './link-mismatch.js'
import {phoneInvalid} from './phone-invalid.js'
import type {Rule} from './rule.js'
import {spamContact} from './spam-contact.js'
import {spamImage} from './spam-image.js'
import {spamLink} from './spam-link.js'
import {timelineContradiction} from './timeline-contradiction.js'
import {unknownDisableDirective} from './unknown-disable-directive.js'

/** All rules. */
export const rules: readonly Rule[] = [
  spamLink,
  spamContact,
  spamImage,
  linkMismatch,
  phoneInvalid,
  hotlineShared,
  hotlineMismatch,
  hotlineUnverified,
  timelineContradiction,
  documentsMismatch,
  documentsContradiction,
  frontmatterInvalid,
  unknownDisableDirective,
  articleInvalid
]

export {CORPUS_CLAIM_KINDS, isArticleRule, isCorpusRule, type ArticleRecord, type ArticleRule, type CorpusArticle, type CorpusRule, type Report, type Rule, type RuleExample, type RuleMeta} from './rule.js'
