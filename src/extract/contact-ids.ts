/**
 * What may follow a messenger label as its handle: `@handle`, a phone number (WhatsApp, WeChat),
 * or a bare id whose shape fits the platform. Redacted (`@kai****`) and placeholder
 * (`@username`, `@xxxx`) handles are none.
 */
import type {ContactPlatform} from '../types.js'

/** A handle at the start of a string: its length there and the id in ASCII, without `@`. */
export interface HandleAt {
  length: number
  handle: string
}

/** How the handle was announced: after a colon or closing bracket, after an id word (`号`, `ID`). */
export interface Announcement {
  announced: boolean
  named: boolean
  /** The label also means something else (`飞机`, `LINE`): a bare id needs an announcement. */
  weak: boolean
}

const AT_HANDLE = /^@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,30}[A-Za-z0-9_])?)(?![A-Za-z0-9_@]|[.-][A-Za-z0-9])/
const BARE_ID = /^([A-Za-z0-9_-]{5,32})(?![A-Za-z0-9_@]|[.-][A-Za-z0-9])/
const PHONE = /^(\+?\d[\d -]{6,18}\d)(?![\d-])/
/** Characters that hide the rest of a handle: `@kai****`, `@kai…`, `@kai××`. */
const REDACTION = /^[*•…×·]|^\.{3}/
const PLACEHOLDER = /^(?:x{3,}|[*]+|your[_.-]?\w*|user(?:[_.-]?name)?|example\w*|handle|name|id|test|abc)$/i
/** Flight numbers (`飞机 CA925`, `✈ NH0123`) are no handles. */
const FLIGHT = /^[A-Z0-9]{2}\d{1,4}[A-Z]?$/
const PHONE_PLATFORMS: ReadonlySet<ContactPlatform> = new Set(['whatsapp', 'wechat'])

/** The handle at the start of `rest` for `platform`, if one is there. */
export function handleAt(rest: string, platform: ContactPlatform, how: Announcement): HandleAt | undefined {
  const at = AT_HANDLE.exec(rest)
  if (at) return usable(rest, at[0].length, at[1]!)
  const phone = PHONE.exec(rest)
  if (phone && PHONE_PLATFORMS.has(platform) && (how.announced || !how.weak) && phone[1]!.replace(/\D/g, '').length >= 8) {
    return usable(rest, phone[0].length, phone[1]!.replace(/[ -]/g, ''))
  }
  const bare = BARE_ID.exec(rest)
  if (bare && validBareId(bare[1]!, platform, how)) return usable(rest, bare[0].length, bare[1]!)
  return undefined
}

function usable(rest: string, length: number, handle: string): HandleAt | undefined {
  if (REDACTION.test(rest.slice(length)) || PLACEHOLDER.test(handle)) return undefined
  return {length, handle}
}

/**
 * Whether a bare id fits: QQ numbers are 5-12 digits; WeChat ids start with a letter (or are a
 * number after a colon); Telegram, LINE and WhatsApp ids start with a letter. After a colon or
 * bracket an id needs a digit, `_` or `-`, or an id word before it (`微信号：esimshop`); with no
 * announcement at all it needs letters and digits, no flight-number shape (`CA925`), and a label
 * that means nothing else.
 */
export function validBareId(id: string, platform: ContactPlatform, how: Announcement): boolean {
  if (/^\d+$/.test(id)) {
    if (platform === 'qq') return /^[1-9]\d{4,11}$/.test(id) && (how.announced || id.length >= 6)
    return platform === 'wechat' && how.announced && /^[1-9]\d{5,14}$/.test(id)
  }
  if (platform === 'qq' || !/^[A-Za-z]/.test(id)) return false
  if (!how.announced) return !how.weak && /\d/.test(id) && /[A-Za-z]/.test(id) && !FLIGHT.test(id)
  return /[\d_-]/.test(id) || (how.named && id.length >= 6)
}
