/**
 * The blocks one required-documents list may span: a paragraph or table cell on its own, or a
 * lead-in line that states a requirement and ends in a colon (`请携带以下材料：`) together with
 * the list right below it. List items under such a lead-in, and table cells whose column header
 * or row label states a requirement (`| 必要書類 |`), inherit its trigger.
 */
import type {Parents, Root, RootContent} from 'mdast'
import {kept} from '../memo.js'
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

/** Whether a block has a requirement trigger (a weak one like `需要` will do) at or after text index `from`. */
export type HasTrigger = (block: TextBlock, from: number) => boolean

const NO_BLOCKS: ReadonlySet<number> = new Set()
const WHITE_SPACE = /\s/

/** Groups the paragraphs and table cells of an article (headings never state a list). */
export function blockGroups(tree: Root, blocks: readonly TextBlock[], hasTrigger: HasTrigger): BlockGroup[] {
  // Both are needed only for lead-in lines and table cells; most articles have neither.
  let leadIns: LeadIn[] | undefined
  let tables: TableHeads | undefined
  const groups: BlockGroup[] = []
  let next = 0
  for (const block of blocks) {
    if (block.index < next || block.type === 'heading' || block.type === 'html') continue
    const members = leadsIn(block, hasTrigger) ? listBelow((leadIns ??= leadInLists(tree)), blocks, block) : []
    if (members.length) {
      groups.push({blocks: [block, ...members], inherited: new Set(members.map((m) => m.index))})
      next = Math.max(next, ...members.map((m) => m.index + 1))
    } else {
      const inherits = block.type === 'tableCell' && tableInherits((tables ??= tableHeads(blocks)), block, hasTrigger)
      groups.push({blocks: [block], inherited: inherits ? new Set([block.index]) : NO_BLOCKS})
    }
  }
  return groups
}

/** A lead-in states the requirement in its last sentence, the one ending in a colon (`原因有以下几点：` does not). */
function leadsIn(block: TextBlock, hasTrigger: HasTrigger): boolean {
  return block.type === 'paragraph' && endsLeadIn(block.text) && hasTrigger(block, block.sentences[block.sentences.length - 1]!.start)
}

/** Whether a text ends in a colon or `如下`, white space after it aside. */
function endsLeadIn(text: string): boolean {
  let end = text.length
  while (end > 0 && WHITE_SPACE.test(text[end - 1]!)) end--
  const last = text[end - 1]
  return last === ':' || last === '：' || (last === '下' && text[end - 2] === '如')
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

/** The first cell of each column (its header) and of each row (its label), by table. */
interface TableHeads {
  headers: Map<number, Map<number, TextBlock>>
  labels: Map<number, Map<number, TextBlock>>
}

function tableHeads(blocks: readonly TextBlock[]): TableHeads {
  const heads: TableHeads = {headers: new Map(), labels: new Map()}
  const keepFirst = (byTable: Map<number, Map<number, TextBlock>>, table: number, at: number | undefined, block: TextBlock) => {
    if (at === undefined) return
    kept(kept(byTable, table, () => new Map()), at, () => block)
  }
  for (const block of blocks) {
    const {table, tableColumn, tableRow} = block.context
    if (table === undefined) continue
    keepFirst(heads.headers, table, tableColumn, block)
    keepFirst(heads.labels, table, tableRow, block)
  }
  return heads
}

/** Whether a table cell sits under a column header, or beside a row label, that states a requirement. */
function tableInherits(heads: TableHeads, block: TextBlock, hasTrigger: HasTrigger): boolean {
  const {table, tableColumn, tableRow} = block.context
  if (block.type !== 'tableCell' || table === undefined) return false
  const header = tableColumn === undefined ? undefined : heads.headers.get(table)?.get(tableColumn)
  const label = tableRow === undefined ? undefined : heads.labels.get(table)?.get(tableRow)
  return [header, label].some((cell) => cell !== undefined && cell !== block && hasTrigger(cell, 0))
}
