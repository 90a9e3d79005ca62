/**
 * Stable fingerprints of findings, for SARIF `partialFingerprints` and GitLab Code Quality: a
 * hash of the rule id, the file, the quoted claim and the sentence around it, never
 * the line or column, so a finding keeps its fingerprint when lines are inserted above it. Equal
 * findings in one file are told apart by their occurrence (`:1`, `:2`...) in position order.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {spanOf} from './messages.js'
import {relativePath} from './paths.js'

/** What a fingerprint is made of. */
export interface FingerprintFields {
  ruleId: string
  /** Path relative to the working directory, `/`-separated. */
  file: string
  /** The quoted claim (the message's `actual`, else the text it sits on, else its reason), normalised. */
  claim: string
  /** The sentence around the claim, within its line, normalised. */
  context: string
}

const SENTENCE_END = /[。！？；!?]|\.(?=\s|$)/g

/** Compatibility-normalised (full-width digits and letters become ASCII), white space collapsed. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

/** The sentence around [start, end): from the last sentence end before it to the first after it, within its line. */
function sentenceAround(source: string, start: number, end: number): string {
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1
  const breakAfter = /[\r\n]/.exec(source.slice(end))
  const before = source.slice(lineStart, start)
  const after = source.slice(end, breakAfter ? end + breakAfter.index : source.length)
  let from = 0
  for (const match of before.matchAll(SENTENCE_END)) from = match.index + match[0].length
  const stop = after.search(SENTENCE_END)
  return before.slice(from) + source.slice(start, end) + (stop === -1 ? after : after.slice(0, stop + 1))
}

/** Returns the fields the fingerprint of `message` (a message of `file`) is made of. */
export function fingerprintFields(file: VFile, message: VFileMessage): FingerprintFields {
  const source = String(file.value ?? '')
  const span = spanOf(message)
  const quoted = span && span.end <= source.length ? source.slice(span.start, span.end) : ''
  const claim = message.actual ?? (quoted || message.reason)
  return {
    ruleId: message.ruleId ?? '',
    file: relativePath(file),
    claim: normalise(claim),
    context: span && span.end <= source.length ? normalise(sentenceAround(source, span.start, span.end)) : ''
  }
}

/** Returns the hash of `fields`: 32 hex digits of SHA-256. */
export function fingerprintHash(fields: FingerprintFields): string {
  const key = JSON.stringify([fields.ruleId, fields.file, fields.claim, fields.context])
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}

/**
 * Returns the fingerprint of every message of `file` (`<hash>:<occurrence>`), counting
 * occurrences over all its messages in position order, so hiding some (`quiet`) changes none.
 */
export function fingerprints(file: VFile): Map<VFileMessage, string> {
  const ordered = file.messages
    .map((message, index) => ({message, index, start: spanOf(message)?.start ?? -1}))
    .sort((a, b) => a.start - b.start || a.index - b.index)
  const seen = new Map<string, number>()
  const result = new Map<VFileMessage, string>()
  for (const {message} of ordered) {
    const hash = fingerprintHash(fingerprintFields(file, message))
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    result.set(message, `${hash}:${occurrence}`)
  }
  return result
}

/** Returns a lookup of the fingerprint of a message of a file, computing each file's fingerprints once. */
export function fingerprintLookup(): (file: VFile, message: VFileMessage) => string {
  const cache = new Map<VFile, Map<VFileMessage, string>>()
  return (file, message) => {
    let found = cache.get(file)
    if (!found) {
      found = fingerprints(file)
      cache.set(file, found)
    }
    return found.get(message) ?? ''
  }
}
