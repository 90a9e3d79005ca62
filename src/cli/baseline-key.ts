/**
 * The key a baseline stores a finding under: its rule, its file and a hash of the claim (the
 * message's `actual`, else the source slice) with the sentence around it, normalised. No line or
 * column goes in, so a finding keeps its key when lines are inserted or removed elsewhere.
 */
import {createHash} from 'node:crypto'
import type {VFileMessage} from 'vfile-message'
import {spanOf} from '../report/messages.js'
import type {Span} from '../types.js'

/** A finding as a baseline sees it. */
export interface FindingKey {
  rule: string
  /** The claim, normalised (for people reading the baseline; the hash covers it). */
  claim: string
  /** 16 hex digits of SHA-256 over rule, claim and sentence. */
  hash: string
}

const SENTENCE_END = /[。！？；!?]|\.(?=\s|$)/g

/** Returns the key of `message` on an article whose source text is `text`. */
export function findingKey(message: VFileMessage, text: string): FindingKey {
  const rule = message.ruleId ?? ''
  const span = spanOf(message)
  const claim = normalise(message.actual ?? (span ? text.slice(span.start, span.end) : ''))
  const context = span ? normalise(sentenceAround(text, span)) : ''
  const hash = createHash('sha256').update(`${rule}\n${claim}\n${context}`).digest('hex').slice(0, 16)
  return {rule, claim, hash}
}

/** The sentence around a span: from the last sentence end before it to the first after it, within its lines. */
function sentenceAround(text: string, span: Span): string {
  const lineStart = span.start > 0 ? text.lastIndexOf('\n', span.start - 1) + 1 : 0
  const newline = text.indexOf('\n', span.end)
  const lineEnd = newline === -1 ? text.length : newline
  const before = text.slice(lineStart, span.start)
  const after = text.slice(span.end, lineEnd)
  let from = 0
  for (const match of before.matchAll(SENTENCE_END)) from = match.index + match[0].length
  const stop = after.search(SENTENCE_END)
  return before.slice(from) + text.slice(span.start, span.end) + (stop === -1 ? after : after.slice(0, stop + 1))
}

/** Compatibility-normalised (full-width digits become ASCII), white space collapsed. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}
