/**
 * Links: every inline link, image, link or image reference (resolved through its definition),
 * definition, `<a href>` / `<img src>` of raw HTML, and bare URL of the text, with the span as
 * written. Bare URLs are found in the text blocks (never in code), so URLs glued to CJK text
 * (`详情见网站https://example.com/x`) are found and cut where the URL ends.
 */
import type {Definition, Html, Image, ImageReference, Link, LinkReference, Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Node} from 'unist'
import type {LinkClaim, Span, TextContext} from '../types.js'
import {alignValue, blockSpan, IMAGE_PLACEHOLDER, type TextBlock} from './blocks.js'
import type {ExtractInput} from './input.js'
import {blockLocator, type BlockLocator} from './link-context.js'
import {findHtmlUrls, htmlText} from './link-html.js'
import {findBareUrls, hostOf, mayHoldBareUrl} from './link-urls.js'
import {walkTree} from './tree-walk.js'

interface Walk {
  input: ExtractInput
  locator: BlockLocator
  definitions: Map<string, string>
  /** Context of the first reference to each definition identifier. */
  referenced: Map<string, TextContext>
  /** Spans of links written with brackets or angle brackets: their text holds no bare URL. */
  explicit: Span[]
  claims: LinkClaim[]
}

/** Extracts every link of an article, in source order. */
export function extractLinks(input: ExtractInput): LinkClaim[] {
  const walk: Walk = {
    input,
    locator: blockLocator(input.blocks),
    definitions: new Map(),
    referenced: new Map(),
    explicit: [],
    claims: []
  }
  // The nodes that make links are visited once every definition is known, since a reference may
  // come before its definition.
  const {linking, definitions} = linkNodes(input.tree)
  for (const {node} of definitions) if (!walk.definitions.has(node.identifier)) walk.definitions.set(node.identifier, node.url)
  for (const {node, ancestors} of linking) visitNode(walk, node, ancestors)
  for (const {node, ancestors} of definitions) addDefinition(walk, node, ancestors)
  for (const block of input.blocks) addBareUrls(walk, block)
  return walk.claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}

/** A node met by the walk, with its ancestors. */
interface Visited<N extends Nodes = Nodes> {
  node: N
  ancestors: readonly Node[]
}

/** The node types {@link visitNode} makes claims of. */
const LINKING_TYPES: ReadonlySet<string> = new Set(['link', 'image', 'linkReference', 'imageReference', 'html'])

/**
 * The definitions and the nodes that make links (see {@link LINKING_TYPES}) of a tree, in
 * document order, each with a copy of its ancestors (root first).
 */
function linkNodes(tree: Root): {linking: Visited[]; definitions: Visited<Definition>[]} {
  const linking: Visited[] = []
  const definitions: Visited<Definition>[] = []
  walkTree(tree, (node, ancestors) => {
    if (node.type === 'definition') definitions.push({node, ancestors: [...ancestors]})
    else if (LINKING_TYPES.has(node.type)) linking.push({node, ancestors: [...ancestors]})
  })
  return {linking, definitions}
}

function visitNode(walk: Walk, node: Nodes, ancestors: readonly Node[]): void {
  switch (node.type) {
    case 'link':
      addLink(walk, node, ancestors)
      return
    case 'image':
      addImage(walk, node, ancestors)
      return
    case 'linkReference':
    case 'imageReference':
      addReference(walk, node, ancestors)
      return
    case 'html':
      addHtml(walk, node, ancestors)
      return
    default:
  }
}

/** Builds a claim for a span of the source. */
function claim(walk: Walk, span: Span, fields: Omit<LinkClaim, 'kind' | 'span' | 'text' | 'host'> & {host?: string}): LinkClaim {
  const {host, ...rest} = fields
  return {kind: 'link', span, text: walk.input.source.slice(span.start, span.end), host: host ?? hostOf(fields.url), ...rest}
}

function nodeSpan(node: Node): Span | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}

function contextOf(walk: Walk, node: Node, ancestors: readonly Node[], detachedType: TextContext['blockType'] = 'paragraph'): TextContext {
  const block = walk.locator.blockOf(ancestors)
  if (block) return walk.locator.contextIn(block, node.position?.start.offset ?? 0)
  return walk.locator.detached(node, ancestors, detachedType)
}

function addLink(walk: Walk, node: Link, ancestors: readonly Node[]): void {
  const span = nodeSpan(node)
  if (!span) return
  const first = walk.input.source[span.start]
  if (first === '[' || first === '<') {
    walk.explicit.push(span)
    walk.claims.push(claim(walk, span, {form: 'link', url: node.url, label: toString(node), context: contextOf(walk, node, ancestors)}))
    return
  }
  // A GFM literal autolink: inside a text block the bare-URL scan finds it (and cuts it where the URL ends).
  if (!walk.locator.blockOf(ancestors)) addDetachedBareUrls(walk, node, ancestors, span)
}

function addImage(walk: Walk, node: Image, ancestors: readonly Node[]): void {
  const span = nodeSpan(node)
  if (!span) return
  walk.claims.push(claim(walk, span, {form: 'image', url: node.url, label: node.alt ?? '', image: true, context: contextOf(walk, node, ancestors)}))
}

function addReference(walk: Walk, node: LinkReference | ImageReference, ancestors: readonly Node[]): void {
  const span = nodeSpan(node)
  if (!span) return
  const context = contextOf(walk, node, ancestors)
  if (!walk.referenced.has(node.identifier)) walk.referenced.set(node.identifier, context)
  const image = node.type === 'imageReference'
  if (!image) walk.explicit.push(span)
  const label = image ? (node.alt ?? '') : toString(node)
  const url = walk.definitions.get(node.identifier) ?? ''
  walk.claims.push(claim(walk, span, {form: 'reference', url, label, context, ...(image ? {image} : {})}))
}

function addDefinition(walk: Walk, node: Definition, ancestors: readonly Node[]): void {
  const span = nodeSpan(node)
  if (!span) return
  const context = walk.referenced.get(node.identifier) ?? walk.locator.detached(node, ancestors, 'paragraph')
  walk.claims.push(claim(walk, span, {form: 'definition', url: node.url, label: node.label ?? node.identifier, context}))
}

function addHtml(walk: Walk, node: Html, ancestors: readonly Node[]): void {
  const span = nodeSpan(node)
  if (!span) return
  const source = walk.input.source
  const map = alignValue(node.value, source, span.start, span.end)
  const block = walk.locator.blockOf(ancestors)
  for (const found of findHtmlUrls(node.value)) {
    const start = map[found.start] ?? span.start
    let end = (map[found.end - 1] ?? span.end - 1) + 1
    let label = found.label
    if (!found.closed && block) {
      const closed = closeInlineAnchor(source, end, block.offsets[block.text.length]!)
      if (closed) ({end, label} = closed)
    }
    const context = block ? walk.locator.contextIn(block, start) : walk.locator.detached(node, ancestors, 'html')
    walk.claims.push(claim(walk, {start, end}, {form: found.image ? 'image' : 'link', url: found.url, label, context, ...(found.image ? {image: true} : {})}))
  }
}

/** For `<a href>` as inline HTML: the `</a>` later in the same block, with the text between. */
function closeInlineAnchor(source: string, from: number, blockEnd: number): {end: number; label: string} | undefined {
  const close = /<\/a\s*>/i.exec(source.slice(from, blockEnd))
  if (!close) return undefined
  return {end: from + close.index + close[0].length, label: htmlText(source.slice(from, from + close.index))}
}

/** Bare URLs of a block's text, outside inline code and the text of explicit links. */
function addBareUrls(walk: Walk, block: TextBlock): void {
  if (!mayHoldBareUrl(block.text)) return
  const masked = maskedText(walk, block)
  for (const found of findBareUrls(masked, walk.input.data.spam.domains)) {
    const span = blockSpan(block, found.start, found.end)
    const context = walk.locator.contextIn(block, span.start)
    walk.claims.push(claim(walk, span, {form: 'bare', url: found.url, label: '', context, ...(found.host === undefined ? {} : {host: found.host})}))
  }
}

/** The block's text with inline code and explicit link text blanked out (same length). */
function maskedText(walk: Walk, block: TextBlock): string {
  const chars = block.text.split('')
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) chars[i] = ' '
  }
  for (const range of block.code) blank(range.start, range.end)
  for (const range of block.links) {
    const at = block.offsets[range.start]
    if (at !== undefined && walk.explicit.some((s) => at >= s.start && at < s.end)) blank(range.start, range.end)
  }
  return chars.join('').replaceAll(IMAGE_PLACEHOLDER, ' ')
}

/** A literal autolink outside every text block (in a footnote definition). */
function addDetachedBareUrls(walk: Walk, node: Link, ancestors: readonly Node[], span: Span): void {
  const written = walk.input.source.slice(span.start, span.end)
  for (const found of findBareUrls(written, walk.input.data.spam.domains)) {
    const at = {start: span.start + found.start, end: span.start + found.end}
    const context = walk.locator.detached(node, ancestors, 'paragraph')
    walk.claims.push(claim(walk, at, {form: 'bare', url: found.url, label: '', context, ...(found.host === undefined ? {} : {host: found.host})}))
  }
}
