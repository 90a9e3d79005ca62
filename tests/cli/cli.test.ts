import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLEAN, runCli, scratchProject, SPAM} from './helpers.js'

describe('factlint check: exit codes and formats', () => {
  it('exits 0 and prints nothing on clean articles, and writes the editorial report', async () => {
    const dir = scratchProject({'content/clean.md': CLEAN})
    const result = await runCli(dir, 'check')
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    const report = readFileSync(join(dir, 'reports/editorial-report.md'), 'utf8')
    expect(report).toContain('0120-800-000')
    expect(report).toMatch(/\| jp\.docomo \| `0120-800-000` \|.*verified/)
  })

  it('exits 1 on errors and prints stylish rows with positions', async () => {
    const dir = scratchProject({'content/clean.md': CLEAN, 'content/spam.md': SPAM})
    const result = await runCli(dir, 'check')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('content/spam.md')
    expect(result.stdout).toMatch(/ 7:\d+ +error +Unexpected promotional link to t\.me/)
    expect(result.stdout).toMatch(/ 9:14 +error +Unexpected phone number 00530-111-111: it cannot exist in Japan +phone-invalid/)
    expect(result.stdout).not.toContain('content/clean.md')
  })

  it('prints the ESLint JSON shape with --format json, to a file with --output-file', async () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    const result = await runCli(dir, 'check', '--format', 'json', '--output-file', 'out/lint.json', '--no-report')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(existsSync(join(dir, 'reports'))).toBe(false)
    const json = JSON.parse(readFileSync(join(dir, 'out/lint.json'), 'utf8')) as {
      filePath: string
      errorCount: number
      warningCount: number
      messages: {ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number}[]
    }[]
    expect(json).toHaveLength(1)
    expect(json[0]!.filePath).toBe(join(dir, 'content/spam.md'))
    const invalid = json[0]!.messages.filter((m) => m.ruleId === 'phone-invalid')
    expect(invalid).toEqual([
      expect.objectContaining({severity: 2, line: 9, column: 14, endLine: 9, endColumn: 27}),
      expect.objectContaining({severity: 2, line: 10, column: 12, endLine: 10, endColumn: 25})
    ])
    expect(json[0]!.errorCount).toBe(json[0]!.messages.filter((m) => m.severity === 2).length)
  })

  it('hides warnings with --quiet and fails on too many warnings with --max-warnings', async () => {
    const warningsOnly = CLEAN.replace('updated: 2026-11-20\n', '')
    const dir = scratchProject({'content/a.md': warningsOnly})
    expect((await runCli(dir, 'check')).code).toBe(0)
    expect((await runCli(dir, 'check')).stdout).toContain('Missing frontmatter field "updated"')
    expect((await runCli(dir, 'check', '--quiet')).stdout).toBe('')
    const strict = await runCli(dir, 'check', '--max-warnings', '0')
    expect(strict.code).toBe(1)
    expect(strict.stderr).toBe('factlint: 1 warnings, more than --max-warnings 0\n')
  })

  it('lints explicitly named files whatever their extension, and globs', async () => {
    const dir = scratchProject({'notes/spam.txt': SPAM.replace(/^---[^]*?---\n/, ''), 'content/a.md': CLEAN, 'content/b.md': CLEAN})
    const named = await runCli(dir, 'check', 'notes/spam.txt', '--format', 'json', '--no-report')
    expect((JSON.parse(named.stdout) as {filePath: string}[]).map((f) => f.filePath)).toEqual([join(dir, 'notes/spam.txt')])
    const globbed = await runCli(dir, 'check', 'content/*.md', '--format', 'json', '--no-report')
    expect((JSON.parse(globbed.stdout) as {filePath: string}[]).map((f) => f.filePath.slice(dir.length))).toEqual(['/content/a.md', '/content/b.md'])
  })
})

describe('factlint check: bad input', () => {
  it('reports broken articles and still checks the others', async () => {
    const dir = scratchProject({
      'content/empty.md': '',
      'content/latin1.md': Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]),
      'content/bad-frontmatter.md': '---\ntitle: [unclosed\n---\n正文\n',
      'content/huge.md': `# 存档\n\n${'正文。'.repeat(170_000)}\n`,
      'content/spam.md': SPAM
    })
    const result = await runCli(dir, 'check', '--format', 'json', '--no-report')
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as {filePath: string; messages: {ruleId: string; message: string; fatal?: boolean; line: number}[]}[]
    const byName = new Map(files.map((f) => [f.filePath.split('/').pop(), f.messages]))
    expect(byName.get('empty.md')).toEqual([expect.objectContaining({ruleId: 'article-invalid', fatal: true, message: expect.stringContaining('empty')})])
    expect(byName.get('latin1.md')).toEqual([
      expect.objectContaining({ruleId: 'article-invalid', fatal: true, message: expect.stringContaining('not valid UTF-8 (first bad byte at offset 2)')})
    ])
    expect(byName.get('huge.md')).toEqual([
      expect.objectContaining({ruleId: 'article-invalid', fatal: true, line: 1, message: expect.stringContaining('The article is 1.5 MB, more than the 1 MB factlint checks')})
    ])
    expect(byName.get('bad-frontmatter.md')).toEqual([expect.objectContaining({ruleId: 'frontmatter-invalid', line: 2, message: expect.stringContaining('invalid YAML')})])
    expect(byName.get('spam.md')!.some((m) => m.ruleId === 'spam-link')).toBe(true)
  })

  it('leaves its own editorial report out of a directory it walks, and checks it when named', async () => {
    const dir = scratchProject({'content/spam.md': SPAM, 'content/clean.md': CLEAN})
    const checked = async (...args: string[]) => {
      const result = await runCli(dir, 'check', '--format', 'json', ...args)
      return (JSON.parse(result.stdout) as {filePath: string}[]).map((file) => file.filePath.slice(dir.length + 1)).sort()
    }
    // The first run writes reports/editorial-report.md, which quotes the spam; the next ones walk past it.
    expect(await checked('.')).toEqual(['content/clean.md', 'content/spam.md'])
    expect(existsSync(join(dir, 'reports/editorial-report.md'))).toBe(true)
    expect(await checked('.')).toEqual(['content/clean.md', 'content/spam.md'])
    expect(await checked('**/*.md', '--no-report')).toEqual(['content/clean.md', 'content/spam.md'])
    // Wherever --report-dir puts it, even among the articles.
    expect(await checked('content', '--report-dir', 'content/out')).toEqual(['content/clean.md', 'content/spam.md'])
    expect(await checked('content', '--report-dir', 'content/out')).toEqual(['content/clean.md', 'content/spam.md'])
    // Named, it is checked as any file is (with the default report directory, another file).
    expect(await checked('content/out/editorial-report.md', '--no-report')).toEqual(['content/out/editorial-report.md'])
  })

  it('ends as usual when the reader of its output stops early (factlint check | head)', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 80; i++) files[`content/spam-${i}.md`] = SPAM
    const dir = scratchProject(files)
    const child = spawn(process.execPath, [join(process.cwd(), 'bin/factlint.js'), 'check', '--format', 'json', '--no-report'], {cwd: dir})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Read the first chunk, then close the pipe, as head does.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })

  it('exits 2 with file:line:col for a broken rule file', async () => {
    const dir = scratchProject({'content/a.md': CLEAN})
    const rules = readFileSync(join(dir, 'rules/spam.yaml'), 'utf8')
    writeFileSync(join(dir, 'rules/spam.yaml'), rules.replace('messaging:', 'mesaging:'))
    const line = rules.split('\n').findIndex((l) => l.includes('messaging:')) + 1
    const result = await runCli(dir, 'check')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(new RegExp(`^factlint: rules/spam\\.yaml:${line}:\\d+: domains: unknown field "mesaging" in a rule file of kind "spam"\\n$`))
  })

  it('exits 2 for an invalid config, naming its line', async () => {
    const dir = scratchProject({'content/a.md': CLEAN, 'factlint.config.yaml': 'rules:\n  spam-link: error\n  spam-links: off\n'})
    const result = await runCli(dir, 'check')
    expect(result).toEqual({code: 2, stdout: '', stderr: 'factlint: factlint.config.yaml:3:3: unknown rule "spam-links"; run `factlint rules` to list the rules\n'})
    writeFileSync(join(dir, 'factlint.config.yaml'), 'rules:\n  spam-link: fatal\n')
    expect((await runCli(dir, 'check')).stderr).toMatch(/^factlint: factlint\.config\.yaml:2:14: rules\.spam-link: must be equal to one of the allowed values/)
  })

  it('applies config severities', async () => {
    const dir = scratchProject({'content/spam.md': SPAM, 'factlint.config.yaml': 'rules:\n  spam-link: off\n  phone-invalid: warning\n  hotline-shared: off\n'})
    const result = await runCli(dir, 'check', '--format', 'json', '--no-report')
    const messages = (JSON.parse(result.stdout) as {messages: {ruleId: string; severity: number}[]}[])[0]!.messages
    expect(messages.some((m) => m.ruleId === 'spam-link' || m.ruleId === 'hotline-shared')).toBe(false)
    expect(messages.filter((m) => m.ruleId === 'phone-invalid').map((m) => m.severity)).toEqual([1, 1])
  })

  it('exits 2 on usage errors with one line', async () => {
    const dir = scratchProject({'content/a.md': CLEAN})
    expect(await runCli(dir, 'check', '--format', 'xml')).toEqual({code: 2, stdout: '', stderr: expect.stringMatching(/^factlint: unknown format "xml"; expected one of stylish, json(, [a-z]+)*\n$/)})
    expect(await runCli(dir, 'check', 'missing/')).toEqual({code: 2, stdout: '', stderr: 'factlint: No such file or directory: missing/\n'})
    expect((await runCli(dir, 'check', '--frobnicate')).stderr).toMatch(/^factlint: Unknown option '--frobnicate'.*; see factlint --help\n$/)
    expect((await runCli(dir, 'lint')).code).toBe(2)
  })
})

describe('factlint rules and the installed binary', () => {
  it('lists every rule with its severity', async () => {
    const dir = scratchProject({'factlint.config.yaml': 'rules:\n  hotline-unverified: off\n'})
    const {code, stdout} = await runCli(dir, 'rules')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^spam-link +error +\S/m)
    expect(stdout).toMatch(/^hotline-unverified +off /m)
    expect(stdout).toMatch(/^timeline-contradiction +warning +\(corpus\) /m)
  })

  it('runs as a process with the same exit codes (built by npm test before vitest)', () => {
    const dir = scratchProject({'content/spam.md': SPAM})
    const bin = join(process.cwd(), 'bin/factlint.js')
    const result = spawnSync(process.execPath, [bin, 'check', '--no-report'], {cwd: dir, encoding: 'utf8'})
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('phone-invalid')
    expect(execFileSync(process.execPath, [bin, '--version'], {encoding: 'utf8'})).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('factlint check --fix', () => {
  it('removes the spam it reports, atomically and idempotently, leaving every other byte', async () => {
    const dir = scratchProject({'content/spam.md': SPAM, 'content/clean.md': CLEAN})
    const path = join(dir, 'content/spam.md')
    const dry = await runCli(dir, 'check', '--fix-dry-run')
    expect(dry.code).toBe(1)
    expect(dry.stdout).toContain('-# 日本电话卡怎么注销[[TG💪+ @esim1088](https://t.me/s/esim1088)]\n+# 日本电话卡怎么注销\n')
    expect(readFileSync(path, 'utf8')).toBe(SPAM)

    const fixed = await runCli(dir, 'check', '--fix', '--format', 'json', '--no-report')
    const after = readFileSync(path, 'utf8')
    expect(after).toBe(SPAM.replace('[[TG💪+ @esim1088](https://t.me/s/esim1088)]', ''))
    expect(readFileSync(join(dir, 'content/clean.md'), 'utf8')).toBe(CLEAN)
    const remaining = (JSON.parse(fixed.stdout) as {filePath: string; messages: {ruleId: string}[]}[]).find((f) => f.filePath === path)!
    expect(remaining.messages.map((m) => m.ruleId)).not.toContain('spam-link')
    expect(remaining.messages.map((m) => m.ruleId)).toContain('phone-invalid')

    await runCli(dir, 'check', '--fix', '--no-report')
    expect(readFileSync(path, 'utf8')).toBe(after)
    expect((await runCli(dir, 'check', '--fix-dry-run')).stdout).toBe('')
  })
})
