import {describe, expect, it} from 'vitest'
import {fingerprintFields, fingerprints} from '../../src/report/fingerprint.js'
import {article, say} from './fixtures.js'

const SOURCE = '审核需要1-3个工作日。生效需要１－３个工作日。\n\n联系 @esim1088\n\n联系 @esim1088\n'

function printsOf(path: string, source: string): string[] {
  const file = article(path, source)
  say(file, {ruleId: 'timeline-contradiction', reason: 'r', on: '1-3个工作日', severity: 'warning', actual: '1-3个工作日'})
  say(file, {ruleId: 'spam-contact', reason: 'r', on: '@esim1088', nth: 1, severity: 'error', actual: '@esim1088'})
  say(file, {ruleId: 'spam-contact', reason: 'r', on: '@esim1088', nth: 0, severity: 'error', actual: '@esim1088'})
  const found = fingerprints(file)
  return file.messages.map((message) => found.get(message)!)
}

describe('fingerprints', () => {
  it('hash rule, file, claim and the sentence around it, normalised', () => {
    const file = article('content/a.md', SOURCE)
    const message = say(file, {ruleId: 'timeline-contradiction', reason: 'r', on: '１－３个工作日', severity: 'warning'})
    expect(fingerprintFields(file, message)).toEqual({
      ruleId: 'timeline-contradiction',
      file: 'content/a.md',
      claim: '1-3个工作日',
      context: '生效需要1-3个工作日。'
    })
  })

  it('survive lines inserted above and edits elsewhere, but not a change of the claim, its sentence, rule or file', () => {
    const base = printsOf('content/a.md', SOURCE)
    expect(printsOf('content/a.md', `# 标题\n\n新的段落。\n\n${SOURCE}`)).toEqual(base)
    expect(printsOf('content/a.md', `${SOURCE}\n结尾新增。\n`)).toEqual(base)
    expect(printsOf('content/a.md', SOURCE.replace('审核需要', '审核通常需要'))[0]).not.toBe(base[0])
    expect(printsOf('content/b.md', SOURCE)[0]).not.toBe(base[0])
  })

  it('tell equal findings apart by occurrence in position order, whatever the message order', () => {
    const [, second, first] = printsOf('content/a.md', SOURCE)
    expect(first!.replace(/:\d+$/, '')).toBe(second!.replace(/:\d+$/, ''))
    expect([first!.slice(-2), second!.slice(-2)]).toEqual([':1', ':2'])
  })
})
