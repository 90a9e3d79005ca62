/**
 * `timeline-contradiction`: two durations for the same action and carrier (or the same country
 * when no carrier is named) whose ranges cannot both be true (`1-3个工作日` vs `7-10个工作日`),
 * in one article or across articles. Reported on both sides, each naming the other place, except
 * on a side the registry's `effect_timing` backs.
 */
import type {DurationClaim} from '../types.js'
import {ApartIndex} from './apart-index.js'
import {agreesWithRegistry, dayRange, type DayRange} from './duration-days.js'
import {joinPlaces, MAX_PLACES, placeName, related} from './places.js'
import {defineCorpusRule, type CorpusArticle} from './rule.js'
import {addToGroup} from '../group.js'

interface Timed {
  article: CorpusArticle
  duration: DurationClaim & {action: string}
  days: DayRange
}

/** The `timeline-contradiction` rule. */
export const timelineContradiction = defineCorpusRule(
  {
    id: 'timeline-contradiction',
    description: 'Durations stated for the same action and carrier (or country) must not contradict each other.',
    examples: {
      valid: [
        {
          name: 'ranges that overlap',
          markdown: '注销通常在1-3个工作日内生效。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: '注销申请提交后2-5个工作日内生效。\n', country: 'JP'}]
        },
        {
          name: 'different countries',
          markdown: '注销通常在1-3个工作日内生效。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: '注销申请提交后30天生效。\n', country: 'IT'}]
        },
        {name: 'vague durations are not compared', markdown: '注销会在几个工作日内生效。后来又说注销会在30天内生效。\n', country: 'JP'},
        {name: 'generic processing times are not compared', markdown: '办理一般需要24小时。\n\n完成全部手续需要10天。\n', country: 'JP'}
      ],
      invalid: [
        {
          name: 'across articles',
          markdown: '一般情况下，注销申请提交后7-10个工作日内生效。\n',
          country: 'JP',
          others: [{path: 'other.md', markdown: '通常情况下，注销会在1-3个工作日内生效。\n', country: 'JP'}],
          messages: [{line: 1, column: 14, endLine: 1, endColumn: 22}]
        },
        {
          name: 'inside one article',
          markdown: '审核会在1-3个工作日内完成。\n\n## 常见问题\n\n审核需要10-15个工作日。\n',
          country: 'JP',
          messages: [{line: 1, column: 5}, {line: 5, column: 5}]
        }
      ]
    }
  },
  ({articles, data, report, shows}) => {
    const groups = new Map<string, Timed[]>()
    const labels = new Map(data.actions.map((action) => [action.id, action.label]))
    const comparable = new Set(data.actions.filter((action) => action.compare !== false).map((action) => action.id))
    const carrierOnly = new Set(data.actions.filter((action) => action.country_wide === false).map((action) => action.id))
    for (const article of articles) {
      for (const duration of article.claims.durations) {
        const scope = scopeOf(article, duration, carrierOnly)
        if (!scope || duration.vague || !duration.action || !comparable.has(duration.action)) continue
        const key = `${duration.action}|${scope}`
        const timed = {article, duration: duration as Timed['duration'], days: dayRange(duration)}
        addToGroup(groups, key, timed)
      }
    }
    for (const group of groups.values()) {
      // The same answers as comparing every pair (apart, not in the same sentence), without doing it.
      const index = new ApartIndex(
        group.map((timed) => timed.days),
        group.map(sentenceKey)
      )
      for (const [i, timed] of group.entries()) {
        if (!shows(timed.article.path)) continue
        const total = index.count(i)
        // A duration the registry backs is right; only the other side is reported.
        if (!total || agreesWithRegistry(data, timed.duration)) continue
        const shown = index.first(i, MAX_PLACES).map((j) => group[j]!)
        const where = shown.map((o) => `${o.duration.text} at ${placeName(o.article, o.duration.span)}`)
        report(timed.article.path, {
          span: timed.duration.span,
          message: `Unexpected ${timed.duration.text} for ${labels.get(timed.duration.action) ?? timed.duration.action}, contradicts ${joinPlaces(where, total)}`,
          actual: timed.duration.text,
          expected: shown.map((o) => o.duration.text),
          related: shown.map((o) => related(o.article, o.duration)),
          confidence: 'likely'
        })
      }
    }
  }
)

/** Durations of one sentence are alternatives or steps (`当天或次日`, `same day or the next business day`), never a contradiction. */
function sentenceKey(timed: Timed): string {
  return `${timed.article.path}\0${timed.duration.context.block}\0${timed.duration.context.sentence}`
}

/**
 * What a duration is compared within: its carrier, else the article's country; for actions that
 * depend on the seller (`country_wide: false`), its carrier, else its own article.
 */
function scopeOf(article: CorpusArticle, duration: DurationClaim, carrierOnly: ReadonlySet<string>): string | undefined {
  if (duration.carrier) return `carrier:${duration.carrier}`
  if (duration.action && carrierOnly.has(duration.action)) return `article:${article.path}`
  return article.country ? `country:${article.country}` : undefined
}

