/**
 * The action a duration times, from the action lexicon: the highest-priority keyword in the
 * duration's sentence (ties go to the keyword nearest the duration), else in the sentence before
 * it in the same block (`SoftBank会对你提交的信息进行审核。这个过程可能需要几天时间` -> review).
 * Negated keywords (`no notice period`, `没有提前通知期`) name no action.
 */
import type {Action} from '../rule-data.js'
import type {TextBlock, TextRange} from './blocks.js'
import {sentenceAt} from './blocks.js'
import {literalSearch} from './literal-search.js'

/** A keyword of the action lexicon found in text. */
export interface ActionMention extends TextRange {
  action: string
  priority: number
}

/** A compiled keyword matcher for an action lexicon. */
export interface ActionMatcher {
  /** Every non-overlapping keyword in `text`, longest keyword first at each position. */
  find(text: string): ActionMention[]
}

const matchers = new WeakMap<Action[], ActionMatcher>()
const LATIN_START = /^[A-Za-z]/
const LATIN_BEFORE = /[A-Za-z\u00C0-\u024F]$/

/** Returns the (cached) keyword matcher of an action lexicon. */
export function actionMatcher(actions: Action[]): ActionMatcher {
  const cached = matchers.get(actions)
  if (cached) return cached
  const byKeyword = new Map<string, Action>()
  for (const action of actions) {
    for (const keyword of Object.values(action.keywords).flat()) {
      const key = keyword.toLowerCase()
      const known = byKeyword.get(key)
      if (!known || known.priority < action.priority) byKeyword.set(key, action)
    }
  }
  const search = literalSearch(byKeyword.keys())
  const matcher: ActionMatcher = {
    find(text) {
      const found: ReturnType<ActionMatcher['find']> = []
      for (let match = search.next(text, 0); match; match = search.next(text, match.end)) {
        const written = text.slice(match.start, match.end)
        const action = byKeyword.get(written.toLowerCase())
        if (!action || (LATIN_START.test(written) && LATIN_BEFORE.test(text.slice(0, match.start)))) continue
        found.push({start: match.start, end: match.end, action: action.id, priority: action.priority})
      }
      return found
    }
  }
  matchers.set(actions, matcher)
  return matcher
}

/**
 * The action timed by the duration at `range` of `block`: the best keyword of its sentence, else
 * of the previous sentence of the block; undefined when neither names one.
 */
export function actionAt(matcher: ActionMatcher, block: TextBlock, range: TextRange): string | undefined {
  const sentence = sentenceAt(block, range.start)
  for (const index of [sentence, sentence - 1]) {
    const bounds = block.sentences[index]
    if (!bounds) continue
    const mentions = matcher
      .find(block.text.slice(bounds.start, bounds.end))
      .map((m) => ({...m, start: m.start + bounds.start, end: m.end + bounds.start}))
      .filter((m) => !negated(block.text, m))
    const best = pick(mentions, range)
    if (best) return best.action
  }
  return undefined
}

/** Negation right before a keyword (`no notice period`, `没有提前通知期`) or right after it (`予告期間はありません`). */
const NEGATED_BEFORE = /(?:\bno|\bwithout|\bnessun|\bsenza|没有|沒有|无需|無需|无|無)\s*$/i
const NEGATED_AFTER = /^\s*(?:はありません|はない|なし|不要|是不需要的)/

/** Whether a keyword is negated, and so names no action of the sentence. */
function negated(text: string, mention: TextRange): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, mention.start - 10), mention.start)) || NEGATED_AFTER.test(text.slice(mention.end, mention.end + 8))
}

function pick(mentions: readonly ActionMention[], range: TextRange): ActionMention | undefined {
  const distance = (m: ActionMention) => (m.end <= range.start ? range.start - m.end : Math.max(0, m.start - range.end))
  return [...mentions].sort((a, b) => b.priority - a.priority || distance(a) - distance(b))[0]
}
