/**
 * The strict rule tester: every rule's examples run through the whole pipeline with only that
 * rule on. A valid example must yield no message; an invalid one exactly the messages it lists
 * (a bad example that yields nothing fails, as in ESLint's RuleTester).
 */
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/checks/index.js'
import {runLint, type LoadedArticle} from '../../src/pipeline/engine.js'
import type {RuleExample} from '../../src/checks/index.js'
import {severityOf} from '../../src/report/model.js'
import {ruleData} from '../helpers/rule-data.js'

function messagesOf(ruleId: string, example: RuleExample) {
  const data = ruleData()
  const severity = data.severities[ruleId] === 'off' ? 'warning' : data.severities[ruleId]!
  const articles: LoadedArticle[] = [
    {path: 'example.md', text: example.markdown, ...(example.country ? {country: example.country} : {})},
    ...(example.others ?? []).map((other) => ({path: other.path, text: other.markdown, ...(other.country ? {country: other.country} : {})}))
  ]
  const run = runLint(articles, {cwd: '/', data, severities: {[ruleId]: severity}, docsUrl: (id) => id, version: 'test'})
  return run.files[0]!.messages.map((message) => ({
    ruleId: message.ruleId,
    severity: severityOf(message),
    line: message.place && 'start' in message.place ? message.place.start.line : 0,
    column: message.place && 'start' in message.place ? message.place.start.column : 0,
    endLine: message.place && 'end' in message.place ? message.place.end.line : 0,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : 0,
    message: message.reason
  }))
}

for (const rule of rules) {
  describe(`rule ${rule.meta.id}`, () => {
    it('has at least one good example and, unless the pipeline reports it, one bad example', () => {
      expect(rule.meta.examples.valid.length).toBeGreaterThan(0)
      if (rule.meta.id !== 'article-invalid') expect(rule.meta.examples.invalid.length).toBeGreaterThan(0)
    })
    for (const example of rule.meta.examples.valid) {
      it(`stays silent on: ${example.name}`, () => {
        expect(messagesOf(rule.meta.id, example)).toEqual([])
      })
    }
    for (const example of rule.meta.examples.invalid) {
      it(`reports: ${example.name}`, () => {
        const found = messagesOf(rule.meta.id, example)
        expect(found.length, 'an invalid example must yield messages').toBeGreaterThan(0)
        expect(found.every((m) => m.ruleId === rule.meta.id)).toBe(true)
        const expected = example.messages ?? []
        expect(found.length).toBe(expected.length)
        expected.forEach((want, index) => {
          const got = found[index]!
          expect({line: got.line, column: got.column}).toEqual({line: want.line, column: want.column})
          if (want.endLine !== undefined) expect(got.endLine).toBe(want.endLine)
          if (want.endColumn !== undefined) expect(got.endColumn).toBe(want.endColumn)
          if (want.message !== undefined) expect(got.message).toContain(want.message)
        })
      })
    }
  })
}
