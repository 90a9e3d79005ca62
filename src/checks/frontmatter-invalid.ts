/**
 * `frontmatter-invalid`: the article's YAML frontmatter is missing, is not valid YAML, or does not
 * match `rules/schema/frontmatter.schema.json` (title, lang, country, carriers, updated).
 */
import {definePipelineRule} from './rule.js'

/** The `frontmatter-invalid` rule. */
export const frontmatterInvalid = definePipelineRule({
  id: 'frontmatter-invalid',
  description: 'Articles need valid frontmatter: title, lang, country, updated and known carrier ids.',
  examples: {
    valid: [{name: 'complete frontmatter', markdown: '---\ntitle: 如何注销\nlang: zh-Hans\ncountry: JP\ncarriers: [jp.docomo]\nupdated: 2026-11-01\n---\n\n正文。\n'}],
    invalid: [
      {name: 'no frontmatter', markdown: '# 标题\n\n正文。\n', messages: [{line: 1, column: 1}]},
      {name: 'a missing field', markdown: '---\ntitle: 如何注销\nlang: zh-Hans\nupdated: 2026-11-01\n---\n正文。\n', messages: [{line: 2, column: 1}]},
      {
        name: 'an invalid value and an unknown carrier',
        markdown: '---\ntitle: 如何注销\nlang: chinese\ncountry: JP\ncarriers: [jp.dokomo]\nupdated: 2026-11-01\n---\n正文。\n',
        messages: [
          {line: 3, column: 7},
          {line: 5, column: 12}
        ]
      }
    ]
  }
})
