/** Builders for tests: parse Markdown the way the pipeline does, and name lines of offsets. */
import {textBlocks} from '../../src/extract/blocks.js'
import {extractCarriers} from '../../src/extract/carriers.js'
import type {ExtractInput} from '../../src/extract/input.js'
import {parseMarkdown} from '../../src/pipeline/processor.js'
import type {Span} from '../../src/types.js'
import {ruleData} from './rule-data.js'

/** The extractor input for a Markdown article, with the project's rule data. */
export function inputFor(markdown: string, country?: string): ExtractInput {
  const tree = parseMarkdown(markdown)
  const blocks = textBlocks(tree, markdown)
  const data = ruleData()
  const carriers = extractCarriers({source: markdown, blocks, data})
  return {source: markdown, tree, blocks, data, carriers, ...(country ? {country} : {})}
}

/** 1-based line and column of an offset. */
export function positionOf(source: string, offset: number): {line: number; column: number} {
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - (before.lastIndexOf('\n') + 1) + 1}
}

/** `line:column-line:column` of a span, for compact assertions. */
export function where(source: string, span: Span): string {
  const a = positionOf(source, span.start)
  const b = positionOf(source, span.end)
  return `${a.line}:${a.column}-${b.line}:${b.column}`
}
