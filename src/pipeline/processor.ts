/**
 * The unified processor factlint parses articles with: CommonMark (remark-parse), YAML frontmatter,
 * GFM tables (see {@link remarkGfmTable} for why not all of GFM) and CJK-friendly emphasis
 * (`**注意：**正文`).
 */
import type {Root} from 'mdast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import remarkGfmTable from './remark-gfm-table.js'

/** The processor, with or without the GFM table syntax (see {@link mayHoldTable}). */
function processor(tables: boolean) {
  const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
  return (tables ? base.use(remarkGfmTable) : base).use(remarkCjkFriendly).freeze()
}

const withTables = processor(true)
const withoutTables = processor(false)

/**
 * Whether `source` may hold a GFM table. A table's delimiter row needs a `|`, or an alignment colon
 * against a dash (`:--`, `--:`); without either, the table syntax, which is tried at the start of
 * every block and costs about a tenth of a parse, cannot match, and the tree is the same without it.
 */
export function mayHoldTable(source: string): boolean {
  return source.includes('|') || source.includes(':-') || source.includes('-:')
}

/** Parses Markdown into an mdast tree whose positions are offsets in `source`. */
export function parseMarkdown(source: string): Root {
  return (mayHoldTable(source) ? withTables : withoutTables).parse(source)
}
