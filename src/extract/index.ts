/**
 * All claims of an article: one extractor per claim kind, each pure.
 */
import type {ArticleClaims} from '../types.js'
import {extractContacts} from './contacts.js'
import {extractDocuments} from './documents.js'
import {extractDurations} from './durations.js'
import type {ExtractInput} from './input.js'
import {extractLinks} from './links.js'
import {extractPhones} from './phones.js'

/** Runs every extractor on an article whose carrier mentions are already in `input.carriers`. */
export function extractClaims(input: ExtractInput): ArticleClaims {
  return {
    links: extractLinks(input),
    contacts: extractContacts(input),
    carriers: input.carriers,
    phones: extractPhones(input),
    durations: extractDurations(input),
    documents: extractDocuments(input)
  }
}

export {textBlocks, type TextBlock} from './blocks.js'
export {extractCarriers} from './carriers.js'
export type {ExtractInput} from './input.js'
