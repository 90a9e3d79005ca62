/**
 * Where a node of the tree sits among the text blocks: the block of its paragraph, heading or
 * table cell, or, for nodes outside every text block (HTML blocks, footnote definitions, link
 * definitions), a context of its own.
 */
import type {Node} from 'unist'
import type {TextContext} from '../types.js'
import {contextAt, type TextBlock} from './blocks.js'

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell'])

/** Finds blocks and contexts for nodes of one document. */
export interface BlockLocator {
  /** The text block of the innermost paragraph, heading or table cell among `ancestors`. */
  blockOf(ancestors: readonly Node[]): TextBlock | undefined
  /** Context of source offset `offset`, which lies inside `block`. */
  contextIn(block: TextBlock, offset: number): TextContext
  /**
   * Context of a node outside every text block. Its block index is past the last text block and
   * shared by everything in the same container (one HTML block, one footnote paragraph), so
   * claims there never count as being in an ordinary block.
   */
  detached(node: Node, ancestors: readonly Node[], blockType: TextContext['blockType']): TextContext
}

/** Returns the block locator of a document's blocks. */
export function blockLocator(blocks: readonly TextBlock[]): BlockLocator {
  // Built when first asked for: many articles have no link inside a text block.
  let byEnd: Map<number, TextBlock> | undefined
  const blockEndingAt = (end: number) => {
    if (!byEnd) {
      byEnd = new Map()
      for (const block of blocks) byEnd.set(block.offsets[block.text.length]!, block)
    }
    return byEnd.get(end)
  }
  const virtual = new Map<Node, number>()

  const containerOf = (node: Node, ancestors: readonly Node[]) => [...ancestors].reverse().find((a) => BLOCK_TYPES.has(a.type)) ?? node

  return {
    blockOf(ancestors) {
      const container = [...ancestors].reverse().find((a) => BLOCK_TYPES.has(a.type))
      const end = container?.position?.end.offset
      return end === undefined ? undefined : blockEndingAt(end)
    },
    contextIn(block, offset) {
      return contextAt(block, textIndexAt(block, offset))
    },
    detached(node, ancestors, blockType) {
      const container = containerOf(node, ancestors)
      if (!virtual.has(container)) virtual.set(container, blocks.length + virtual.size)
      const offset = node.position?.start.offset ?? 0
      const section = sectionBefore(blocks, offset)
      return {
        block: virtual.get(container)!,
        blockType,
        ...(section === undefined ? {} : {section}),
        ...(ancestors.some((a) => a.type === 'blockquote') ? {inBlockquote: true} : {}),
        sentence: 0
      }
    }
  }
}

/** Index of the first character of `block` at or after source offset `offset`. */
export function textIndexAt(block: TextBlock, offset: number): number {
  const index = block.offsets.findIndex((o, i) => i < block.text.length && o >= offset)
  return index === -1 ? Math.max(0, block.text.length - 1) : index
}

/** The heading that opens the section holding source offset `offset`, if any. */
function sectionBefore(blocks: readonly TextBlock[], offset: number): number | undefined {
  let section: number | undefined
  for (const block of blocks) {
    if ((block.offsets[0] ?? Infinity) > offset) break
    section = block.type === 'heading' ? block.index : block.context.section
  }
  return section
}
