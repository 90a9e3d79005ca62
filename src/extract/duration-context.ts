/**
 * The context of a duration form: the words around it that make it no processing time at all
 * (a date, a clock time, an ordinal, a contract or plan length, opening hours, a rate), and the
 * markers that change its range (`内`/`以内`/`within`/`entro`) or make it approximate
 * (`约`/`左右`/`about`/`circa`).
 */
import type {DurationForm} from './duration-forms.js'
import {ARTICLE_WORDS} from './duration-numbers.js'

/** How a form's range is qualified by the words around it. */
export interface DurationMarkers {
  /** "within N": the lower bound is 0 unless a range was written. */
  within: boolean
  approximate: boolean
}

const SENTENCE_END = /[。！？；!?\n]/
const REACH = 40

/** The text around a form: a few characters each side, and the part before it in its sentence. */
interface Around {
  head: string
  tail: string
  /** `head` cut at the start of the form's sentence. */
  clause: string
  written: string
}

function around(text: string, form: DurationForm): Around {
  const head = text.slice(Math.max(0, form.start - REACH), form.start)
  const parts = head.split(SENTENCE_END)
  return {
    head,
    tail: text.slice(form.end, form.end + REACH),
    clause: parts[parts.length - 1]!,
    written: text.slice(form.start, form.end)
  }
}

const WITHIN_BEFORE = /(?:within|in less than|in under|up to|no more than|at most|entro|al massimo|fino a|non oltre|最多|最长|最長|不超过|不超過|最迟|最遲|最晚)\s*(?:约|約|about|circa)?\s*$/i
const WITHIN_AFTER = /^\s*(?:以内|以內|之内|之內|内(?![容部地存置])|內(?![容部地存置]))/
const APPROX_BEFORE =
  /(?:大约|大約|大概|大致|差不多|将近|將近|接近|(?<![预預合签簽节節相公条條制契])约|(?<![予預契解合規条節集要公婚誓制])約|およそ|おおよそ|だいたい|大体|about|around|approximately|approx\.?|roughly|circa|some|indicativamente|all'incirca|più o meno)\s*(?:需要|需|要|花费?|用时?|等待?|在|会|會|takes?|richiede)?\s*$/i
const APPROX_AFTER = /^\s*(?:左右|上下(?!班)|前后|前後|程度|ほど|くらい|ぐらい|頃|or so|circa)/i

/** The within and approximate markers around a form. */
export function markersOf(text: string, form: DurationForm): DurationMarkers {
  const {clause, tail} = around(text, form)
  const sentence = tail.split(SENTENCE_END)[0]!
  const rest = sentence.replace(WITHIN_AFTER, '')
  return {
    within: WITHIN_BEFORE.test(clause) || rest !== sentence,
    approximate: APPROX_BEFORE.test(clause) || APPROX_AFTER.test(rest)
  }
}

/**
 * An ordinal, a frequency, a demonstrative or a calendar reference: `第3天`, `每3天`, `这几天`,
 * `近3天`, `最后一个月`, `the last month`.
 */
const NOT_A_SPAN_BEFORE = /(?:第|每|毎|这|這|那|哪|(?<![将將接])近|过去|過去|最后|最後|最终|every|each|ogni|the (?:last|first|final|next|previous)|l'ultimo|il primo)\s*$/i
/** `前几天` (the other day), but not `提前几天` (a few days ahead). */
const PAST_BEFORE = /(?<!提)前$/
/** `有一天`, `某一天`, `同一天`: "one day", "some day", "the same day". */
const ONE_DAY_BEFORE = /[有某同]$/
/** A number that continues a longer token (a phone number, a version, a URL, a decimal, a time). */
const MID_TOKEN_BEFORE = /(?:[0-9０-９A-Za-z._@#/／]|[0-9０-９][:：,\-－])$/
/** Contract, minimum and trial terms: `合约期24个月`, `契約期間は12ヶ月`, `免费试用7天`, `contract of 24 months`. */
const CONTRACT_BEFORE =
  /(?:(?:合约期|合約期|合同期|契约期|契約期間|最低利用期間|最低契約期間|试用期?|試用期?|お試し|無料期間|contract (?:term|period|length)|minimum term|free trial|trial period|durata (?:del )?contratto|vincolo(?: contrattuale)?|periodo di prova)[^。！？；\n]{0,6}|(?:contract|contratto)\s*(?:of|for|di|da|:))\s*$/i
/** Opening and service hours: `营业时间：24小时`, `受付時間 24時間`, `hours: 24h`. */
const SERVICE_BEFORE =
  /(?:营业时间|營業時間|営業時間|受付時間|服务时间|服務時間|客服时间|opening hours|business hours|hours|orari(?:o)?(?: di apertura)?)\s*[:：は为為]?\s*[（(]?\s*$/i
/** Open-ended bounds cannot be normalised to a range: `超过3天`, `at least 30 days`, `3天以上`. */
const OPEN_BEFORE = /(?:超过|超過|至少|最少|more than|at least|almeno|oltre|più di)\s*$/i
const OPEN_AFTER = /^\s*(?:以上|多)/
/** A plan or contract length, opening hours, or a rate: `30天套餐`, `24小时客服`, `24 ore su 24`. */
const TERM_AFTER =
  /^[ \t]*(?:的|の)?[ \t]*(?:套餐|プラン|plan|pass\b|piano|offerta|合约|合約|契约|契約|合同|contract|contratt|流量|データ|data\b|无限|無制限|unlimited|免费|免費|free\b|trial|营业|營業|営業|受付|対応|客服|服务|服務|热线|熱線|hotline|在线|在線|support|service|assistenza|分期|分割|installments?|rate\b|(?:di\s+)?vincolo|(?:a|per|al|alla|each)\s+(?:day|week|giorno|settimana)\b|su\s+[0-9]+|\/\s*[0-9]+)/i
/** A rate per unit: `1日2回`, `一天1GB`, `1日あたり`. */
const RATE_AFTER = /^[ \t]*(?:[0-9０-９一二两兩三四五六七八九十]+[ \t]*(?:回|次|件|GB|ＧＢ|MB|G\b)|あたり|当たり|につき)/i
/** Words that make `a`/`one`/`un` a duration (`within a week`, `takes one day`, `entro un giorno`). */
const ARTICLE_LEAD =
  /(?:within|in|about|around|after|takes?|took|wait|allow|up to|less than|for|entro|circa|dopo|tra|fra|per|richiede|servono|ci vuole|occorre|meno di)\s+$/i

/** Per unit as written: the characters that must not follow it (`日本`, `天气`, `周一`, `時間帯`). */
const BAD_UNIT_FOLLOWER: readonly [RegExp, RegExp][] = [
  [/^日$/, /^(?:[本元圆圓円币幣语語文期历曆系式常]|まで|[（(][月火水木金土日])/],
  [/^天$/, /^[气氣然空津堂使]/],
  [/^[个個]?[周週]$/, /^[一二三四五六日天末年岁歲]/],
  [/^[个個]?星期$/, /^[一二三四五六日天]/],
  [/^時間$/, /^帯/]
]
/** A bare `分` is minutes only before these (`30分ほど`); else a score or part of `十分` (enough). */
const MINUTE_FOLLOWER = /^(?:ほど|程度|以内|くらい|ぐらい|前後|で|かか|待)/
/** A Chinese numeral with a bare `日` is a duration only before these (`三日以内`, not `一日游`). */
const CJK_DAY_FOLLOWER = /^(?:間|间|以内|以內|之内|内|內|后|後|ほど|程度|くらい|ぐらい|左右|前後|で|かか)/

type Trap = (at: Around, form: DurationForm) => boolean

/** Each way a form turns out to be no processing time. */
const TRAPS: readonly Trap[] = [
  ({head}) => MID_TOKEN_BEFORE.test(head) || NOT_A_SPAN_BEFORE.test(head) || OPEN_BEFORE.test(head),
  ({head}, form) => form.vague && PAST_BEFORE.test(head),
  ({head, written}) => written.startsWith('一') && ONE_DAY_BEFORE.test(head),
  ({clause}) => CONTRACT_BEFORE.test(clause) || SERVICE_BEFORE.test(clause),
  ({tail}) => OPEN_AFTER.test(tail) || TERM_AFTER.test(tail) || RATE_AFTER.test(tail),
  (at, form) => isBadUnit(at, form),
  (at, form) => isBadFixed(at, form),
  (at, form) => needsLead(at, form)
]

/** Whether the form is no processing time (a trap), judging by the words around it. */
export function isTrap(text: string, form: DurationForm): boolean {
  const at = around(text, form)
  return TRAPS.some((trap) => trap(at, form))
}

function isBadUnit({head, tail, written}: Around, form: DurationForm): boolean {
  const unit = form.unitText
  if (BAD_UNIT_FOLLOWER.some(([pattern, follower]) => pattern.test(unit) && follower.test(tail))) return true
  if (unit === '日' && /月$/.test(head)) return true
  if (unit === '分') return !MINUTE_FOLLOWER.test(tail) || /[時时点點]$/.test(head)
  if (unit === '日' && form.numeral === 'cjk' && !form.ranged) return !CJK_DAY_FOLLOWER.test(tail)
  if (written === '四周') return true // "all around" far more often than four weeks
  return /^h$/i.test(form.firstUnitText ?? '')
}

/** `次日` in `多次日本旅行`, `即日起` / `当日から` (from that day on); `翌日から` stays. */
function isBadFixed({head, tail}: Around, form: DurationForm): boolean {
  if (form.numeral !== 'fixed') return false
  if (form.unitText === '次日') return /[一二两兩三四五六七八九十几幾多数數首再上下此本该該]$/.test(head) || /^[本元语語文]/.test(tail)
  return /^(?:即日|当日|當日|当天|當天)$/.test(form.unitText) && /^(?:起|から|开始|開始|以降)/.test(tail)
}

/** `a`/`one`/`un` (`a day`, `One day, ...`) are durations only after a lead word. */
function needsLead({head, written}: Around, form: DurationForm): boolean {
  if (form.numeral !== 'word' || form.ranged) return false
  const first = written.split(/[\s\-']/)[0]!.toLowerCase()
  return ARTICLE_WORDS.has(first) && !ARTICLE_LEAD.test(head)
}

/**
 * Hours written right next to another duration (`一天24小时`, `24時間365日`, `24h/7天`) describe
 * opening hours, not a processing time. Returns the indices of such forms.
 */
export function serviceHourPairs(text: string, forms: readonly DurationForm[]): Set<number> {
  const paired = new Set<number>()
  for (let i = 1; i < forms.length; i++) {
    const [a, b] = [forms[i - 1]!, forms[i]!]
    const gap = text.slice(a.end, b.start)
    if (/^[\s/／・·]*$/.test(gap) && (a.unit === 'hour' || b.unit === 'hour')) {
      paired.add(i - 1)
      paired.add(i)
    }
  }
  return paired
}
