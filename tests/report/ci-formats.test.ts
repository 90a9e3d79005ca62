/**
 * Every `--format` on one corpus linted by the real pipeline: Chinese text, an emoji before a spam
 * link, a contradiction between two articles and an article that cannot be read.
 */
import {describe, expect, it} from 'vitest'
import {reporters} from '../../src/report/index.js'
import {pipelineRun} from './ci-fixtures.js'

describe('every CI format', () => {
  it('is registered under its --format name', () => {
    expect(Object.keys(reporters).sort()).toEqual(['checkstyle', 'codequality', 'github', 'json', 'junit', 'markdown', 'rdjson', 'rdjsonl', 'sarif', 'stylish'])
  })

  for (const [name, reporter] of Object.entries(reporters)) {
    it(`${name}: reports the corpus deterministically, with the Chinese claims, the cross-article finding and the unreadable article`, () => {
      const output = reporter(pipelineRun())
      expect(output).toBe(reporter(pipelineRun()))
      expect(output.endsWith('\n')).toBe(true)
      expect(output).toContain('1-3个工作日')
      expect(output).toContain('7-10个工作日')
      // The contradiction sits on softbank.md and names the other article (with its CJK path) and line.
      expect(output).toMatch(/content\/docomo(?: |%20)(?:解约|%E8%A7%A3%E7%BA%A6)\.md:10/)
      expect(output).toContain('content/broken.md')
      expect(output).not.toContain('\u001b')
    })
  }
})
