/**
 * A fast path for the frontmatter nearly every article has: a block mapping of one `key: value` per
 * line, each value a string (plain, or quoted without escapes) or a flow sequence of plain strings
 * (`carriers: [jp.docomo, jp.au]`). For such text it gives what the `yaml` library gives
 * (`parseDocument(text, {uniqueKeys: true}).toJS()`) at a small part of the cost: `yaml` parses a
 * five-line frontmatter in about 40 µs, more than any extractor spends on an article.
 *
 * It declines (undefined) anything else and anything it is not sure of: comments, blank values,
 * indentation, tabs, control characters, escapes, anchors, aliases, tags, block scalars, duplicate
 * keys, a `: ` or ` #` inside a plain value, a plain value that YAML's core schema reads as a null,
 * bool, int or float (tested with `yaml`'s own tags). The caller then parses with `yaml`, which
 * also gives the positions of problems.
 */
import {Schema} from 'yaml'

/** A frontmatter value the fast path reads: a string, or a list of strings. */
export type SimpleValue = string | string[]

/** The tests of the core schema's scalar tags other than strings (null, bool, int, float). */
const NOT_STRING = new Schema({schema: 'core'}).tags.flatMap((tag) => ('test' in tag && tag.test instanceof RegExp ? [tag.test] : []))

/** `key: value`, the key a plain word, one or more spaces after the colon. */
const ENTRY = /^([A-Za-z][A-Za-z0-9_-]*): +(.*)$/
/** Characters YAML gives a meaning, or forbids, that the fast path leaves to `yaml`. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSURE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\\]/
const DOUBLE_QUOTED = /^"([^"]*)"$/
const SINGLE_QUOTED = /^'([^']*)'$/
const FLOW_SEQUENCE = /^\[(.*)\]$/
/** A plain scalar in a block: no indicator first, no `: ` or ` #` inside, no `:` or space last. */
const BLOCK_PLAIN = /^[^-?:,[\]{}#&*!|>'"%@` ](?:(?!: | #).)*(?<![: ])$/
/** A plain scalar in a flow sequence: an identifier-like word (`jp.docomo`, `it.ho-mobile`). */
const FLOW_PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./+-]*$/

/** The mapping of `text` when it has the simple shape of the module comment, else undefined. */
export function simpleFrontmatter(text: string): Record<string, SimpleValue> | undefined {
  if (UNSURE.test(text)) return undefined
  const mapping: Record<string, SimpleValue> = {}
  for (const line of text.split('\n')) {
    if (line === '') continue
    const entry = ENTRY.exec(line)
    if (!entry) return undefined
    const [, key, raw] = entry as unknown as [string, string, string]
    if (Object.hasOwn(mapping, key)) return undefined
    const value = valueOf(raw)
    if (value === undefined) return undefined
    mapping[key] = value
  }
  // No entry at all: YAML reads an empty document as null.
  return Object.keys(mapping).length ? mapping : undefined
}

function valueOf(raw: string): SimpleValue | undefined {
  const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw)
  if (quoted) return quoted[1]
  const sequence = FLOW_SEQUENCE.exec(raw)
  if (sequence) {
    const inside = sequence[1]!.trim()
    if (inside === '') return []
    const items = inside.split(',').map((item) => item.trim())
    return items.every((item) => FLOW_PLAIN.test(item) && isString(item)) ? items : undefined
  }
  return BLOCK_PLAIN.test(raw) && isString(raw) ? raw : undefined
}

/** Whether YAML's core schema reads a plain scalar as a string. */
function isString(plain: string): boolean {
  return !NOT_STRING.some((test) => test.test(plain))
}
