import {describe, expect, it} from 'vitest'
import {runLint} from '../../src/pipeline/engine.js'
import {ruleData} from '../helpers/rule-data.js'

function ruleLines(markdown: string): string[] {
  const data = ruleData()
  const run = runLint([{path: 'a.md', text: markdown, country: 'JP'}], {cwd: '/', data, severities: data.severities, docsUrl: (id) => id, version: 't'})
  return run.files[0]!.messages
    .filter((m) => m.ruleId !== 'frontmatter-invalid')
    .map((m) => `${m.place && 'start' in m.place ? m.place.start.line : 0} ${m.ruleId}`)
}

const SPAM_LINE = '加入我们[TG @esim1088](https://t.me/s/esim1088)'

describe('inline directives', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const md = `<!-- factlint-disable-next-line spam-link -- quoted as an example of spam -->\n${SPAM_LINE}\n\n${SPAM_LINE}\n`
    expect(ruleLines(md)).toEqual(['4 spam-link'])
  })

  it('disable-next-line without ids silences every rule; other ids leave the rule on', () => {
    expect(ruleLines(`<!-- factlint-disable-next-line -->\n${SPAM_LINE}\n`)).toEqual([])
    expect(ruleLines(`<!-- factlint-disable-next-line phone-invalid, spam-image -->\n${SPAM_LINE}\n`)).toEqual(['2 spam-link'])
  })

  it('disable-line silences its own line', () => {
    expect(ruleLines(`${SPAM_LINE} <!-- factlint-disable-line spam-link -->\n`)).toEqual([])
  })

  it('disable and enable silence a range', () => {
    const md = `${SPAM_LINE}\n\n<!-- factlint-disable spam-link -->\n\n${SPAM_LINE}\n\n<!-- factlint-enable spam-link -->\n\n${SPAM_LINE}\n`
    expect(ruleLines(md)).toEqual(['1 spam-link', '9 spam-link'])
  })

  it('a disable without enable runs to the end of the article', () => {
    expect(ruleLines(`<!-- factlint-disable -->\n\n${SPAM_LINE}\n\n- NTT DOCOMO：00530-111-111\n`)).toEqual([])
  })

  it('reports directives naming unknown rules', () => {
    expect(ruleLines(`<!-- factlint-disable-next-line spam-links -->\n${SPAM_LINE}\n`)).toEqual(['1 unknown-disable-directive', '2 spam-link'])
  })
})
