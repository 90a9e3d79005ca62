/**
 * Attribution of a claim (a number, a duration, a document list) to the carrier it is stated
 * for: the nearest carrier named before it in the same sentence (or right after it in brackets:
 * `151（docomo）`; never the carrier of the next item: `docomo：151<U+3000>au：157`), else in the same
 * list item, the same table row (its label's carrier when a note names another), the column
 * header, a lead-in line ending in a colon, the section heading, or the one carrier the article's
 * frontmatter is about. Several carriers named together are read in `phone-groups.ts`.
 */
import type {Attribution, CarrierClaim} from '../types.js'
import type {TextBlock} from './blocks.js'
import {sentenceAt} from './blocks.js'

/** A carrier attribution. */
export interface CarrierAttribution {
  carrier?: string
  attribution: Attribution
}

/** A carrier named right after a claim counts only in brackets (`190（Vodafone）`), not as the next item (`151<U+3000>au：157`). */
const BRACKETED = /^\s*[(（【[]\s*$/

/** Every level, strongest first. */
export const ALL_LEVELS: readonly Attribution[] = ['sentence', 'list-item', 'table-row', 'table-column', 'lead-in', 'section', 'article']

/** Where a claim sits and what surrounds it. */
export interface AttributionScope {
  blocks: readonly TextBlock[]
  /** Every carrier mention of the article. */
  carriers: readonly CarrierClaim[]
  /** Carrier ids the article's frontmatter names; one id makes the `article` level. */
  articleCarriers?: readonly string[]
}

/** Options of {@link attributeCarrier}. */
export interface AttributionOptions {
  /** The levels to try, strongest first (durations stop at the list item). */
  levels?: readonly Attribution[]
  /**
   * Text index just past the claim: a carrier named right after it in brackets (`190（Vodafone）`)
   * wins over one named before.
   */
  end?: number
}

/** Attributes the claim at text index `at` of `block` to a carrier. */
export function attributeCarrier(scope: AttributionScope, block: TextBlock, at: number, options: AttributionOptions = {}): CarrierAttribution {
  const {blocks, carriers} = scope
  const inBlock = carriers.filter((c) => c.context.block === block.index)
  for (const level of options.levels ?? ALL_LEVELS) {
    const carrier =
      level === 'article'
        ? scope.articleCarriers?.length === 1
          ? scope.articleCarriers[0]
          : undefined
        : tryLevel(level, blocks, carriers, inBlock, block, at, options.end ?? at)
    if (carrier) return {carrier, attribution: level}
  }
  return {attribution: 'none'}
}

function tryLevel(
  level: Attribution,
  blocks: readonly TextBlock[],
  carriers: readonly CarrierClaim[],
  inBlock: readonly CarrierClaim[],
  block: TextBlock,
  at: number,
  end: number
): string | undefined {
  const {context} = block
  switch (level) {
    case 'sentence': {
      const sentence = sentenceAt(block, at)
      const start = block.offsets[at]!
      const same = inBlock.filter((c) => c.context.sentence === sentence || endSentence(block, c) === sentence)
      const after = same.find((c) => c.span.start >= start)
      if (after && end > at && BRACKETED.test(block.text.slice(end, block.offsets.indexOf(after.span.start, end)))) return after.carrier
      const before = same.filter((c) => c.span.start < start)
      if (before.length) return before[before.length - 1]!.carrier
      return same[0]?.carrier
    }
    case 'list-item': {
      if (context.listItem === undefined) return undefined
      const start = block.offsets[at]!
      const same = carriers.filter((c) => c.context.listItem === context.listItem && c.context.block !== block.index)
      const before = same.filter((c) => c.span.start < start)
      return (before[before.length - 1] ?? same[0])?.carrier
    }
    case 'table-row': {
      if (context.tableRow === undefined) return undefined
      const inRow = carriers.filter((c) => c.context.tableRow === context.tableRow)
      return single(inRow) ?? rowLabel(blocks, inRow)
    }
    case 'table-column': {
      if (context.table === undefined || context.tableColumn === undefined) return undefined
      const header = blocks.find((b) => b.context.table === context.table)?.context.tableRow
      if (header === undefined || header === context.tableRow) return undefined
      return single(carriers.filter((c) => c.context.tableRow === header && c.context.tableColumn === context.tableColumn))
    }
    case 'lead-in': {
      const previous = blocks[firstBlockOfGroup(blocks, block) - 1]
      if (!previous || previous.type !== 'paragraph' || !/[：:]\s*$/.test(previous.text)) return undefined
      return single(carriers.filter((c) => c.context.block === previous.index))
    }
    case 'section': {
      if (context.section === undefined) return undefined
      return single(carriers.filter((c) => c.context.block === context.section))
    }
    default:
      return undefined
  }
}

/** The sentence a mention ends in: `Y!mobile` starts before the `!` that splits a sentence and ends after it. */
function endSentence(block: TextBlock, mention: CarrierClaim): number {
  const last = block.offsets.indexOf(mention.span.end - 1)
  return last === -1 ? mention.context.sentence : sentenceAt(block, last)
}

/** The first block of the list or table the block belongs to (the block itself otherwise). */
function firstBlockOfGroup(blocks: readonly TextBlock[], block: TextBlock): number {
  let index = block.index
  const inGroup = (b: TextBlock) =>
    (block.context.table !== undefined && b.context.table === block.context.table) ||
    (block.context.listItem !== undefined && b.context.listItem !== undefined && b.type !== 'heading')
  while (index > 0 && inGroup(blocks[index - 1]!) && inGroup(blocks[index]!)) index--
  return index
}

/** The carrier named in the leftmost cell of a row that names one, when that cell names only one. */
function rowLabel(blocks: readonly TextBlock[], inRow: readonly CarrierClaim[]): string | undefined {
  const columns = inRow.map((c) => blocks[c.context.block]?.context.tableColumn ?? 0)
  const first = Math.min(...columns)
  return single(inRow.filter((_, i) => columns[i] === first))
}

/** The carrier when all mentions name the same one (aliases of one carrier count once). */
function single(mentions: readonly CarrierClaim[]): string | undefined {
  const ids = new Set(mentions.map((m) => m.carrier))
  return ids.size === 1 ? [...ids][0] : undefined
}
