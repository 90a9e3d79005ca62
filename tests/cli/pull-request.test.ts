import {execFileSync} from 'node:child_process'
import {mkdtempSync, renameSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {CLEAN, SPAM} from './helpers.js'
import {AFTER, BEFORE, commitAll, git, GIT_ENV, gitProject, isolateGit, runCliWith, UNCHANGED, writeFiles} from './git-project.js'

interface JsonFile {
  filePath: string
  messages: {ruleId: string; line: number; message: string; related?: {filePath: string; line: number}[]}[]
}

/** Paths of a JSON report's files, relative to `dir`. */
function filesOf(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as JsonFile[]).map((file) => file.filePath.slice(dir.length + 1))
}

function messagesOf(stdout: string, dir: string, path: string): JsonFile['messages'] {
  return (JSON.parse(stdout) as JsonFile[]).find((file) => file.filePath === join(dir, path))?.messages ?? []
}

/** A repository whose last commit appends a contradicting duration to content/b.md. */
function pullRequest(): string {
  const dir = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE, 'content/c.md': CLEAN})
  writeFiles(dir, {'content/b.md': AFTER})
  commitAll(dir, 'b: add the time it takes')
  return dir
}

beforeEach(isolateGit)
afterEach(() => vi.unstubAllEnvs())

describe('check --changed-since', () => {
  it('reports the changed article only, and the unchanged article it contradicts is named', async () => {
    const dir = pullRequest()
    const whole = await runCliWith(dir, {}, 'check', '--format', 'json', '--no-report')
    expect(messagesOf(whole.stdout, dir, 'content/a.md').map((m) => m.ruleId)).toEqual(['timeline-contradiction'])

    const result = await runCliWith(dir, {}, 'check', '--changed-since', 'HEAD~1', '--format', 'json', '--no-report')
    expect(result.stderr).toBe('')
    expect(filesOf(result.stdout, dir)).toEqual(['content/b.md'])
    const contradiction = messagesOf(result.stdout, dir, 'content/b.md').find((m) => m.ruleId === 'timeline-contradiction')!
    expect(contradiction).toMatchObject({line: 13, message: expect.stringContaining('contradicts 1-3个工作日 at content/a.md:9')})
    expect(contradiction.related).toEqual([expect.objectContaining({filePath: join(dir, 'content/a.md'), line: 9})])
    expect(result.code).toBe(1)
  })

  it('with --scope lines drops the messages on lines the change did not touch', async () => {
    const dir = pullRequest()
    const files = await runCliWith(dir, {}, 'check', '--changed-since', 'HEAD~1', '--format', 'json', '--no-report')
    expect(messagesOf(files.stdout, dir, 'content/b.md').map((m) => [m.line, m.ruleId])).toEqual([
      [9, 'hotline-mismatch'],
      [9, 'phone-invalid'],
      [13, 'timeline-contradiction']
    ])
    const lines = await runCliWith(dir, {}, 'check', '--changed-since', 'HEAD~1', '--scope', 'lines', '--format', 'json', '--no-report')
    expect(messagesOf(lines.stdout, dir, 'content/b.md').map((m) => [m.line, m.ruleId])).toEqual([[13, 'timeline-contradiction']])
    expect(lines.code).toBe(0)
    expect((await runCliWith(dir, {}, 'check', '--changed-since', 'HEAD~1', '--scope', 'lines', '--fail-on', 'warning', '--no-report')).code).toBe(1)
  })

  it('counts a modified line as changed, and compares with the merge base of a branch', async () => {
    const dir = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE})
    git(dir, 'checkout', '--quiet', '-b', 'edit')
    writeFiles(dir, {'content/b.md': BEFORE.replace('- NTT DOCOMO：00530-111-111', '- NTT DOCOMO：00530-111-112')})
    commitAll(dir, 'b: edit the number')
    git(dir, 'checkout', '--quiet', 'main')
    writeFiles(dir, {'content/a.md': `${UNCHANGED}\n更多内容。\n`})
    commitAll(dir, 'main moves on')
    git(dir, 'checkout', '--quiet', 'edit')
    const result = await runCliWith(dir, {}, 'check', '--changed-since', 'main', '--scope', 'lines', '--format', 'json', '--no-report')
    expect(filesOf(result.stdout, dir)).toEqual(['content/b.md'])
    expect(messagesOf(result.stdout, dir, 'content/b.md').map((m) => [m.line, m.ruleId])).toEqual([
      [9, 'hotline-mismatch'],
      [9, 'phone-invalid']
    ])
  })

  it('includes staged, unstaged and untracked articles, follows renames and ignores deleted ones', async () => {
    const dir = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE, 'content/c.md': CLEAN, 'content/d.md': CLEAN, 'notes.txt': 'x\n'})
    writeFiles(dir, {'content/b.md': AFTER, 'content/new.md': SPAM, 'notes.txt': 'y\n'})
    git(dir, 'mv', 'content/c.md', 'content/c-renamed.md')
    rmSync(join(dir, 'content/d.md'))
    const result = await runCliWith(dir, {}, 'check', '--changed-since', 'HEAD', '--format', 'json', '--no-report')
    expect(result.stderr).toBe('')
    expect(filesOf(result.stdout, dir)).toEqual(['content/b.md', 'content/c-renamed.md', 'content/new.md'])

    const lines = await runCliWith(dir, {}, 'check', '--changed-since', 'HEAD', '--scope', 'lines', '--format', 'json', '--no-report')
    expect(messagesOf(lines.stdout, dir, 'content/b.md').map((m) => m.ruleId)).toEqual(['timeline-contradiction'])
    expect(messagesOf(lines.stdout, dir, 'content/new.md').map((m) => m.ruleId)).toContain('spam-link')
    expect(messagesOf(lines.stdout, dir, 'content/c-renamed.md')).toEqual([])
  })

  it('says so when no article changed, and passes', async () => {
    const dir = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE, 'README.md': '# guides\n'})
    writeFiles(dir, {'README.md': '# guides, edited\n'})
    expect(await runCliWith(dir, {}, 'check', 'content', '--changed-since', 'HEAD', '--no-report')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'factlint: no article changed since HEAD (2 checked for cross-article findings)\n'
    })
  })

  it('works from a subdirectory of the repository and on articles with Chinese names', async () => {
    const dir = gitProject({'site/content/注销.md': BEFORE, 'site/content/a.md': UNCHANGED})
    renameSync(join(dir, 'rules'), join(dir, 'site/rules'))
    commitAll(dir, 'rules move')
    writeFiles(dir, {'site/content/注销.md': AFTER})
    const site = join(dir, 'site')
    const result = await runCliWith(site, {}, 'check', 'content', '--changed-since', 'HEAD', '--scope', 'lines', '--format', 'json', '--no-report')
    expect(result.stderr).toBe('')
    expect(filesOf(result.stdout, site)).toEqual(['content/注销.md'])
    expect(messagesOf(result.stdout, site, 'content/注销.md').map((m) => [m.line, m.ruleId])).toEqual([[13, 'timeline-contradiction']])
  })
})

describe('check --changed-since: refs that are not there', () => {
  it('exits 2 with the git command to run when the ref is missing', async () => {
    const dir = pullRequest()
    expect(await runCliWith(dir, {}, 'check', '--changed-since', 'origin/main')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factlint: fetch origin/main first: git fetch origin main:refs/remotes/origin/main\n'
    })
  })

  it('in a shallow clone, says what to fetch, and that command makes the run work', async () => {
    const upstream = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE})
    git(upstream, 'checkout', '--quiet', '-b', 'pr')
    writeFiles(upstream, {'content/b.md': AFTER})
    commitAll(upstream, 'b: add the time it takes')
    const clone = join(mkdtempSync(join(tmpdir(), 'factlint-clone-')), 'repo')
    git(upstream, 'clone', '--quiet', '--depth', '1', '--branch', 'pr', `file://${upstream}`, clone)

    const missing = await runCliWith(clone, {}, 'check', '--changed-since', 'origin/main', '--no-report')
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factlint: fetch origin/main first: git fetch --deepen=100 origin main:refs/remotes/origin/main\n'
    })
    expect((await runCliWith(clone, {}, 'check', '--changed-since', 'HEAD~1')).stderr).toBe('factlint: fetch HEAD~1 first: git fetch --deepen=100 origin\n')

    const command = missing.stderr.split(': ').pop()!.trim().split(' ')
    expect(command[0]).toBe('git')
    execFileSync('git', command.slice(1), {cwd: clone, env: {...process.env, ...GIT_ENV}, stdio: 'ignore'})
    const result = await runCliWith(clone, {}, 'check', '--changed-since', 'origin/main', '--scope', 'lines', '--format', 'json', '--no-report')
    expect(result.stderr).toBe('')
    expect(filesOf(result.stdout, clone)).toEqual(['content/b.md'])
    expect(messagesOf(result.stdout, clone, 'content/b.md').map((m) => m.ruleId)).toEqual(['timeline-contradiction'])
  })

  it('exits 2 outside a git repository, and for bad --scope use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-nogit-'))
    const outside = await runCliWith(dir, {}, 'check', '--changed-since', 'main')
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/^factlint: --changed-since needs a git repository \(git: fatal: not a git repository.*\)\n$/)
    const repo = pullRequest()
    expect(await runCliWith(repo, {}, 'check', '--scope', 'lines')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factlint: --scope lines needs --changed-since REF (the change whose lines to keep)\n'
    })
    expect((await runCliWith(repo, {}, 'check', '--changed-since', 'HEAD~1', '--scope', 'hunks')).stderr).toBe('factlint: --scope takes files or lines, not "hunks"\n')
    expect((await runCliWith(repo, {}, 'check', '--changed-since=--output=x')).stderr).toBe(
      'factlint: --changed-since takes a git ref such as origin/main, not "--output=x"\n'
    )
  })
})
