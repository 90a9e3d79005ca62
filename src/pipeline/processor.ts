/**
 * The unified processor factlint parses articles with: CommonMark (remark-parse), YAML frontmatter,
 * GitHub Flavored Markdown (tables, autolinks) and CJK-friendly emphasis (`**注意：**正文`).
 */
import type {Root} from 'mdast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly).freeze()

/** Parses Markdown into an mdast tree whose positions are offsets in `source`. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source)
}
