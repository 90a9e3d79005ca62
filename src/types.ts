/**
 * Shared types: claims, articles, rule data and findings.
 *
 * Everything here is plain, serialisable data so that the per-article stage can run in a worker,
 * be cached by content hash, or run on another CI job and be merged later.
 */

/** A range of the original file, as offsets in UTF-16 code units (JavaScript string indices). */
export interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character. */
  end: number
}

/** ISO 3166-1 alpha-2 country code, or `INTL` for sellers without a home market. */
export type CountryCode = string

/** Where in the document structure a piece of text sits; used to attribute claims. */
export interface TextContext {
  /** Index of the block (paragraph, heading, table cell, ...) in document order. */
  block: number
  /** Kind of block the text came from. */
  blockType: 'paragraph' | 'heading' | 'tableCell' | 'html'
  /** Index of the innermost list item containing the text, if any. */
  listItem?: number
  /** Index of the table row containing the text, if any. */
  tableRow?: number
  /** Column of the table cell containing the text, if any. */
  tableColumn?: number
  /** Index of the table containing the text, if any. */
  table?: number
  /** Index of the closest preceding heading (the section the text is in), if any. */
  section?: number
  /** Whether the text sits inside a block quote. */
  inBlockquote?: boolean
  /** Index of the sentence inside its block (sentences split on 。！？；!? and line breaks). */
  sentence: number
}

interface ClaimBase {
  /** Where the claim is stated in the original file. */
  span: Span
  /** The claim exactly as written in the source (the slice of `span`). */
  text: string
  /** Where the claim sits in the document structure. */
  context: TextContext
}

/** A link, image, link definition or bare URL. */
export interface LinkClaim extends ClaimBase {
  kind: 'link'
  /** How the URL was written. */
  form: 'link' | 'image' | 'definition' | 'reference' | 'bare'
  /** The destination URL as written (after resolving references, when possible). */
  url: string
  /** Lower-cased host name without `www.`, or '' when the URL has none. */
  host: string
  /** Visible text of a link (or alt text of an image); '' for bare URLs. */
  label: string
  /** True when the URL is shown as an image (`![..](..)`, `![..][ref]`, `<img src>`). */
  image?: boolean
}

/** A messenger platform a contact handle is pushed on. */
export type ContactPlatform = 'telegram' | 'wechat' | 'qq' | 'whatsapp' | 'line'

/** A contact handle pushed in the text, such as `TG: @esim1088` or `微信：abc123`. */
export interface ContactClaim extends ClaimBase {
  kind: 'contact'
  platform: ContactPlatform
  /** The handle or id without `@`, as written (normalised to ASCII). */
  handle: string
  /** Whether the handle is part of a link's visible text. */
  inLinkText: boolean
  /** Whether the handle sits inside inline code. */
  inCode: boolean
}

/** A mention of a carrier by one of its aliases. */
export interface CarrierClaim extends ClaimBase {
  kind: 'carrier'
  /** Carrier id from the lexicon, e.g. `jp.docomo`. */
  carrier: string
  /** The alias that matched, as it appears in the lexicon. */
  alias: string
}

/** How a claim was attributed to a carrier, strongest first. */
export type Attribution = 'sentence' | 'list-item' | 'table-row' | 'table-column' | 'lead-in' | 'section' | 'article' | 'none'

/** A phone number stated in the text. */
export interface PhoneClaim extends ClaimBase {
  kind: 'phone'
  /** Digits only, with a leading `+` when written in international form. */
  digits: string
  /** E.164 form when libphonenumber-js can parse the number, else null. */
  e164: string | null
  /** True when the number is a short code known from the rule data (`151`, `190`). */
  shortCode: boolean
  /** Whether the number can exist in the article's country (library or rule data says so). */
  valid: boolean
  /** The number type libphonenumber-js reports (`TOLL_FREE`, `MOBILE`...), when known. */
  numberType?: string
  /** Carrier the number is stated for, when one can be attributed. */
  carrier?: string
  /**
   * Every carrier the number is stated for when several are named together before it
   * (`docomo、au、SoftBank的客服热线：0570-…`); `carrier` is the first of them.
   */
  carriers?: string[]
  /** How the carrier was attributed. */
  attribution: Attribution
}

/** Unit of a stated duration. */
export type DurationUnit = 'minute' | 'hour' | 'business-day' | 'day' | 'week' | 'month'

/** A processing time, normalised to a range with a unit. */
export interface DurationClaim extends ClaimBase {
  kind: 'duration'
  /** Lower bound in `unit`; 0 for "within N" phrasings. */
  min: number
  /** Upper bound in `unit`. */
  max: number
  unit: DurationUnit
  /** True for "several days", "a few business days": no number to compare. */
  vague: boolean
  /** True for approximate statements ("about one week", "左右"). */
  approximate: boolean
  /** Action the duration times (`review`, `takes-effect`...), from the action lexicon. */
  action?: string
  /** Carrier the duration is stated for: named in its sentence, list item or table row, or the frontmatter's one carrier. */
  carrier?: string
  /** How the carrier was attributed. */
  attribution: Attribution
}

/** One document named in a required-documents list. */
export interface DocumentItem {
  /** Document id from the lexicon, e.g. `passport`, `residence-card`. */
  id: string
  /** Whether a copy, the original, or either is asked for. */
  form: 'copy' | 'original' | 'unspecified'
  /** Where the document is named. */
  span: Span
  /** The words that named it. */
  text: string
}

/** A list of documents the article says are required. */
export interface DocumentClaim extends ClaimBase {
  kind: 'documents'
  documents: DocumentItem[]
  /** Whether the documents are alternatives ("passport or residence card") or all required. */
  mode: 'all' | 'any' | 'unspecified'
  /**
   * Documents the text says are not accepted (`健康保険証は使えません`); a `copy` form says a copy of
   * it is not. `documents` may be empty when the text only rejects.
   */
  rejected?: DocumentItem[]
  /** What the text says of copies of proof of identity (`原本のみ`, `复印件即可`), with where it says so. */
  copies?: {policy: 'accepted' | 'rejected'; span: Span; text: string}
  /** Carrier the list is stated for, when one can be attributed. */
  carrier?: string
  attribution: Attribution
}

/** Any claim an extractor can produce. */
export type Claim = LinkClaim | ContactClaim | CarrierClaim | PhoneClaim | DurationClaim | DocumentClaim

/** The claims of one article, grouped by kind. */
export interface ArticleClaims {
  links: LinkClaim[]
  contacts: ContactClaim[]
  carriers: CarrierClaim[]
  phones: PhoneClaim[]
  durations: DurationClaim[]
  documents: DocumentClaim[]
}

/** Severity of a finding. `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info'

/** Severity setting as written in rule files and config. */
export type SeveritySetting = Severity | 'off'

/** A place in another file that a cross-document finding refers to. */
export interface RelatedPlace {
  /** Path of the other file, relative to the working directory. */
  file: string
  span: Span
  line: number
  column: number
  /** The claim as written there. */
  text: string
}

/** A text edit on the original file: replace `span` with `text`. */
export interface Fix {
  span: Span
  text: string
}

/** One finding, before it is placed in a vfile message (all positions as offsets). */
export interface Finding {
  ruleId: string
  severity: Severity
  /** Human message, in the voice "Unexpected X, expected Y" where it fits. */
  message: string
  span: Span
  /** The quoted claim. */
  actual?: string
  /** What the facts say. */
  expected?: string[]
  /** For cross-document findings: the other places. */
  related?: RelatedPlace[]
  /** Text edit that removes or corrects the finding, applied only with `--fix`. */
  fix?: Fix
  /** Suggestion shown but never applied (e.g. the registry's number with its source). */
  suggestion?: string
  /** Set on messages that stop the article from being checked (unreadable file, crash). */
  fatal?: boolean
}

/** Parsed and validated frontmatter fields factlint uses. */
export interface ArticleMeta {
  title?: string
  lang?: string
  country?: CountryCode
  carriers?: string[]
  updated?: string
}
