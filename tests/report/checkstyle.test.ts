import {describe, expect, it} from 'vitest'
import {checkstyle} from '../../src/report/checkstyle.js'
import {reporters} from '../../src/report/index.js'
import {xmlAttribute, xmlText} from '../../src/report/xml-escape.js'
import {HOSTILE, hostileRun, pipelineRun, seedRun} from './ci-fixtures.js'
import {article, runOf, say} from './fixtures.js'
import {elementsOf, parseXml} from './xml.js'

describe('checkstyle', () => {
  it('writes what ESLint’s checkstyle formatter writes: one line, absolute paths, `message (rule)`, factlint.rules.* sources', () => {
    const file = article('content/a.md', '审核需要1-3个工作日。\n联系 @esim1088\n')
    say(file, {ruleId: 'timeline-contradiction', reason: 'Unexpected `1-3个工作日`', on: '1-3个工作日', severity: 'warning'})
    say(file, {ruleId: 'spam-contact', reason: 'Unexpected handle <@esim1088> & "more"', on: '@esim1088', severity: 'error'})
    say(file, {ruleId: 'duration-vague', reason: 'Vague', on: '审核', severity: 'info'})
    expect(checkstyle(runOf([file, article('content/clean.md', '干净\n')]))).toBe(
      '<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">' +
        '<file name="/repo/content/a.md">' +
        '<error line="1" column="1" severity="info" message="Vague (duration-vague)" source="factlint.rules.duration-vague" />' +
        '<error line="1" column="5" severity="warning" message="Unexpected `1-3个工作日` (timeline-contradiction)" source="factlint.rules.timeline-contradiction" />' +
        '<error line="2" column="4" severity="error" message="Unexpected handle &lt;@esim1088&gt; &amp; &quot;more&quot; (spam-contact)" source="factlint.rules.spam-contact" />' +
        '</file><file name="/repo/content/clean.md"></file></checkstyle>\n'
    )
  })

  it('writes well-formed XML for the pipeline and seed runs, every article a file element', async () => {
    const pipeline = parseXml(checkstyle(pipelineRun()))
    expect(elementsOf(pipeline, 'file').map((file) => file.attributes['name'])).toEqual([
      '/repo/content/docomo 解约.md',
      '/repo/content/softbank.md',
      '/repo/content/clean.md',
      '/repo/content/broken.md'
    ])
    const run = pipelineRun()
    expect(elementsOf(pipeline, 'error').map((error) => error.attributes['severity'])).toEqual(
      run.files.flatMap((file) => file.messages.map((message) => (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info')))
    )
    expect(elementsOf(parseXml(checkstyle(await seedRun())), 'file')).toHaveLength(5)
  })

  it('keeps hostile paths and text as attribute values that read back as written (controls visible)', () => {
    const root = parseXml(checkstyle(hostileRun()))
    expect(elementsOf(root, 'file')[0]!.attributes['name']).toBe('/repo/content/x, y:z #1 注销.md')
    const message = elementsOf(root, 'error')[0]!.attributes['message']!
    expect(message.startsWith('Unexpected contact ]]> <script>alert(1)</script> &amp; @everyone')).toBe(true)
    expect(message).toContain('\\u0001\\u001b[31m\\u007f\\u0085\\u202e\\ufffe end\r\n::warning::injected (spam-contact)')
    expect(HOSTILE).toContain(']]>')
  })

  it('escapes for XML: entities, line breaks in attributes, characters XML cannot hold made visible', () => {
    expect(xmlText(']]> <a href="x">&\'')).toBe(']]&gt; &lt;a href=&quot;x&quot;&gt;&amp;&apos;')
    expect(xmlAttribute('a\tb\r\nc')).toBe('a&#9;b&#13;&#10;c')
    expect(xmlText('\u0000\u0008\u000b\u001b\udfff|\ud800\ufffe\uffff\u202e')).toBe('\\u0000\\u0008\\u000b\\u001b\\udfff|\\ud800\\ufffe\\uffff\\u202e')
    expect(xmlText('中文😀\u200d')).toBe('中文😀\u200d')
  })

  it('is registered as the checkstyle reporter', () => {
    expect(reporters.checkstyle).toBe(checkstyle)
  })
})
