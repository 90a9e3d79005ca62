/**
 * Frontmatter: the article's YAML block, parsed with `yaml` (for positions) and validated against
 * the frontmatter JSON Schema. A missing or invalid field is a report on the article, never a
 * crash; the fields that are valid are still used. Frontmatter of the simple shape nearly every
 * article has, and nothing wrong with it, takes a fast path (`simpleFrontmatter`) instead of `yaml`.
 */
import type {ValidateFunction} from 'ajv'
import type {Root} from 'mdast'
import {isMap, isNode, isScalar, parseDocument, type Document} from 'yaml'
import type {Report} from '../checks/rule.js'
import {validatorOfValue} from '../config/validators.js'
import {kept} from '../memo.js'
import type {RuleData} from '../rule-data.js'
import type {ArticleMeta} from '../types.js'
import {simpleFrontmatter} from './simple-frontmatter.js'

/** The frontmatter of an article and what is wrong with it. */
export interface Frontmatter {
  meta: ArticleMeta
  problems: Report[]
}

const validators = new WeakMap<object, ValidateFunction>()
const carrierIds = new WeakMap<RuleData, ReadonlySet<string>>()
const NOTHING_INVALID: ReadonlySet<string> = new Set()

/** Reads and validates the frontmatter of a parsed article. */
export function readFrontmatter(tree: Root, source: string, data: RuleData): Frontmatter {
  const node = tree.children[0]
  if (node?.type !== 'yaml' || !node.position) {
    return {
      meta: {},
      problems: [
        {
          span: {start: 0, end: Math.max(0, source.indexOf('\n'))},
          message: 'Missing frontmatter, expected a YAML block with title, lang, country and updated',
          expected: ['---\ntitle: …\nlang: zh-Hans\ncountry: JP\nupdated: YYYY-MM-DD\n---'],
          confidence: 'certain'
        }
      ]
    }
  }
  const simple = simpleFrontmatter(node.value)
  const fast = simple && readValid(simple, data)
  if (fast) return fast
  const base = source.indexOf('\n', node.position.start.offset!) + 1
  const document = parseDocument(node.value, {uniqueKeys: true})
  const [error] = document.errors
  if (error) {
    const at = base + (error.pos[0] ?? 0)
    return {meta: {}, problems: [{span: {start: at, end: at + 1}, message: `Unexpected frontmatter: invalid YAML (${error.message.split('\n')[0]})`}]}
  }
  const value: unknown = document.toJS({maxAliasCount: 20})
  const problems: Report[] = []
  const invalidFields = new Set<string>()
  const validate = validator(data.frontmatterSchema)
  if (!validate(value)) {
    for (const issue of validate.errors ?? []) {
      const keys = issue.instancePath.split('/').slice(1)
      if (keys[0]) invalidFields.add(keys[0])
      const span = spanOf(document, keys, base, node.position.start.offset!)
      const field = issue.keyword === 'required' ? String(issue.params['missingProperty']) : keys.join('.')
      const reason =
        issue.keyword === 'required'
          ? `Missing frontmatter field "${field}"`
          : `Unexpected frontmatter ${field}: ${issue.message ?? 'invalid'}${issue.keyword === 'enum' ? ` (${(issue.params['allowedValues'] as unknown[]).join(', ')})` : ''}`
      problems.push({span, message: reason})
    }
  }
  const meta = pickMeta(value, invalidFields)
  const known = knownCarriers(data)
  meta.carriers?.forEach((id, index) => {
    if (!known.has(id)) {
      problems.push({
        span: spanOf(document, ['carriers', String(index)], base, node.position!.start.offset!),
        message: `Unexpected carrier id "${id}" in frontmatter, expected one of the registry's ids (e.g. ${[...known].slice(0, 3).join(', ')})`
      })
    }
  })
  if (meta.carriers) meta.carriers = meta.carriers.filter((id) => known.has(id))
  return {meta, problems}
}

/**
 * The frontmatter of a value read by the fast path when nothing is wrong with it; undefined when
 * something is, so that `yaml` parses it again for the positions of the problems.
 */
function readValid(value: unknown, data: RuleData): Frontmatter | undefined {
  if (!validator(data.frontmatterSchema)(value)) return undefined
  const meta = pickMeta(value, NOTHING_INVALID)
  const known = knownCarriers(data)
  return meta.carriers?.some((id) => !known.has(id)) ? undefined : {meta, problems: []}
}

/** The ids of the registry's carriers. */
function knownCarriers(data: RuleData): ReadonlySet<string> {
  return kept(carrierIds, data, () => new Set(data.carriers.map((carrier) => carrier.id)))
}

function validator(schema: object): ValidateFunction {
  // Precompiled at build time for the shipped schema, else compiled (ajv options: allErrors, not strict).
  return kept(validators, schema, () => validatorOfValue('frontmatter', schema))
}

/** The span of the YAML node at `keys` (the frontmatter's first line when there is none). */
function spanOf(document: Document, keys: string[], base: number, start: number): {start: number; end: number} {
  const path = keys.map((key) => (/^\d+$/.test(key) ? Number(key) : key))
  const node = path.length ? document.getIn(path, true) : undefined
  if (isNode(node) && node.range) return {start: base + node.range[0], end: base + node.range[1]}
  const contents = document.contents
  if (isMap(contents) && contents.items[0] && isScalar(contents.items[0].key) && contents.items[0].key.range) {
    const range = contents.items[0].key.range
    return {start: base + range[0], end: base + range[1]}
  }
  return {start, end: start + 3}
}

/** The fields factlint uses, each only when the schema found nothing wrong with it. */
function pickMeta(value: unknown, invalid: ReadonlySet<string>): ArticleMeta {
  if (!value || typeof value !== 'object') return {}
  const record = value as Record<string, unknown>
  const meta: ArticleMeta = {}
  for (const key of ['title', 'lang', 'country', 'updated'] as const) {
    if (typeof record[key] === 'string' && !invalid.has(key)) meta[key] = record[key]
  }
  const carriers = record['carriers']
  if (Array.isArray(carriers) && !invalid.has('carriers') && carriers.every((c) => typeof c === 'string')) meta.carriers = carriers as string[]
  return meta
}
