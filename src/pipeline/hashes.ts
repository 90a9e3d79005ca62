/**
 * Hashes that key stored per-article results: of an article's text, of everything else its result
 * depends on (rule data, rule set, severities, factlint version), and of a path (for shards).
 */
import {createHash} from 'node:crypto'
import type {RuleData} from '../rule-data.js'
import type {SeveritySetting} from '../types.js'

/** The hash of an article's bytes (hex). */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/**
 * The key of everything but the text that a per-article result depends on: the rule data, the
 * ids of the rules run, the severities in force and factlint's version. Results stored under
 * another key are never used.
 */
export function rulesKey(data: RuleData, ruleIds: readonly string[], severities: Record<string, SeveritySetting>, version: string): string {
  const sorted = Object.fromEntries(Object.entries(severities).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return createHash('sha1').update(JSON.stringify({version, ruleIds, severities: sorted, data})).digest('hex')
}

/** A stable number for a path, the same on every machine (for assigning articles to shards). */
export function pathNumber(path: string): number {
  return createHash('sha1').update(path).digest().readUInt32BE(0)
}
