/**
 * Types of the rule data in `rules/*.yaml`: one interface per file kind.
 *
 * Each YAML file names its kind in a top-level `kind:` key and is validated at load against
 * `rules/schema/<kind>.schema.json`. Field names follow the YAML (snake_case), so the files and
 * these types read the same.
 */
import type {ContactPlatform, CountryCode, SeveritySetting} from './types.js'

/** Where a fact comes from: every fact in the registry carries one. */
export interface FactSource {
  source: string
  source_type: 'official' | 'third_party'
  /** Date printed on the source page, when one was visible. */
  source_date?: string
  /** Date the entry was checked against the source. */
  verified?: string
  note?: string
}

/** A verified hotline of a carrier. */
export interface Hotline extends FactSource {
  /** The number as the carrier writes it (`0120-800-000`, `151`). */
  local: string
  /** E.164 form, or null for short codes and carrier-prefixed numbers. */
  e164: string | null
  kind: string
  purpose: string
  hours?: string
  callable_from?: string
  cost?: string
  languages?: string[]
  /** The carrier's general customer-service line: the number hotline findings suggest. */
  general?: boolean
}

/** A documented fact value with its source (documents, effect timing...). */
export interface SourcedValue extends FactSource {
  value: string
  /** Document ids (from the documents lexicon) this value names, for documents facts. */
  documents?: string[]
  /** Machine-readable range in days, for timing facts. */
  days?: {min: number; max: number}
  /** For documents facts: false when the fact says only originals are accepted, true when it says a copy is. */
  accepts_copies?: boolean
  /** For documents facts: document ids the fact says are not accepted. */
  not_accepted?: string[]
}

/** One carrier of the fact registry. */
export interface Carrier {
  id: string
  country: CountryCode
  name: string
  /** Carrier id of the parent brand (`jp.uqmobile` -> `jp.au`). */
  parent?: string
  /** Aliases by language tag; matched case-insensitively, on word boundaries for Latin script. */
  aliases: Record<string, string[]>
  /** Aliases matched only case-sensitively (short or ambiguous words like `au`, `TIM`). */
  strict_aliases?: string[]
  /** 00XY carrier identification codes the carrier uses for its own numbers. */
  carrier_codes?: (FactSource & {code: string; fact: string})[]
  hotlines?: Hotline[]
  cancellation?: {
    channels?: SourcedValue[]
    documents?: SourcedValue[]
    effect_timing?: SourcedValue[]
  }
}

/** `kind: carriers` - the carrier lexicon and fact registry. */
export interface CarriersFile {
  kind: 'carriers'
  meta?: {compiled?: string; from?: string; note?: string}
  carriers: Carrier[]
}

/** `kind: phone-numbers` - per-country number rules beyond libphonenumber-js. */
export interface PhoneNumbersFile extends Partial<PhoneTextCues> {
  kind: 'phone-numbers'
  countries: Record<
    CountryCode,
    {
      /** Emergency numbers: never phone-number findings. */
      emergency: string[]
      /** The digit every national number written in full starts with (`0` in Japan); longer digit runs without it are no phone numbers. */
      trunk_prefix?: string
      /** Public service short codes (time, weather, directory...). */
      service_codes?: string[]
      /** Number shapes that are valid although libphonenumber-js says otherwise. */
      allowed_patterns?: {pattern: string; note: string}[]
      /** Shapes of other countries' numbers readers are given (a mainland China `400` line): never checked here. */
      foreign_patterns?: {pattern: string; note: string}[]
    }
  >
}

/** Words around a digit run that make it no phone number (`kind: phone-numbers`, top level). */
export interface PhoneTextCues {
  /** Labels right before a number that make it something else: an account, an order, a price, a postcode. */
  not_phone_labels: string[]
  /** Words right before a digit that make it a key to press (`请按`, `press`, `premere`). */
  key_press_before: string[]
  /** Words right after a digit that make it a key to press (`を押`, `号键`). */
  key_press_after: string[]
  /** Words announcing an SMS destination (`短信`, `SMS`): short numbers after them are no hotlines. */
  sms_cues: string[]
}

/** `kind: spam` - promotional destinations, messenger labels and calls to action. */
export interface SpamFile {
  kind: 'spam'
  /** Hosts (matching their subdomains too) or `host/path` prefixes (matching that host and path only). */
  domains: {
    /** Messenger and group-invite hosts (t.me, wa.me...). */
    messaging: string[]
    /** URL shorteners and dynamic-link hosts. */
    shorteners: string[]
    /** Image hosts ad images are served from. */
    image_hosts: string[]
  }
  /** Names of hosts shown in messages (`t.me: Telegram`). */
  domain_names?: Record<string, string>
  /** Words that announce a handle, by platform (`TG`, `飞机`, `微信`, `VX`...). */
  contact_labels: Record<ContactPlatform, string[]>
  /** Phrases that push the reader to a contact or group. */
  calls_to_action: string[]
  /** Words that mark a passage warning about spam (`骗子`, `scam`). */
  discussion_markers?: string[]
  /** URL schemes that open a messenger app (`tg`, `whatsapp`, `weixin`). */
  messenger_schemes?: string[]
  /** Labels that also mean something else (`飞机`, `LINE`): only `@handle` or an announced id follows. */
  weak_labels?: string[]
  /** Words that may stand between a label and its handle (`客服`, `搜索`, `号`). */
  contact_fillers?: string[]
  /** Words of an image's alt text that mark an ad or a contact's QR code (`二维码`, `QR`). */
  ad_image_words?: string[]
  /** Per carrier: its own domains and handles, never spam. */
  official?: {carrier: string; domains: string[]; handles?: string[]}[]
  /** Domains and handles never reported: the site's own (rule files plus the config's `allow:`). */
  allow?: SpamAllowlist
}

/** Domains (`example.com`, `t.me/ourchannel`) and handles (`@ourshop`) that are never spam. */
export interface SpamAllowlist {
  domains?: string[]
  handles?: string[]
}

/** One action that durations time. */
export interface Action {
  id: string
  label: string
  /** Higher wins when several actions are named in one sentence. */
  priority: number
  /** False for generic actions whose durations `timeline-contradiction` never compares. */
  compare?: boolean
  /** False for actions that depend on the seller (delivery): compared within a carrier only, never country-wide. */
  country_wide?: boolean
  /** Keywords by language tag. */
  keywords: Record<string, string[]>
}

/** `kind: actions` - the action lexicon for durations. */
export interface ActionsFile {
  kind: 'actions'
  actions: Action[]
  /** Examples that must hold: the sentence yields a duration timing this action. */
  specs?: {text: string; action: string; range?: string}[]
}

/** One document of the documents lexicon. */
export interface DocumentKind {
  id: string
  label: string
  aliases: Record<string, string[]>
  /** Counts only where a requirement trigger governs it in its own sentence (`设备`, `SIM卡`). */
  needs_trigger?: boolean
  /** A proof of identity: what a registry's `accepts_copies` speaks of. */
  identity?: boolean
}

/** `kind: documents` - the required-documents lexicon. */
export interface DocumentsFile {
  kind: 'documents'
  documents: DocumentKind[]
  /** Phrases that contain an alias but name no document (`合同号`, `身份证明`, `SIM卡插入`). */
  not_documents?: string[]
  /** Words marking a copy (`复印件`, `コピー`, `copia`). */
  copy_markers: string[]
  /** Words marking the original (`原件`, `原本`, `originale`). */
  original_markers: string[]
  /** Words that make a block a requirement (`携带`, `必要書類`, `bring`, `portare`). */
  triggers?: string[]
  /** Words that state a need only for the documents they govern in their clause (`需要`, `need`). */
  weak_triggers?: string[]
  /** Phrases that contain a trigger but state no requirement (`需要注意`, `按照提示`, `if needed`). */
  not_triggers?: string[]
  /** Words that negate a trigger right after them, or say "not needed" alone (`无需`, `不要`, `not`). */
  negations?: string[]
  /** Verbs of obtaining something afterwards (`索取`, `受け取`, `obtain`): what they govern is not required. */
  obtain_verbs?: string[]
  /** Words joining alternatives (`或`, `または`, `or`, `oppure`). */
  alternatives?: string[]
  /** Words saying one of the listed documents is enough (`任一`, `いずれか`, `one of`). */
  any_markers?: string[]
  /** Words saying the documents of their clause are not accepted (`不接受`, `使えません`, `not accepted`). */
  not_accepted?: string[]
  /** Phrases saying copies are not accepted (`不接受复印件`, `原本のみ`, `originals only`). */
  copy_rejections?: string[]
  /** Phrases saying a copy will do (`复印件即可`, `コピーでも可`, `a copy is fine`). */
  copy_acceptances?: string[]
  /** Examples that must hold: the text yields exactly these document ids (`passport:copy` for a form). */
  specs?: {text: string; documents: string[]; mode?: 'all' | 'any' | 'unspecified'}[]
}

/** `kind: countries` - how to tell an article's country when its frontmatter does not. */
export interface CountriesFile {
  kind: 'countries'
  countries: {code: CountryCode; names: string[]}[]
}

/** `kind: rules` - default severity of every rule id. */
export interface RulesFile {
  kind: 'rules'
  rules: Record<string, {severity: SeveritySetting}>
}

/** All rule data of a run, merged from every file in the rules directory. */
export interface RuleData {
  carriers: Carrier[]
  phoneNumbers: PhoneNumbersFile['countries']
  /** Words around digit runs that make them no phone numbers, merged from every phone-numbers file. */
  phoneText: PhoneTextCues
  spam: Omit<SpamFile, 'kind'>
  actions: Action[]
  actionSpecs: NonNullable<ActionsFile['specs']>
  documents: Required<Omit<DocumentsFile, 'kind' | 'specs'>>
  documentSpecs: NonNullable<DocumentsFile['specs']>
  countries: CountriesFile['countries']
  severities: Record<string, SeveritySetting>
  /** JSON Schema of article frontmatter (`schema/frontmatter.schema.json` of the rules directory). */
  frontmatterSchema: object
}
