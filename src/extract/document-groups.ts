/**
 * The blocks one required-documents list may span: a paragraph or table cell on its own, or a
 * lead-in line that states a requirement and ends in a colon (`请携带以下材料：`) together with
 * the list right below it. List items under such a lead-in, and table cells whose column header
 * or row label states a requirement (`| 必要書類 |`), inherit its trigger.
 */
import type {Parents, Root, RootContent} from 'mdast'
import type {TextBlock, TextRange} from './blocks.js'
import {walkTree} from './tree-walk.js'

/** Blocks read together as one list, and the indices of those that inherit a trigger. */
export interface BlockGroup {
  blocks: TextBlock[]
  inherited: ReadonlySet<number>
}

interface LeadIn {
  /** Source range of the lead-in paragraph. */
  lead: TextRange
  /** Source range of the list right after it. */
  list: TextRange
}

const LEAD_IN_END = /(?:[:：]|如下)\s*$/

/** Whether a block has a requirement trigger (a weak one like `需要` will do) at or after text index `from`. */
export type HasTrigger = (block: TextBlock, from: number) => boolean

/** Groups the paragraphs and table cells of an article (headings never state a list). */
export function blockGroups(tree: Root, blocks: readonly TextBlock[], hasTrigger: HasTrigger): BlockGroup[] {
  const leadIns = leadInLists(tree)
  const groups: BlockGroup[] = []
  let next = 0
  for (const block of blocks) {
    if (block.index < next || block.type === 'heading' || block.type === 'html') continue
    const members = leadsIn(block, hasTrigger) ? listBelow(leadIns, blocks, block) : []
    const inherited = members.length ? members.map((m) => m.index) : tableInherits(blocks, block, hasTrigger) ? [block.index] : []
    groups.push({blocks: [block, ...members], inherited: new Set(inherited)})
    next = Math.max(next, ...members.map((m) => m.index + 1))
  }
  return groups
}

/** A lead-in states the requirement in its last sentence, the one ending in a colon (`原因有以下几点：` does not). */
function leadsIn(block: TextBlock, hasTrigger: HasTrigger): boolean {
  return block.type === 'paragraph' && LEAD_IN_END.test(block.text) && hasTrigger(block, block.sentences[block.sentences.length - 1]!.start)
}

/** The blocks of the list right after a lead-in paragraph. */
function listBelow(leadIns: readonly LeadIn[], blocks: readonly TextBlock[], block: TextBlock): TextBlock[] {
  const at = block.offsets[0]!
  const leadIn = leadIns.find((l) => at >= l.lead.start && at < l.lead.end)
  if (!leadIn) return []
  return blocks.filter((b) => b.index > block.index && b.offsets[0]! >= leadIn.list.start && b.offsets[0]! < leadIn.list.end)
}

/** Paragraphs directly followed by a list, with both source ranges. */
function leadInLists(tree: Root): LeadIn[] {
  const found: LeadIn[] = []
  const leadInsOf = (node: Parents) => {
    const children = node.children as RootContent[]
    children.forEach((child, i) => {
      const list = children[i + 1]
      if (child.type !== 'paragraph' || list?.type !== 'list') return
      const lead = rangeOf(child)
      const below = rangeOf(list)
      if (lead && below) found.push({lead, list: below})
    })
  }
  leadInsOf(tree)
  walkTree(tree, (node) => {
    if ('children' in node) leadInsOf(node)
  })
  return found
}

function rangeOf(node: RootContent): TextRange | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}

/** Whether a table cell sits under a column header, or beside a row label, that states a requirement. */
function tableInherits(blocks: readonly TextBlock[], block: TextBlock, hasTrigger: HasTrigger): boolean {
  const {table, tableColumn, tableRow} = block.context
  if (block.type !== 'tableCell' || table === undefined) return false
  const header = blocks.find((b) => b.context.table === table && b.context.tableColumn === tableColumn)
  const label = blocks.find((b) => b.context.table === table && b.context.tableRow === tableRow)
  return [header, label].some((cell) => cell !== undefined && cell !== block && hasTrigger(cell, 0))
}
