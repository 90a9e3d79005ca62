/**
 * Checks that data read back from disk (the cache, shard blobs) has the shape of per-article
 * results before anything uses it: a file that is corrupt, foreign or edited by hand is refused,
 * never trusted.
 */
import {CORPUS_CLAIM_KINDS, type CorpusArticle} from '../checks/rule.js'
import type {ArticleClaims} from '../types.js'
import type {ArticleResult} from './lint-article.js'

/** Thrown for data that is not a per-article result; the message says where and what. */
export class ShapeError extends Error {
  override name = 'ShapeError'
}

/** Every claim kind an article record carries (the compiler checks this list is complete). */
const CLAIM_KINDS: Record<keyof ArticleClaims, true> = {links: true, contacts: true, carriers: true, phones: true, durations: true, documents: true}

type Json = Record<string, unknown>

function fail(where: string, what: string): never {
  throw new ShapeError(`${where}: ${what}`)
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'expected an object')
  return value as Json
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'expected an array')
  return value
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, 'expected a string')
  return value
}

function offset(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(where, 'expected an offset')
  return value
}

function optional(value: Json, key: string, check: (value: unknown, where: string) => unknown, where: string): void {
  if (value[key] !== undefined) check(value[key], `${where}.${key}`)
}

function span(value: unknown, where: string): void {
  const s = object(value, where)
  if (offset(s['start'], `${where}.start`) > offset(s['end'], `${where}.end`)) fail(where, 'start after end')
}

function strings(value: unknown, where: string): void {
  array(value, where).forEach((item, i) => string(item, `${where}[${i}]`))
}

function report(value: unknown, where: string): void {
  const r = object(value, where)
  span(r['span'], `${where}.span`)
  string(r['message'], `${where}.message`)
  optional(r, 'actual', string, where)
  optional(r, 'suggestion', string, where)
  optional(r, 'expected', strings, where)
  optional(r, 'fix', (fix, at) => {
    span(object(fix, at)['span'], `${at}.span`)
    string((fix as Json)['text'], `${at}.text`)
  }, where)
  optional(r, 'related', (related, at) => array(related, at).forEach((item, i) => {
    const place = object(item, `${at}[${i}]`)
    string(place['path'], `${at}[${i}].path`)
    string(place['text'], `${at}[${i}].text`)
    span(place['span'], `${at}[${i}].span`)
  }), where)
  if (r['confidence'] !== undefined && r['confidence'] !== 'certain' && r['confidence'] !== 'likely') fail(where, 'unknown confidence')
}

function reports(value: unknown, where: string): void {
  array(value, where).forEach((item, i) => report(item, `${where}[${i}]`))
}

function claims(value: unknown, where: string, kinds: readonly string[] = Object.keys(CLAIM_KINDS)): void {
  const all = object(value, where)
  for (const kind of kinds) {
    array(all[kind], `${where}.${kind}`).forEach((item, i) => {
      const claim = object(item, `${where}.${kind}[${i}]`)
      string(claim['kind'], `${where}.${kind}[${i}].kind`)
      string(claim['text'], `${where}.${kind}[${i}].text`)
      span(claim['span'], `${where}.${kind}[${i}].span`)
      object(claim['context'], `${where}.${kind}[${i}].context`)
    })
  }
}

function lineStarts(value: unknown, where: string): void {
  const starts = array(value, where)
  if (starts[0] !== 0) fail(where, 'expected line starts from 0')
  starts.forEach((start, i) => {
    if (offset(start, `${where}[${i}]`) < (i ? (starts[i - 1] as number) : 0)) fail(where, 'line starts out of order')
  })
}

function ruleSet(value: unknown, where: string): void {
  if (value !== 'all') strings(value, where)
}

/** Returns `value` as a per-article result of the article at `path`; throws a {@link ShapeError} when it is not one. */
export function checkResult(value: unknown, path: string, where: string): ArticleResult {
  const result = object(value, where)
  const record = object(result['record'], `${where}.record`)
  if (record['path'] !== path) fail(`${where}.record.path`, `expected "${path}"`)
  optional(record, 'country', string, `${where}.record`)
  object(record['meta'], `${where}.record.meta`)
  claims(record['claims'], `${where}.record.claims`)
  lineStarts(record['lineStarts'], `${where}.record.lineStarts`)
  for (const [id, list] of Object.entries(object(record['pipelineReports'], `${where}.record.pipelineReports`))) reports(list, `${where}.record.pipelineReports.${id}`)
  array(result['reports'], `${where}.reports`).forEach((item, i) => {
    const entry = object(item, `${where}.reports[${i}]`)
    string(entry['ruleId'], `${where}.reports[${i}].ruleId`)
    report(entry['report'], `${where}.reports[${i}].report`)
    if (entry['crashed'] !== undefined && entry['crashed'] !== true) fail(`${where}.reports[${i}].crashed`, 'expected true')
  })
  const directives = object(result['directives'], `${where}.directives`)
  array(directives['lines'], `${where}.directives.lines`).forEach((item, i) => {
    const line = object(item, `${where}.directives.lines[${i}]`)
    ruleSet(line['rules'], `${where}.directives.lines[${i}].rules`)
    offset(line['line'], `${where}.directives.lines[${i}].line`)
  })
  array(directives['ranges'], `${where}.directives.ranges`).forEach((item, i) => {
    const range = object(item, `${where}.directives.ranges[${i}]`)
    ruleSet(range['rules'], `${where}.directives.ranges[${i}].rules`)
    offset(range['start'], `${where}.directives.ranges[${i}].start`)
    offset(range['end'], `${where}.directives.ranges[${i}].end`)
  })
  reports(directives['problems'], `${where}.directives.problems`)
  return value as ArticleResult
}

/** Returns `value` as the corpus part of the result of the article at `path`; throws a {@link ShapeError} when it is not one. */
export function checkCorpusArticle(value: unknown, path: string, where: string): CorpusArticle {
  const article = object(value, where)
  if (article['path'] !== path) fail(`${where}.path`, `expected "${path}"`)
  optional(article, 'country', string, where)
  claims(article['claims'], `${where}.claims`, CORPUS_CLAIM_KINDS)
  lineStarts(article['lineStarts'], `${where}.lineStarts`)
  return value as CorpusArticle
}

/** Returns `value` as a text length; throws a {@link ShapeError} when it is not one. */
export function checkLength(value: unknown, where: string): number {
  return offset(value, where)
}
