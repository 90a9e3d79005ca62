/**
 * `unknown-disable-directive`: a `<!-- factlint-disable... -->` comment names a rule that does not
 * exist, so it disables nothing (usually a typo).
 */
import {definePipelineRule} from './rule.js'

/** The `unknown-disable-directive` rule. */
export const unknownDisableDirective = definePipelineRule({
  id: 'unknown-disable-directive',
  description: 'Inline disable comments must name existing rules.',
  examples: {
    valid: [{name: 'a known rule', markdown: '<!-- factlint-disable-next-line spam-link -- quoted as an example -->\n正文。\n'}],
    invalid: [{name: 'a typo', markdown: '<!-- factlint-disable-next-line spam-links -->\n正文。\n', messages: [{line: 1, column: 1}]}]
  }
})
