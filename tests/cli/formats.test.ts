import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLEAN, runCli, scratchProject, SPAM} from './helpers.js'
import {BEFORE, runCliWith, UNCHANGED} from './git-project.js'

const WARNINGS_ONLY = CLEAN.replace('updated: 2026-11-20\n', '')

describe('check --format, several at once', () => {
  it('prints one format and writes the others to their files', async () => {
    const dir = scratchProject({'content/spam.md': SPAM, 'content/clean.md': CLEAN})
    const result = await runCli(dir, 'check', '--no-report', '--format', 'stylish', '--format', 'json=out/lint.json', '-f', 'sarif=reports/factlint.sarif', '--format', 'markdown=out/summary.md')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/ 9:14 +error +Unexpected phone number 00530-111-111/)
    const json = JSON.parse(readFileSync(join(dir, 'out/lint.json'), 'utf8')) as {filePath: string}[]
    expect(json.map((file) => file.filePath)).toEqual([join(dir, 'content/clean.md'), join(dir, 'content/spam.md')])
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/factlint.sarif'), 'utf8')) as {version: string; runs: {results: unknown[]}[]}
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0)
    expect(readFileSync(join(dir, 'out/summary.md'), 'utf8')).toMatch(/^## factlint: \d+ errors?/)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['lint.json', 'summary.md'])
  })

  it('prints nothing when every format has a file, and never colours a file', async () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    const result = await runCli(dir, 'check', '--no-report', '--color', '--format', 'json=a.json', '--format', 'stylish=b.txt')
    expect(result).toEqual({code: 1, stdout: '', stderr: ''})
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).not.toContain('\u001b[')
    expect((await runCli(dir, 'check', '--no-report', '--color')).stdout).toContain('\u001b[')
  })

  it('keeps --output-file for the format given without a path', async () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    const result = await runCli(dir, 'check', '--no-report', '--format', 'json', '--format', 'checkstyle=out/checkstyle.xml', '--output-file', 'out/lint.json')
    expect(result.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'out/lint.json'), 'utf8'))).toHaveLength(1)
    expect(readFileSync(join(dir, 'out/checkstyle.xml'), 'utf8')).toMatch(/^<\?xml/)
  })

  it('exits 2 for two formats on stdout, an --output-file no format takes, or an empty path', async () => {
    const dir = scratchProject({'content/a.md': CLEAN})
    expect(await runCli(dir, 'check', '--format', 'stylish', '--format', 'json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factlint: only one --format can go to stdout; give the others a file: --format json=reports/factlint.json\n'
    })
    expect((await runCli(dir, 'check', '--format', 'json=a.json', '--output-file', 'b.json')).stderr).toBe(
      'factlint: --output-file needs a --format without "=PATH" to write; give that format its path instead\n'
    )
    expect((await runCli(dir, 'check', '--format', 'json=')).stderr).toBe('factlint: --format json= needs a path after "="\n')
    expect((await runCli(dir, 'check', '--format', 'toString')).stderr).toMatch(/^factlint: unknown format "toString"; expected one of stylish, json, /)
  })
})

describe('GITHUB_STEP_SUMMARY', () => {
  it('gets the markdown summary appended, with links to the commit on GitHub Actions', async () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    writeFileSync(join(dir, 'summary.md'), '# Earlier step\n')
    const env = {GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_WORKSPACE: dir, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/guides', GITHUB_SHA: 'abc123'}
    const result = await runCliWith(dir, env, 'check', '--no-report', '--format', 'github')
    expect(result.stdout).toMatch(/^::error file=content\/spam\.md,line=/m)
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8')
    expect(summary).toMatch(/^# Earlier step\n## factlint: \d+ errors/)
    expect(summary).toContain('https://github.com/acme/guides/blob/abc123/content/spam.md')
  })

  it('lists the baseline findings that were fixed', async () => {
    const dir = scratchProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE})
    await runCli(dir, 'baseline')
    writeFileSync(join(dir, 'content/b.md'), BEFORE.replace('- NTT DOCOMO：00530-111-111\n', '- NTT DOCOMO：151\n'))
    const result = await runCliWith(dir, {GITHUB_STEP_SUMMARY: 'out/summary.md'}, 'check', '--no-report', '--baseline', 'factlint-baseline.json')
    expect(result.code).toBe(0)
    const summary = readFileSync(join(dir, 'out/summary.md'), 'utf8')
    expect(summary).toContain('## factlint: no new findings')
    expect(summary).toContain('### Fixed since the baseline')
    expect(summary).toMatch(/\| `content\/b\.md` \| phone-invalid \| `00530-111-111` \| +1 \|/)
  })
})

describe('check --fail-on', () => {
  it('fails on errors by default, on warnings too with warning, and never with never', async () => {
    const errors = scratchProject({'content/spam.md': SPAM})
    expect((await runCli(errors, 'check', '--no-report')).code).toBe(1)
    expect((await runCli(errors, 'check', '--no-report', '--fail-on', 'never')).code).toBe(0)
    const warnings = scratchProject({'content/a.md': WARNINGS_ONLY})
    expect((await runCli(warnings, 'check', '--no-report')).code).toBe(0)
    expect((await runCli(warnings, 'check', '--no-report', '--fail-on', 'warning')).code).toBe(1)
    expect((await runCli(warnings, 'check', '--no-report', '--fail-on', 'never')).code).toBe(0)
  })

  it('still applies --max-warnings, and refuses an unknown level', async () => {
    const dir = scratchProject({'content/a.md': WARNINGS_ONLY})
    expect(await runCli(dir, 'check', '--no-report', '--quiet', '--fail-on', 'never', '--max-warnings', '0')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'factlint: 1 warnings, more than --max-warnings 0\n'
    })
    expect(await runCli(dir, 'check', '--fail-on', 'info')).toEqual({code: 2, stdout: '', stderr: 'factlint: --fail-on takes error, warning or never, not "info"\n'})
  })
})
