/** Parsing the reports' Markdown the way GitHub renders it (CommonMark + GFM), to check what renders. */
import type {Nodes, Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

/** The mdast tree of `markdown`. */
export function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

/** Every node of `tree` of type `type`. */
export function nodesOf<T extends Nodes['type']>(tree: Root, type: T): Extract<Nodes, {type: T}>[] {
  const found: Extract<Nodes, {type: T}>[] = []
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, {type: T}>)
  })
  return found
}

/** The visible text of each cell of each row of `table`. */
export function cellTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)))
}

/** Node types that would make article text active in a rendered report. */
export const ACTIVE = ['link', 'image', 'html', 'linkReference', 'imageReference', 'definition', 'footnoteReference'] as const
