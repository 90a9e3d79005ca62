/**
 * A small custom textlint rule, the kind a team would write to stand in for factlint's
 * extraction: it scans every text node for phone numbers and links and reports each one.
 */

interface TxtNode {
  type: string
  range: readonly [number, number]
}

interface RuleContext {
  Syntax: {Str: string}
  RuleError: new (message: string, padding: {index: number}) => unknown
  report(node: TxtNode, error: unknown): void
  getSource(node: TxtNode): string
}

const PHONE = /(?:\+\d{1,3}[\s-]?)?(?:0\d{1,4}[\s-]\d{1,4}[\s-]\d{3,4}|0120[\s-]?\d{3}[\s-]?\d{3}|\b1\d{2}\b)/g
const LINK = /https?:\/\/[^\s)\]」』）]+/g

/** The rule: reports phone numbers and links in text nodes. */
export default function phonesLinks(context: RuleContext): Record<string, (node: TxtNode) => void> {
  const {Syntax, RuleError, report, getSource} = context
  return {
    [Syntax.Str](node) {
      const text = getSource(node)
      for (const match of text.matchAll(PHONE)) report(node, new RuleError(`Phone number ${match[0]}`, {index: match.index}))
      for (const match of text.matchAll(LINK)) report(node, new RuleError(`Link ${match[0]}`, {index: match.index}))
    }
  }
}
