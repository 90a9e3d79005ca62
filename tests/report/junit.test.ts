import {describe, expect, it} from 'vitest'
import {reporters} from '../../src/report/index.js'
import {junit} from '../../src/report/junit.js'
import {HOSTILE, hostileRun, pipelineRun, seedRun} from './ci-fixtures.js'
import {sampleRun} from './fixtures.js'
import {elementsOf, parseXml, type XmlElement} from './xml.js'

/** The XML text of the hostile string as the reports write it: controls and bidi made visible. */
const HOSTILE_SHOWN = HOSTILE.replace('\u0001\u001b[31m\u007f\u0085\u202e\ufffe', '\\u0001\\u001b[31m\\u007f\\u0085\\u202e\\ufffe')

function suites(xml: string): XmlElement[] {
  const root = parseXml(xml)
  expect(root.name).toBe('testsuites')
  return elementsOf(root, 'testsuite')
}

describe('junit', () => {
  it('writes well-formed XML for the sample, pipeline, hostile and seed runs', async () => {
    for (const run of [sampleRun(), pipelineRun(), hostileRun(), await seedRun()]) parseXml(junit(run))
  })

  it('writes a testsuite per article and a testcase per finding; errors and warnings fail, infos pass', () => {
    const xml = junit(sampleRun())
    expect(parseXml(xml).attributes).toEqual({name: 'factlint', tests: '9', failures: '7', errors: '0', time: '0'})
    const [a, b, c] = suites(xml)
    expect(a!.attributes).toEqual({name: 'content/a.md', tests: '4', failures: '4', errors: '0', skipped: '0', time: '0', timestamp: '2026-11-22T08:30:00'})
    expect(elementsOf(a!, 'testcase').map((test) => test.attributes['name'])).toEqual([
      'hotline-shared at 3:14',
      'hotline-shared at 4:12',
      'hotline-shared at 5:6',
      'timeline-contradiction at 7:5'
    ])
    expect(elementsOf(a!, 'testcase')[0]!.attributes).toEqual({classname: 'content/a.md', name: 'hotline-shared at 3:14', file: 'content/a.md', line: '3', time: '0'})
    const [contradiction] = elementsOf(a!, 'failure').slice(3)
    expect(contradiction!.attributes).toEqual({message: 'Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日`', type: 'warning'})
    expect(contradiction!.text).toBe(
      [
        'warning at content/a.md:7:5-7:12',
        'Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日`',
        'Claim: 1-3个工作日',
        'Related: content/b.md:1:9 7-10个工作日',
        'Rule: timeline-contradiction (https://github.com/factlint/factlint/blob/main/docs/rules/timeline-contradiction.md)'
      ].join('\n')
    )
    const vague = elementsOf(b!, 'testcase').find((test) => test.attributes['name'] === 'duration-vague at 1:22')!
    expect(vague.children.map((child) => child.name)).toEqual(['system-out'])
    expect(elementsOf(b!, 'failure').map((failure) => failure.attributes['type'])).toEqual(['warning', 'error', 'error'])
    expect(elementsOf(c!, 'testcase')).toEqual([{name: 'testcase', attributes: {classname: 'content/c.md', name: 'no findings', file: 'content/c.md', time: '0'}, children: [], text: ''}])
  })

  it('writes an article that could not be checked as an error, and names the other article of a cross-article finding', () => {
    const all = suites(junit(pipelineRun()))
    const broken = all.find((suite) => suite.attributes['name'] === 'content/broken.md')!
    expect(broken.attributes).toMatchObject({tests: '1', failures: '0', errors: '1'})
    expect(elementsOf(broken, 'error')[0]!.attributes).toEqual({
      message: 'The article is not valid UTF-8 (first bad byte at offset 3); re-save it as UTF-8',
      type: 'article-invalid'
    })
    const softbank = all.find((suite) => suite.attributes['name'] === 'content/softbank.md')!
    expect(elementsOf(softbank, 'failure')[0]!.text).toContain('Related: content/docomo 解约.md:10:11 1-3个工作日')
  })

  it('keeps hostile text as text: ]]>, markup, quotes, line breaks and controls read back as written (controls visible)', () => {
    const xml = junit(hostileRun())
    expect(xml.replace(/[\t\n\r]/g, '')).not.toMatch(/\p{Cc}|\ufffe/u)
    const [suite] = suites(xml)
    expect(suite!.attributes['name']).toBe('content/x, y:z #1 注销.md')
    const failure = elementsOf(suite!, 'failure')[0]!
    expect(failure.attributes['message']).toBe(`Unexpected contact ${HOSTILE_SHOWN}\r\n::warning::injected`)
    expect(failure.text).toContain(`Claim: ${HOSTILE_SHOWN}\n`)
    expect(failure.children).toEqual([])
  })

  it('lists errors only when quiet, and is registered as the junit reporter', () => {
    expect(parseXml(junit(sampleRun(), {quiet: true})).attributes).toMatchObject({tests: '6', failures: '5'})
    expect(reporters.junit).toBe(junit)
  })
})
