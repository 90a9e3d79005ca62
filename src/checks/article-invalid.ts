/**
 * `article-invalid`: the article cannot be checked at all: it is empty, is not valid UTF-8, or
 * cannot be read. The other articles of the run are still checked.
 */
import {definePipelineRule} from './rule.js'

/** The `article-invalid` rule (reported by the pipeline before any rule runs). */
export const articleInvalid = definePipelineRule({
  id: 'article-invalid',
  description: 'Articles must be readable, non-empty UTF-8 text.',
  examples: {
    valid: [{name: 'a short article', markdown: '# 标题\n\n正文。\n'}],
    invalid: []
  }
})
