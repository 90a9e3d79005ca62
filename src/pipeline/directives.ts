/**
 * Inline control with HTML comments, as in ESLint:
 *
 * - `<!-- factlint-disable-next-line rule-id, other-id -- reason -->` silences the next line;
 * - `<!-- factlint-disable-line rule-id -->` silences its own line;
 * - `<!-- factlint-disable rule-id -->` … `<!-- factlint-enable rule-id -->` silence a range.
 *
 * With no rule ids a directive applies to every rule. Unknown ids are reported.
 */
import type {Root} from 'mdast'
import {walkTree} from '../extract/tree-walk.js'
import type {Report} from '../checks/rule.js'
import {lineOf} from '../checks/places.js'

/** Rule ids a directive names, or every rule. */
type RuleSet = string[] | 'all'

/** What the directives of an article silence: plain data, so results can be cached. */
export interface Directives {
  /** Lines (1-based) silenced for some rules. */
  lines: {rules: RuleSet; line: number}[]
  /** Offset ranges silenced for some rules. */
  ranges: {rules: RuleSet; start: number; end: number}[]
  /** Directives naming unknown rules. */
  problems: Report[]
}

const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g

/** Reads the directives of an article. */
export function readDirectives(tree: Root, source: string, lineStarts: readonly number[], knownRules: ReadonlySet<string>): Directives {
  const ranges: Directives['ranges'] = []
  const lines: Directives['lines'] = []
  const open = new Map<string, number>()
  const problems: Report[] = []

  // Most articles have no directive: skip the walk (every directive holds `factlint-` in the source).
  if (!source.includes('factlint-')) return {lines, ranges, problems}
  walkTree(tree, (node) => {
    const base = node.position?.start.offset
    if (node.type !== 'html' || base === undefined) return
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const start = base + match.index
      const end = start + match[0].length
      const ids = match[2]!.split(/\s--\s|\s--$/)[0]!.split(/[\s,]+/).filter(Boolean)
      for (const id of ids) {
        if (!knownRules.has(id)) {
          problems.push({span: {start, end}, message: `Unexpected unknown rule "${id}" in a factlint directive; it disables nothing`, actual: id})
        }
      }
      const rules: RuleSet = ids.length ? ids : 'all'
      const kind = match[1]!
      if (kind === 'disable-next-line') lines.push({rules, line: lineOf(lineStarts, end) + 1})
      else if (kind === 'disable-line') lines.push({rules, line: lineOf(lineStarts, start)})
      else if (kind === 'disable') for (const id of rules === 'all' ? ['*'] : rules) open.set(id, open.get(id) ?? end)
      else closeRanges(open, rules, start, ranges)
    }
  })
  closeRanges(open, 'all', source.length, ranges)

  return {lines, ranges, problems}
}

/** Whether the directives silence a message of `ruleId` starting at `offset`. */
export function isSilenced(directives: Directives, lineStarts: readonly number[], ruleId: string, offset: number): boolean {
  const line = lineOf(lineStarts, offset)
  return (
    directives.lines.some((entry) => entry.line === line && applies(entry.rules, ruleId)) ||
    directives.ranges.some((range) => offset >= range.start && offset < range.end && applies(range.rules, ruleId))
  )
}

function applies(rules: RuleSet, ruleId: string): boolean {
  return rules === 'all' || rules.includes(ruleId)
}

/** Ends the open ranges an `enable` closes (all of them when it names no rule). */
function closeRanges(open: Map<string, number>, rules: RuleSet, at: number, ranges: Directives['ranges']): void {
  for (const [id, start] of [...open]) {
    if (rules !== 'all' && !rules.includes(id)) continue
    ranges.push({rules: id === '*' ? 'all' : [id], start, end: at})
    open.delete(id)
  }
}
