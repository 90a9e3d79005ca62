/**
 * What every extractor receives: the article's source, its tree and text blocks, its country
 * and the rule data. Extractors are pure: they read this and return claims.
 */
import type {Root} from 'mdast'
import type {RuleData} from '../rule-data.js'
import type {CarrierClaim, CountryCode} from '../types.js'
import type {TextBlock} from './blocks.js'

/** Input of an extractor. */
export interface ExtractInput {
  /** The whole file as read (frontmatter included); spans are offsets into it. */
  source: string
  tree: Root
  blocks: TextBlock[]
  /** Country the article is about (frontmatter, else inferred), when known. */
  country?: CountryCode
  data: RuleData
  /** Carrier mentions, for extractors that attribute claims to carriers. */
  carriers: CarrierClaim[]
  /** Carrier ids the article's frontmatter names (`carriers:`), when it names any. */
  articleCarriers?: string[]
}
