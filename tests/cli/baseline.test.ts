import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import type {Baseline} from '../../src/cli/baseline-file.js'
import {runCli, scratchProject} from './helpers.js'
import {AFTER, BEFORE, commitAll, CONTRADICTION, gitProject, isolateGit, UNCHANGED, writeFiles} from './git-project.js'

interface JsonFile {
  filePath: string
  messages: {ruleId: string; line: number}[]
}

/** `[file, line, rule]` of every message of a JSON report. */
function rows(stdout: string, dir: string): [string, number, string][] {
  return (JSON.parse(stdout) as JsonFile[]).flatMap((file) => file.messages.map((m): [string, number, string] => [file.filePath.slice(dir.length + 1), m.line, m.ruleId]))
}

const INSERTED = '## 准备\n\n先确认合约状态。\n\n'

describe('factlint baseline', () => {
  it('writes today\'s findings keyed by rule, file and claim, without lines, counted', async () => {
    const dir = scratchProject({'content/a.md': UNCHANGED, 'content/b.md': `${BEFORE}\n- NTT DOCOMO：00530-111-111\n`})
    const written = await runCli(dir, 'baseline')
    expect(written).toEqual({code: 0, stdout: 'factlint: wrote 4 findings in 1 article to factlint-baseline.json\n', stderr: ''})
    const baseline = JSON.parse(readFileSync(join(dir, 'factlint-baseline.json'), 'utf8')) as Baseline
    expect(baseline).toMatchObject({factlint: 'baseline', version: 1})
    expect(baseline.findings).toEqual([
      {file: 'content/b.md', rule: 'hotline-mismatch', hash: expect.stringMatching(/^[0-9a-f]{16}$/), count: 2, claim: '00530-111-111'},
      {file: 'content/b.md', rule: 'phone-invalid', hash: expect.stringMatching(/^[0-9a-f]{16}$/), count: 2, claim: '00530-111-111'}
    ])
    expect(JSON.stringify(baseline)).not.toMatch(/"line"|"column"/)
  })

  it('hides the accepted findings, and still does after lines are inserted above them', async () => {
    const dir = scratchProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE})
    await runCli(dir, 'baseline')
    expect(await runCli(dir, 'check', '--baseline', 'factlint-baseline.json', '--no-report')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'factlint: baseline factlint-baseline.json: 2 known findings hidden, 0 no longer occur\n'
    })

    writeFileSync(join(dir, 'content/b.md'), BEFORE.replace('# 日本电话卡怎么注销\n\n', `# 日本电话卡怎么注销\n\n${INSERTED}`) + `\n${CONTRADICTION}`)
    const moved = await runCli(dir, 'check', '--format', 'json', '--no-report')
    expect(rows(moved.stdout, dir)).toContainEqual(['content/b.md', 13, 'phone-invalid'])

    const result = await runCli(dir, 'check', '--baseline', 'factlint-baseline.json', '--format', 'json', '--no-report')
    expect(rows(result.stdout, dir)).toEqual([
      ['content/a.md', 9, 'timeline-contradiction'],
      ['content/b.md', 17, 'timeline-contradiction']
    ])
    expect(result.code).toBe(0)
  })

  it('reports a second identical finding as new, and lists entries that no longer occur', async () => {
    const dir = scratchProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE})
    await runCli(dir, 'baseline')
    writeFileSync(join(dir, 'content/b.md'), `${BEFORE}\n- NTT DOCOMO：00530-111-111\n`)
    const doubled = await runCli(dir, 'check', '--baseline', 'factlint-baseline.json', '--format', 'json', '--no-report')
    expect(rows(doubled.stdout, dir)).toEqual([
      ['content/b.md', 13, 'hotline-mismatch'],
      ['content/b.md', 13, 'phone-invalid']
    ])
    expect(doubled.code).toBe(1)

    writeFileSync(join(dir, 'content/b.md'), BEFORE.replace('- NTT DOCOMO：00530-111-111\n', '- NTT DOCOMO：151\n'))
    const fixed = await runCli(dir, 'check', '--baseline', 'factlint-baseline.json', '--no-report')
    expect(fixed).toEqual({
      code: 0,
      stdout: '',
      stderr: [
        'factlint: baseline factlint-baseline.json: 0 known findings hidden, 2 no longer occur (run factlint baseline to drop them)',
        '  fixed: content/b.md  hotline-mismatch  00530-111-111',
        '  fixed: content/b.md  phone-invalid  00530-111-111',
        ''
      ].join('\n')
    })
  })

  it('keys a finding by its own sentence: an edit elsewhere on the line keeps it, an edit of its sentence makes it new', async () => {
    const line = `${CONTRADICTION.trim()}请备好护照。`
    const dir = scratchProject({'content/a.md': UNCHANGED, 'content/b.md': `${BEFORE}\n${line}\n`})
    await runCli(dir, 'baseline', '--baseline', 'ci/baseline.json')
    const baseline = JSON.parse(readFileSync(join(dir, 'ci/baseline.json'), 'utf8')) as Baseline
    expect(new Set(baseline.findings.map((entry) => entry.file))).toEqual(new Set(['../content/a.md', '../content/b.md']))
    const check = (): Promise<{code: number; stdout: string; stderr: string}> =>
      runCli(dir, 'check', '--baseline', 'ci/baseline.json', '--format', 'json', '--no-report')

    writeFileSync(join(dir, 'content/b.md'), `${BEFORE}\n${line.replace('请备好护照。', '请备好护照和在留卡。')}\n`)
    expect(rows((await check()).stdout, dir)).toEqual([])

    writeFileSync(join(dir, 'content/b.md'), `${BEFORE}\n${line.replace('一般情况下，', '通常，')}\n`)
    const edited = await check()
    expect(rows(edited.stdout, dir)).toEqual([['content/b.md', 13, 'timeline-contradiction']])
    expect(edited.stderr).toContain('  fixed: ../content/b.md  timeline-contradiction  7-10个工作日\n')
  })

  it('exits 2 for a missing or broken baseline', async () => {
    const dir = scratchProject({'content/a.md': UNCHANGED})
    expect(await runCli(dir, 'check', '--baseline', 'nope.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factlint: no baseline at nope.json; create it with: factlint baseline --baseline nope.json\n'
    })
    writeFileSync(join(dir, 'bad.json'), '{"version": 1, "findings": [{"file": "a.md", "rule": "x", "count": 0}]}')
    expect((await runCli(dir, 'check', '--baseline', 'bad.json')).stderr).toBe(
      'factlint: bad.json: findings[0] needs file, rule, hash (strings) and count (a whole number above 0)\n'
    )
  })
})

describe('a baseline in a pull request', () => {
  beforeEach(isolateGit)
  afterEach(() => vi.unstubAllEnvs())

  it('hides the old findings of a changed article that moved, and judges only changed articles for fixed entries', async () => {
    const dir = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE, 'content/c.md': BEFORE.replace('日本电话卡怎么注销', '另一篇')})
    await runCli(dir, 'baseline')
    commitAll(dir, 'baseline')
    writeFiles(dir, {'content/b.md': AFTER.replace('# 日本电话卡怎么注销\n\n', `# 日本电话卡怎么注销\n\n${INSERTED}`)})
    commitAll(dir, 'b: more text')
    const result = await runCli(dir, 'check', '--changed-since', 'HEAD~1', '--baseline', 'factlint-baseline.json', '--format', 'json', '--no-report')
    expect(rows(result.stdout, dir)).toEqual([['content/b.md', 17, 'timeline-contradiction']])
    expect(result.stderr).toBe('factlint: baseline factlint-baseline.json: 2 known findings hidden, 0 no longer occur\n')
    expect(result.code).toBe(0)
  })
})
