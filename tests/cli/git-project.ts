/**
 * Scratch git repositories for the pull-request tests, independent of the developer's git config:
 * every git command (the test's and factlint's own) runs with GIT_CONFIG_GLOBAL=/dev/null, no
 * system config, and a fixed author and committer.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {vi} from 'vitest'
import {main} from '../../src/cli/main.js'
import {scratchProject} from './helpers.js'

/** The environment every git command of these tests runs with. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'factlint test',
  GIT_AUTHOR_EMAIL: 'test@factlint.invalid',
  GIT_COMMITTER_NAME: 'factlint test',
  GIT_COMMITTER_EMAIL: 'test@factlint.invalid',
  GIT_AUTHOR_DATE: '2026-11-20T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-20T00:00:00Z'
}

/** Makes factlint's own git commands (run in-process) use {@link GIT_ENV}; undone by `vi.unstubAllEnvs()`. */
export function isolateGit(): void {
  for (const [name, value] of Object.entries(GIT_ENV)) vi.stubEnv(name, value)
}

/** Runs `git args` in `dir` and returns its output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: {...process.env, ...GIT_ENV},
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** A scratch project (rules/ plus `files`) made a git repository with one commit of everything. */
export function gitProject(files: Record<string, string>): string {
  const dir = scratchProject(files)
  git(dir, 'init', '--quiet')
  commitAll(dir, 'base')
  return dir
}

/** Stages everything and commits it. */
export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', message)
}

/** Writes `files` (paths relative to `dir`). */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
}

/** Runs `factlint ...args` in `cwd` with the environment `env`; returns exit code and output. */
export async function runCliWith(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {cwd, isTTY: false, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t)})
  return {code, stdout, stderr}
}

/** An article that stays unchanged: docomo's cancellation takes effect in 1-3 business days (line 9). */
export const UNCHANGED = `---
title: 日本手机注销
lang: zh-Hans
country: JP
updated: 2026-11-20
---
# 日本手机注销

通常情况下，注销会在1-3个工作日内生效。
`

/** The article a pull request changes; before it, its one problem is an impossible number on line 9. */
export const BEFORE = `---
title: 日本电话卡怎么注销
lang: zh-Hans
country: JP
updated: 2026-11-20
---
# 日本电话卡怎么注销

- NTT DOCOMO：00530-111-111

办理前请备好护照和在留卡。
`

/** The line the pull request appends: a duration that contradicts {@link UNCHANGED} (line 13 of {@link AFTER}). */
export const CONTRADICTION = '一般情况下，注销申请提交后7-10个工作日内生效。\n'

/** {@link BEFORE} after the pull request. */
export const AFTER = `${BEFORE}\n${CONTRADICTION}`
