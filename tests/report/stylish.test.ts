import {describe, expect, it} from 'vitest'
import {reporters} from '../../src/report/index.js'
import {stylish, stylishChunks} from '../../src/report/stylish.js'
import {displayWidth} from '../../src/report/text-width.js'
import {article, relatedTo, runOf, sampleRun, say, SOURCES} from './fixtures.js'

/** Every escape sequence the reporter itself writes when colour is on. */
const OWN_STYLES = new RegExp(`${String.fromCharCode(27)}\\[(?:1|2|4|22|24|31|33|36|39)m`, 'g')

function smallRun() {
  const source = '- NTT DOCOMO：00530-111-111\n- SoftBank：00530-111-111\n\n审核需要1-3个工作日。\n'
  const file = article('content/a.md', source)
  say(file, {
    ruleId: 'hotline-shared',
    reason: 'Unexpected hotline `00530-111-111` for SoftBank, also stated for NTT DOCOMO',
    on: '00530-111-111',
    nth: 1,
    severity: 'error',
    related: [relatedTo('content/a.md', source, '00530-111-111')]
  })
  say(file, {ruleId: 'timeline-contradiction', reason: '审核时间与 content/b.md 矛盾', on: '1-3个工作日', severity: 'warning'})
  const other = article('content/b.md', '几个工作日\n')
  say(other, {ruleId: 'duration-vague', reason: 'Vague duration', on: '几个工作日', severity: 'info'})
  return runOf([file, article('content/clean.md', '干净\n'), other])
}

describe('stylish', () => {
  it('prints aligned rows per file, related places and a summary', () => {
    expect(stylish(smallRun())).toBe(
      [
        '',
        'content/a.md',
        '  2:12  error    Unexpected hotline `00530-111-111` for SoftBank, also stated for NTT DOCOMO  hotline-shared',
        '    ↳ content/a.md:1:14 "00530-111-111"',
        '  4:5   warning  审核时间与 content/b.md 矛盾                                                 timeline-contradiction',
        '',
        'content/b.md',
        '  1:1  info  Vague duration  duration-vague',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        ''
      ].join('\n')
    )
  })

  it('aligns rule ids by terminal columns, counting CJK, full-width and emoji as two', () => {
    const file = article('content/x.md', 'TG💪+ ＠esim1088 都科摩\n')
    say(file, {ruleId: 'spam-contact', reason: 'Unexpected handle `TG💪+ ＠esim1088`', on: 'TG', severity: 'error'})
    say(file, {ruleId: 'carrier-alias', reason: '都科摩 is NTT docomo', on: '都科摩', severity: 'info'})
    say(file, {ruleId: 'ascii', reason: 'ascii only', on: 'esim', severity: 'warning'})
    const rows = stylish(runOf([file])).split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line))
    expect(rows).toHaveLength(3)
    const ruleColumns = rows.map((row) => displayWidth(row.slice(0, row.search(/\S+$/))))
    expect(ruleColumns).toEqual([55, 55, 55])
  })

  it('counts the sample run and says what --fix can correct', () => {
    const output = stylish(sampleRun())
    expect(output).toContain('\n✖ 8 problems (5 errors, 2 warnings, 1 info)\n')
    expect(output).toContain('  1 error and 0 warnings potentially fixable with the `--fix` option.\n')
    expect(output.match(/^ {4}↳ /gm)).toHaveLength(8)
  })

  it('hands its text over a block per file with messages, then the summary', () => {
    const pieces = [...stylishChunks(sampleRun())]
    expect(pieces.map((piece) => piece.split('\n')[1])).toEqual(['content/a.md', 'content/b.md', '✖ 8 problems (5 errors, 2 warnings, 1 info)'])
    expect(pieces.every((piece) => piece.startsWith('\n') && piece.endsWith('\n'))).toBe(true)
    expect(pieces.join('')).toBe(stylish(sampleRun()))
    expect([...stylishChunks(runOf([article('content/clean.md', '干净\n')]))]).toEqual([])
  })

  it('shows errors only when quiet, and nothing when nothing is shown', () => {
    const output = stylish(smallRun(), {quiet: true})
    expect(output).not.toContain('warning  ')
    expect(output).not.toContain('content/b.md\n')
    expect(output).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)')
    const clean = runOf([article('content/clean.md', '干净\n')])
    expect(stylish(clean)).toBe('')
    const onlyInfo = runOf([article('content/b.md', '几个工作日\n')])
    say(onlyInfo.files[0]!, {ruleId: 'duration-vague', reason: 'Vague', on: '几个', severity: 'info'})
    expect(stylish(onlyInfo, {quiet: true})).toBe('')
  })

  it('writes no escape codes by default and its own styles with color', () => {
    expect(stylish(sampleRun())).not.toContain('\u001b')
    const colored = stylish(smallRun(), {color: true})
    expect(colored).toContain('\u001b[31merror\u001b[39m')
    expect(colored).toContain('\u001b[33mwarning\u001b[39m')
    expect(colored).toContain('\u001b[36minfo\u001b[39m')
    expect(colored).toContain('\u001b[4mcontent/a.md\u001b[24m')
    expect(colored.replace(OWN_STYLES, '')).toBe(stylish(smallRun()))
  })

  it('neutralises control characters and ANSI escapes from article text', () => {
    const source = '客服\u001b[31m电话\u001b[0m：0120\n'
    const file = article('content/\u001b[2Jevil.md', source)
    say(file, {
      ruleId: 'phone-invalid',
      reason: 'Unexpected number `客服\u001b[31m电话\u001b[0m`\nline two\r\u202eevil\t!',
      on: '0120',
      severity: 'error',
      related: [{file: 'content/\u0007b.md', line: 1, column: 1, endLine: 1, endColumn: 4, text: '\u001b]8;;http://evil\u0007x\u009b31m'}]
    })
    for (const color of [false, true]) {
      const output = stylish(runOf([file]), {color})
      expect(output.replace(OWN_STYLES, '').replaceAll('\n', '')).not.toMatch(/[\p{Cc}\u202e]/u)
      expect(output).toContain('content/\\u001b[2Jevil.md')
      expect(output).toContain('Unexpected number `客服\\u001b[31m电话\\u001b[0m`\\nline two\\r\\u202eevil\\t!')
      expect(output).toContain('↳ content/\\u0007b.md:1:1 "\\u001b]8;;http://evil\\u0007x\\u009b31m"')
    }
  })

  it('prints 0:0 for a message without a place', () => {
    const file = article('content/broken.md', '')
    const message = file.message('Cannot read file', {source: 'factlint'})
    message.fatal = true
    message.articleFatal = true
    expect(stylish(runOf([file]))).toBe('\ncontent/broken.md\n  0:0  error  Cannot read file\n\n✖ 1 problem (1 error, 0 warnings, 0 infos)\n')
  })

  it('is registered as the stylish reporter', () => {
    expect(reporters.stylish).toBe(stylish)
    expect(SOURCES.a).toContain('NTT DOCOMO：00530-111-111')
  })
})

describe('displayWidth', () => {
  it('counts ASCII as one column, CJK and emoji as two, marks and joiners as none', () => {
    expect(displayWidth('0120-800-000')).toBe(12)
    expect(displayWidth('注销需要1-3个工作日')).toBe(19)
    expect(displayWidth('ＴＧ：＠esim1088')).toBe(16)
    expect(displayWidth('TG💪+ @esim1088')).toBe(15)
    expect(displayWidth('e\u0301\u200b')).toBe(1)
    expect(displayWidth('👨\u200d👩')).toBe(4)
    expect(displayWidth('')).toBe(0)
  })
})
