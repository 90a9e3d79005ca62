/**
 * Text blocks: the readable text of each paragraph, heading and table cell, with a map from every
 * character back to its offset in the original file.
 *
 * Extractors match patterns on this text (so a claim may cross `**bold**` boundaries) and turn
 * matches back into exact source spans with {@link blockSpan}. Where a node's value differs from
 * its source slice (escapes, entities, indentation of continuation lines), the value is aligned
 * to the slice, so positions always point at the characters as written.
 */
import type {Heading, Nodes, Parents, Root, RootContent, TableCell} from 'mdast'
import type {Span, TextContext} from '../types.js'

/** A range of a block's text (indices into {@link TextBlock.text}). */
export interface TextRange {
  start: number
  end: number
}

/** A link's visible text inside a block. */
export interface LinkRange extends TextRange {
  url: string
}

/** The text of one block and where each of its characters sits in the source. */
export interface TextBlock {
  /** Index in document order. */
  index: number
  type: TextContext['blockType']
  /** Readable text: text and inline code values, `\n` for hard breaks, U+FFFC for each image. */
  text: string
  /** `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the block's end. */
  offsets: number[]
  /** Structure around the block; `sentence` is per claim, see {@link contextAt}. */
  context: Omit<TextContext, 'sentence'>
  /** Sentence ranges, split on 。！？；!? , line breaks and `. ` followed by a capital or space. */
  sentences: TextRange[]
  /** Ranges of link text, with the link's URL. */
  links: LinkRange[]
  /** Ranges of inline code. */
  code: TextRange[]
  /** Positions of images (the U+FFFC placeholders), with their URLs. */
  images: LinkRange[]
  /** Heading depth, for headings. */
  depth?: number
}

/** The placeholder character standing for an image in block text. */
export const IMAGE_PLACEHOLDER = '\uFFFC'

/** Returns the text blocks of a document, in document order. */
export function textBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const counters = {listItem: 0, tableRow: 0, table: 0}
  let section: number | undefined

  const walk = (node: Nodes, scope: Omit<TextContext, 'sentence' | 'block' | 'blockType'>): void => {
    switch (node.type) {
      case 'code':
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
        return
      case 'html':
        return
      case 'paragraph':
      case 'heading': {
        const block = collect(node, source, blocks.length, node.type, scope)
        if (node.type === 'heading') {
          block.depth = (node as Heading).depth
          section = block.index
        }
        blocks.push(block)
        return
      }
      case 'listItem': {
        const inner = withFields(scope, {listItem: counters.listItem++})
        for (const child of node.children) walk(child, inner)
        return
      }
      case 'blockquote': {
        for (const child of node.children) walk(child, withFields(scope, {inBlockquote: true}))
        return
      }
      case 'table': {
        const table = counters.table++
        node.children.forEach((row) => {
          const rowIndex = counters.tableRow++
          row.children.forEach((cell: TableCell, column) => {
            blocks.push(collect(cell, source, blocks.length, 'tableCell', withFields(scope, {table, tableRow: rowIndex, tableColumn: column})))
          })
        })
        return
      }
      default:
        if ('children' in node) for (const child of (node as Parents).children) walk(child, scopeWithSection(scope))
    }
  }

  const scopeWithSection = (scope: Omit<TextContext, 'sentence' | 'block' | 'blockType'>) =>
    section === undefined ? scope : withFields(scope, {section})

  for (const child of tree.children) walk(child, scopeWithSection({}))
  return blocks
}

function collect(
  node: Parents,
  source: string,
  index: number,
  type: TextContext['blockType'],
  scope: Omit<TextContext, 'sentence' | 'block' | 'blockType'>
): TextBlock {
  let text = ''
  const offsets: number[] = []
  const links: LinkRange[] = []
  const images: LinkRange[] = []
  const code: TextRange[] = []

  const push = (value: string, start: number, end: number) => {
    text += value
    if (writtenAsIs(value, source, start, end)) {
      for (let i = 0; i < value.length; i++) offsets.push(start + i)
      return
    }
    const map = alignValue(value, source, start, end)
    for (let i = 0; i < value.length; i++) offsets.push(map[i]!)
  }

  const visit = (child: RootContent) => {
    const position = child.position
    switch (child.type) {
      case 'text':
        if (position) push(child.value, position.start.offset!, position.end.offset!)
        return
      case 'inlineCode': {
        if (!position) return
        const start = text.length
        push(child.value, position.start.offset!, position.end.offset!)
        code.push({start, end: text.length})
        return
      }
      case 'break':
        if (position) {
          text += '\n'
          offsets.push(position.start.offset!)
        }
        return
      case 'image':
      case 'imageReference':
        if (position) {
          const url = child.type === 'image' ? child.url : ''
          images.push({start: text.length, end: text.length + 1, url})
          text += IMAGE_PLACEHOLDER
          offsets.push(position.start.offset!)
        }
        return
      case 'link':
      case 'linkReference': {
        const start = text.length
        for (const grandchild of child.children) visit(grandchild)
        links.push({start, end: text.length, url: child.type === 'link' ? child.url : ''})
        return
      }
      default:
        if ('children' in child) for (const grandchild of (child as Parents).children) visit(grandchild)
    }
  }

  for (const child of node.children) visit(child)
  const end = node.position?.end.offset ?? (offsets.length ? offsets[offsets.length - 1]! + 1 : 0)
  offsets.push(end)
  return {
    index,
    type,
    text,
    offsets,
    context: withFields(scope, {block: index, blockType: type}),
    sentences: splitSentences(text),
    links,
    code,
    images
  }
}

/**
 * Maps each character of a node's `value` to its offset in `source[start, end)`: equal characters
 * map one to one; escapes, entities and indentation that the value dropped are skipped.
 */
export function alignValue(value: string, source: string, start: number, end: number): number[] {
  const map: number[] = new Array<number>(value.length)
  if (writtenAsIs(value, source, start, end)) {
    for (let i = 0; i < value.length; i++) map[i] = start + i
    return map
  }
  // Inline code and other wrapped values: begin where the value first appears in the slice.
  const first = value.length ? source.indexOf(value[0]!, start) : -1
  let j = first >= start && first < end && !/\s/.test(value[0]!) ? first : start
  let i = 0
  while (i < value.length) {
    const v = value[i]!
    const s = source[j]
    if (j >= end) {
      map[i++] = Math.max(start, end - 1)
      continue
    }
    if (s === v) {
      map[i++] = j++
    } else if (s === '\\' && source[j + 1] === v) {
      j++
    } else if (s === '&') {
      const semi = source.indexOf(';', j)
      if (semi > j && semi - j <= 32) {
        map[i++] = j
        j = semi + 1
      } else {
        map[i++] = j++
      }
    } else if (s === ' ' || s === '\t' || s === '>' || s === '\r') {
      j++
    } else if (/\s/.test(v)) {
      map[i++] = j
    } else {
      map[i++] = j++
    }
  }
  return map
}

/** Whether `source[start, end)` is `value` itself (no escape, entity or indentation dropped). */
function writtenAsIs(value: string, source: string, start: number, end: number): boolean {
  return end - start === value.length && source.startsWith(value, start)
}

/** Splits text into sentences; each range includes its closing punctuation. */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = []
  let start = 0
  // `test` on a global pattern leaves the end of the match in `lastIndex` and, unlike `matchAll`, makes no array.
  SENTENCE_END_CANDIDATE.lastIndex = 0
  while (SENTENCE_END_CANDIDATE.test(text)) {
    const end = SENTENCE_END_CANDIDATE.lastIndex
    if (text[end - 1] === '.' && end < text.length && !WHITESPACE.test(text[end]!)) continue
    ranges.push({start, end})
    start = end
  }
  if (start < text.length) ranges.push({start, end: text.length})
  if (ranges.length === 0) ranges.push({start: 0, end: 0})
  return ranges
}

/** A character that may end a sentence: 。！？；!? and line breaks always do, `.` before a space or the end. */
const SENTENCE_END_CANDIDATE = /[。！？；!?\n.]/g
const WHITESPACE = /\s/

/** Converts a range of a block's text to a span of the original file. */
export function blockSpan(block: TextBlock, start: number, end: number): Span {
  const from = block.offsets[start] ?? block.offsets[block.offsets.length - 1]!
  if (end <= start) return {start: from, end: from}
  return {start: from, end: block.offsets[end - 1]! + 1}
}

/** Index of the sentence of `block` containing text index `at` (the last sentence when none does). */
export function sentenceAt(block: TextBlock, at: number): number {
  const sentences = block.sentences
  for (let index = 0; index < sentences.length; index++) {
    const range = sentences[index]!
    if (at >= range.start && at < range.end) return index
  }
  return sentences.length - 1
}

/** The claim context of a text index in a block. */
export function contextAt(block: TextBlock, at: number): TextContext {
  return withFields(block.context, {sentence: sentenceAt(block, at)})
}

/**
 * `{...base, ...fields}`, the same object with its keys in the same order. Scopes and contexts come
 * in many shapes (section, list item, quote, table cell), and V8 runs an object spread of that many
 * shapes on its slow path; `Object.assign` copies them about twice as fast (textBlocks: about 12 µs
 * less per article).
 */
function withFields<Base extends object, Fields extends object>(base: Base, fields: Fields): Base & Fields {
  return Object.assign({}, base, fields)
}

/** Whether text index `at` of `block` lies inside one of `ranges`. */
export function inRanges(ranges: readonly TextRange[], at: number): boolean {
  return ranges.some((range) => at >= range.start && at < range.end)
}
