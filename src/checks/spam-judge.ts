/**
 * What the spam judges share: the item they return, their input, and small helpers.
 */
import type {RuleData} from '../rule-data.js'
import type {ContactClaim, ContactPlatform, Fix, Span} from '../types.js'
import type {ArticleRecord} from './rule.js'
import type {Allowance} from './spam-allow.js'
import {paragraphContains} from './spam-text.js'

/** A spam item with the message it is reported with. */
export interface SpamItem<T> {
  claim: T
  message: string
  /**
   * False for heuristic findings: an image-host image in an otherwise clean block, a messenger
   * account that names a carrier (it may be the carrier's official one) with no call to action.
   */
  certain: boolean
  /** What the fix removes when more than the claim: the label before a reported link's handle. */
  removal?: Span
  /** The fix of a certain item. */
  fix?: Fix
}

/** What the judges of links, contacts and images read. */
export interface JudgeInput {
  article: ArticleRecord
  source: string
  data: RuleData
  allow: Allowance
}

/** Display names of the messenger platforms. */
export const PLATFORM_NAMES: Record<ContactPlatform, string> = {
  telegram: 'Telegram',
  wechat: 'WeChat',
  qq: 'QQ',
  whatsapp: 'WhatsApp',
  line: 'LINE'
}

/** Suggestion of findings on accounts that name a carrier. */
export const OFFICIAL_SUGGESTION = "Link the carrier's own support page, or remove the account if it is not the carrier's"

/** The end of messages on accounts that name a carrier. */
export const CHECK_OFFICIAL = 'naming a carrier; expected a link to the carrier itself, check that the account is official'

/** Whether `inner` lies inside `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

/** Whether the paragraph around `span` holds a call to action. */
export function callsToAction(source: string, span: Span, data: RuleData): boolean {
  return paragraphContains(source, span, data.spam.calls_to_action)
}

/** `@handle` when written with an at-sign, else the bare id. */
export function shownHandle(contact: ContactClaim): string {
  return /[@＠﹫]/.test(contact.text) ? `@${contact.handle}` : contact.handle
}

