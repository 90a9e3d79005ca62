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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable).use(remarkCjkFriendly).freeze()

/** Parses Markdown into an mdast tree whose positions are offsets in `source`. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source)
}
