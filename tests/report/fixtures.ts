/** Hand-built runs for the reporter tests: articles as VFiles with claims and messages placed by offsets. */
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {fatalFor, type LintRun, type RelatedLocation, type RuleSummary} from '../../src/report/model.js'
import type {
  ArticleClaims,
  ContactClaim,
  DocumentClaim,
  DurationClaim,
  LinkClaim,
  PhoneClaim,
  Severity,
  Span,
  TextContext
} from '../../src/types.js'

/** The span of the `nth` occurrence of `text` in `source`; throws when it is not there. */
export function spanIn(source: string, text: string, nth = 0): Span {
  let start = -1
  for (let seen = 0; seen <= nth; seen++) {
    start = source.indexOf(text, start + 1)
    if (start === -1) throw new Error(`${JSON.stringify(text)} not found (${nth})`)
  }
  return {start, end: start + text.length}
}

const context: TextContext = {block: 0, blockType: 'paragraph', sentence: 0}

/** A new article at `path` (cwd `/repo`) with `claims`. */
export function article(path: string, source: string, claims: Partial<ArticleClaims> = {}): VFile {
  const file = new VFile({path, cwd: '/repo', value: source})
  file.data.factlint = {
    meta: {},
    claims: {links: [], contacts: [], carriers: [], phones: [], durations: [], documents: [], ...claims}
  }
  return file
}

/** What a test says about one message. */
export interface MessageSpec {
  ruleId: string
  reason: string
  /** The text the message sits on, found in the file's source. */
  on: string
  nth?: number
  severity: Severity
  actual?: string
  expected?: string[]
  related?: RelatedLocation[]
  fix?: {range: [number, number]; text: string}
  suggestion?: string
  articleFatal?: boolean
}

/** Adds a message to `file` the way the pipeline does, with the rule's doc URL. */
export function say(file: VFile, spec: MessageSpec): VFileMessage {
  const source = String(file.value)
  const span = spanIn(source, spec.on, spec.nth)
  const points = location(file)
  const start = {...points.toPoint(span.start)!, offset: span.start}
  const end = {...points.toPoint(span.end)!, offset: span.end}
  const message = file.message(spec.reason, {place: {start, end}, ruleId: spec.ruleId, source: 'factlint'})
  message.fatal = fatalFor(spec.severity)
  message.url = urlOf(spec.ruleId)
  message.actual = spec.actual
  message.expected = spec.expected
  message.related = spec.related
  message.fix = spec.fix
  message.suggestion = spec.suggestion
  message.articleFatal = spec.articleFatal
  return message
}

/** A related place: `text` as found in `source` of the file at `path`. */
export function relatedTo(path: string, source: string, text: string, nth = 0): RelatedLocation {
  const span = spanIn(source, text, nth)
  const points = location(source)
  const start = points.toPoint(span.start)!
  const end = points.toPoint(span.end)!
  return {file: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text}
}

/** The doc page of a rule. */
export function urlOf(ruleId: string): string {
  return `https://github.com/factlint/factlint/blob/main/docs/rules/${ruleId}.md`
}

/** A run of `files` with the core rules. */
export function runOf(files: VFile[]): LintRun {
  const ids = ['hotline-shared', 'phone-invalid', 'hotline-mismatch', 'timeline-contradiction', 'duration-vague']
  ids.push('spam-link', 'spam-contact', 'spam-image')
  const rules: RuleSummary[] = ids.map((id) => ({id, description: id, severity: 'error', url: urlOf(id)}))
  return {files, rules, date: '2026-11-22T08:30:00.000Z', version: '0.1.0'}
}

/** A phone claim on `text` in `source`. */
export function phone(source: string, text: string, fields: Partial<PhoneClaim> & {digits: string}, nth = 0): PhoneClaim {
  return {kind: 'phone', span: spanIn(source, text, nth), text, context, e164: null, shortCode: false, valid: true, attribution: 'list-item', ...fields}
}

/** A duration claim on `text` in `source`. */
export function duration(source: string, text: string, fields: Omit<Partial<DurationClaim>, 'kind'>): DurationClaim {
  return {
    kind: 'duration',
    span: spanIn(source, text),
    text,
    context,
    min: 0,
    max: 0,
    unit: 'business-day',
    vague: false,
    approximate: false,
    attribution: 'none',
    ...fields
  }
}

/** A link claim on `text` in `source`. */
export function link(source: string, text: string, fields: Pick<LinkClaim, 'url' | 'host' | 'label'> & Partial<LinkClaim>): LinkClaim {
  return {kind: 'link', span: spanIn(source, text), text, context, form: 'link', ...fields}
}

/** A contact claim on `text` in `source`. */
export function contact(source: string, text: string, fields: Pick<ContactClaim, 'platform' | 'handle'> & Partial<ContactClaim>): ContactClaim {
  return {kind: 'contact', span: spanIn(source, text), text, context, inLinkText: false, inCode: false, ...fields}
}

/** A documents claim on `text` in `source`, naming `documents` (each found inside `text`). */
export function documents(
  source: string,
  text: string,
  items: {id: string; form: 'copy' | 'original' | 'unspecified'; text: string}[],
  fields: Partial<DocumentClaim> = {}
): DocumentClaim {
  const span = spanIn(source, text)
  return {
    kind: 'documents',
    span,
    text,
    context,
    documents: items.map((item) => {
      const at = source.indexOf(item.text, span.start)
      return {...item, span: {start: at, end: at + item.text.length}}
    }),
    mode: 'all',
    attribution: 'none',
    ...fields
  }
}

/** Sources of the sample run. */
export const SOURCES = {
  a: '# 日本SIM卡注销指南\n\n- NTT DOCOMO：00530-111-111\n- SoftBank：00530-111-111\n- au：00530-111-111\n\n审核需要1-3个工作日。\n',
  b:
    '注销审核一般需要7-10个工作日，生效还要几个工作日。\n\n需要护照复印件和在留卡原件。\n\n' +
    '联系客服 [TG💪+ @esim1088](https://t.me/s/esim1088)\n',
  c: 'docomo客服：0120-800-000\n'
}

/**
 * The sample run: `content/a.md` states one number for three carriers (three `hotline-shared`
 * errors) and `1-3个工作日`, which contradicts `7-10个工作日` in `content/b.md` (warnings); b also
 * has a vague duration (info), required documents and a Telegram spam link; `content/c.md` is clean.
 */
export function sampleRun(): LintRun {
  const {a: sa, b: sb, c: sc} = SOURCES
  const number = '00530-111-111'
  const a = article('content/a.md', sa, {
    phones: [
      phone(sa, number, {digits: '00530111111', carrier: 'jp.docomo'}, 0),
      phone(sa, number, {digits: '00530111111', carrier: 'jp.softbank'}, 1),
      phone(sa, number, {digits: '00530111111', carrier: 'jp.au'}, 2)
    ],
    durations: [duration(sa, '1-3个工作日', {min: 1, max: 3, action: 'review', attribution: 'none'})]
  })
  const b = article('content/b.md', sb, {
    durations: [
      duration(sb, '7-10个工作日', {min: 7, max: 10, action: 'review'}),
      duration(sb, '几个工作日', {min: 2, max: 5, vague: true, action: 'takes-effect'})
    ],
    documents: [
      documents(sb, '护照复印件和在留卡原件', [
        {id: 'passport', form: 'copy', text: '护照复印件'},
        {id: 'residence-card', form: 'original', text: '在留卡原件'}
      ])
    ],
    links: [link(sb, '[TG💪+ @esim1088](https://t.me/s/esim1088)', {url: 'https://t.me/s/esim1088', host: 't.me', label: 'TG💪+ @esim1088'})],
    contacts: [contact(sb, '@esim1088', {platform: 'telegram', handle: 'esim1088', inLinkText: true})]
  })
  const c = article('content/c.md', sc, {
    phones: [phone(sc, '0120-800-000', {digits: '0120800000', e164: '+81120800000', carrier: 'jp.docomo', numberType: 'TOLL_FREE'})]
  })
  const carriers = ['NTT DOCOMO', 'SoftBank', 'au']
  for (const [index, carrier] of carriers.entries()) {
    say(a, {
      ruleId: 'hotline-shared',
      reason: `Unexpected hotline \`${number}\` for ${carrier}, also stated for two other carriers`,
      on: number,
      nth: index,
      severity: 'error',
      actual: `${carrier}：${number}`,
      related: [0, 1, 2].filter((other) => other !== index).map((other) => relatedTo('content/a.md', sa, number, other))
    })
  }
  say(a, {
    ruleId: 'timeline-contradiction',
    reason: 'Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日`',
    on: '1-3个工作日',
    severity: 'warning',
    actual: '1-3个工作日',
    related: [relatedTo('content/b.md', sb, '7-10个工作日')]
  })
  say(b, {
    ruleId: 'timeline-contradiction',
    reason: 'Unexpected review time `7-10个工作日`, content/a.md says `1-3个工作日`',
    on: '7-10个工作日',
    severity: 'warning',
    actual: '7-10个工作日',
    related: [relatedTo('content/a.md', sa, '1-3个工作日')]
  })
  say(b, {ruleId: 'duration-vague', reason: 'Vague duration `几个工作日`', on: '几个工作日', severity: 'info', actual: '几个工作日'})
  const spam = '[TG💪+ @esim1088](https://t.me/s/esim1088)'
  say(b, {
    ruleId: 'spam-link',
    reason: 'Unexpected link to `t.me`, a spam destination',
    on: spam,
    severity: 'error',
    actual: spam,
    fix: {range: [spanIn(sb, spam).start, spanIn(sb, spam).end], text: ''},
    suggestion: 'Remove the link'
  })
  say(b, {ruleId: 'spam-contact', reason: 'Unexpected Telegram handle `@esim1088`', on: '@esim1088', severity: 'error', actual: '@esim1088'})
  return runOf([a, b, c])
}
