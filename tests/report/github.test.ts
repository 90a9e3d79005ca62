import {describe, expect, it} from 'vitest'
import {github} from '../../src/report/github.js'
import {escapeData, escapeProperty} from '../../src/report/github-escape.js'
import {reporters} from '../../src/report/index.js'
import type {Severity} from '../../src/types.js'
import {HOSTILE, hostileRun, pipelineRun} from './ci-fixtures.js'
import {article, runOf, sampleRun, say} from './fixtures.js'

/** A workflow command as the runner reads it: name, properties and message, un-escaped the runner's way. */
interface Command {
  command: string
  properties: Record<string, string>
  message: string
}

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%')
}

function unescapeProperty(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%')
}

function parse(output: string): Command[] {
  expect(output === '' || output.endsWith('\n')).toBe(true)
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)
      expect(match, line).not.toBeNull()
      const properties: Record<string, string> = {}
      for (const pair of match![2]?.split(',') ?? []) {
        const at = pair.indexOf('=')
        properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
      }
      return {command: match![1]!, properties, message: unescapeData(match![3]!)}
    })
}

describe('github', () => {
  it('writes one annotation per finding, errors first, with file, lines, UTF-16 columns and a factlint(rule) title', () => {
    const commands = parse(github(sampleRun()))
    expect(commands.map((command) => [command.command, command.properties['title'], command.properties['file'], command.properties['line']])).toEqual([
      ['error', 'factlint(hotline-shared)', 'content/a.md', '3'],
      ['error', 'factlint(hotline-shared)', 'content/a.md', '4'],
      ['error', 'factlint(hotline-shared)', 'content/a.md', '5'],
      ['error', 'factlint(spam-link)', 'content/b.md', '5'],
      ['error', 'factlint(spam-contact)', 'content/b.md', '5'],
      ['warning', 'factlint(timeline-contradiction)', 'content/a.md', '7'],
      ['warning', 'factlint(timeline-contradiction)', 'content/b.md', '1'],
      ['notice', 'factlint(duration-vague)', 'content/b.md', '1']
    ])
    expect(github(sampleRun()).split('\n')[4]).toBe(
      '::error file=content/b.md,line=5,endLine=5,col=13,endColumn=22,title=factlint(spam-contact)::' +
        'Unexpected Telegram handle `@esim1088`%0Ahttps://github.com/factlint/factlint/blob/main/docs/rules/spam-contact.md'
    )
  })

  it('names the other article of a cross-article finding in the message', () => {
    const warning = parse(github(sampleRun())).find((command) => command.command === 'warning')!
    expect(warning.message).toBe(
      'Unexpected review time `1-3个工作日`, content/b.md says `7-10个工作日`\n' +
        '  ↳ content/b.md:1:9 “7-10个工作日”\n' +
        'https://github.com/factlint/factlint/blob/main/docs/rules/timeline-contradiction.md'
    )
  })

  it('annotates the pipeline corpus: CJK paths as they are, the unreadable article as an error', () => {
    const commands = parse(github(pipelineRun()))
    expect(commands.filter((command) => command.command === 'error').map((command) => command.properties['file'])).toContain('content/broken.md')
    const spam = commands.find((command) => command.properties['title'] === 'factlint(spam-link)')!
    expect(spam.properties).toMatchObject({file: 'content/docomo 解约.md', line: '15', col: '12'})
    expect(commands.at(-1)!.command).toBe('warning')
  })

  it('escapes data and properties exactly as the runner un-escapes them', () => {
    expect(escapeData('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab:c,d')
    expect(escapeProperty('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab%3Ac%2Cd')
    expect(escapeData('%0A')).toBe('%250A')
  })

  it('keeps hostile text inside its one command: paths and messages round-trip, controls are made visible', () => {
    const output = github(hostileRun())
    expect(output.split('\n').filter(Boolean)).toHaveLength(1)
    expect(output.replaceAll('\n', '')).not.toMatch(/\p{Cc}|\u202e/u)
    const [command] = parse(output)
    expect(command!.properties['file']).toBe('content/x, y:z #1 注销.md')
    expect(command!.message.split('\n')[0]).toBe(
      'Unexpected contact ]]> <script>alert(1)</script> &amp; @everyone [x](1) {0} 100% %0A ::error::x ,a:b "q" \'s\' ' +
        '\\u0001\\u001b[31m\\u007f\\u0085\\u202e\ufffe end\r'
    )
    expect(command!.message.split('\n')[1]).toBe('::warning::injected')
    expect(HOSTILE).toContain('%0A')
  })

  it('gives columns only to annotations on one line', () => {
    const file = article('content/a.md', '第一行\n第二行\n')
    say(file, {ruleId: 'spam-link', reason: 'Two lines', on: '行\n第', severity: 'error'})
    expect(parse(github(runOf([file])))[0]!.properties).toEqual({file: 'content/a.md', line: '1', endLine: '2', title: 'factlint(spam-link)'})
  })

  it('shows at most 10 of each level, the most important first, and says how many more are in the report', () => {
    const severities: [Severity, string, number][] = [
      ['error', 'spam-link', 14],
      ['error', 'hotline-shared', 11],
      ['warning', 'timeline-contradiction', 13],
      ['info', 'duration-vague', 3]
    ]
    const files = ['content/b.md', 'content/a.md'].map((path) => article(path, `${'行\n'.repeat(20)}`))
    for (const [severity, ruleId, count] of severities) {
      for (let index = 0; index < count; index++) say(files[index % 2]!, {ruleId, reason: `${ruleId} ${index}`, on: '行', nth: index % 20, severity})
    }
    const commands = parse(github(runOf(files)))
    const of = (name: string): Command[] => commands.filter((command) => command.command === name)
    expect(of('error')).toHaveLength(10)
    expect(of('warning')).toHaveLength(10)
    // hotline-shared comes before spam-link in the run's rules; then path, then line.
    expect(of('error').map((command) => command.properties['title'])).toEqual(Array(10).fill('factlint(hotline-shared)'))
    expect(of('error').slice(0, 6).map((command) => `${command.properties['file']}:${command.properties['line']}`)).toEqual([
      'content/a.md:2',
      'content/a.md:4',
      'content/a.md:6',
      'content/a.md:8',
      'content/a.md:10',
      'content/b.md:1'
    ])
    expect(of('notice')).toHaveLength(4)
    expect(commands.at(-1)).toEqual({
      command: 'notice',
      properties: {title: 'factlint'},
      message: '15 more errors and 3 more warnings are in the report; GitHub shows at most 10 annotations of each level per step'
    })
  })

  it('writes nothing for a clean run, errors only when quiet, and is registered as the github reporter', () => {
    expect(github(runOf([article('content/clean.md', '干净\n')]))).toBe('')
    expect(parse(github(sampleRun(), {quiet: true})).map((command) => command.command)).toEqual(Array(5).fill('error'))
    expect(reporters.github).toBe(github)
  })
})
