/**
 * `--changed-since REF`: the articles a change touched, from git. The change is everything since
 * the merge base of REF and HEAD: commits (`REF...HEAD`), staged and unstaged edits, and files
 * git does not track yet. Renames are followed (the new path counts); deleted files are left out.
 */
import {realpathSync} from 'node:fs'
import {relative, resolve, sep} from 'node:path'
import {git, GitError, gitSucceeds} from './git.js'
import {parseAddedLines, parseNameStatus} from './git-diff.js'
import {UsageError} from './options.js'

/** The lines of a changed file that the change added or modified, or `all` for a new untracked file. */
export type ChangedLines = ReadonlySet<number> | 'all'

/** What a change touched. */
export interface Changes {
  /** The ref given. */
  ref: string
  /** The commit compared with: the merge base of the ref and HEAD. */
  base: string
  /** Changed files, by path relative to the working directory (`/`-separated). */
  files: Map<string, ChangedLines>
}

/** Flags that keep a user's git config from changing the output factlint parses. */
const STABLE = ['-c', 'core.quotepath=off', '-c', 'diff.relative=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false']
const DIFF = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M']

/**
 * Returns the files changed since `ref` (with their added or modified lines when `lines`).
 * Throws a {@link UsageError} saying what to run when git, the repository or the ref is missing.
 */
export function changesSince(cwd: string, ref: string, lines: boolean): Changes {
  if (!ref || ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref such as origin/main, not "${ref}"`)
  const top = repositoryRoot(cwd)
  if (!gitSucceeds(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) throw new UsageError('--changed-since needs a commit to compare: HEAD has none yet')
  // Whether the clone is shallow, and its remotes, only shape the advice of a failure.
  const shallow = (): boolean => git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true'
  const remotes = (): string[] => git(cwd, ['remote']).split('\n').filter(Boolean)
  if (!gitSucceeds(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) {
    throw new UsageError(`fetch ${ref} first: ${fetchCommand(ref, remotes(), shallow())}`)
  }
  let base: string
  try {
    base = git(cwd, ['merge-base', ref, 'HEAD']).trim()
  } catch {
    if (shallow()) throw new UsageError(`${ref} and HEAD share no history in this shallow clone; fetch more first: ${fetchCommand(ref, remotes(), true)}`)
    throw new UsageError(`${ref} and HEAD share no history; give a ref that HEAD descends from`)
  }

  const changed = new Map<string, Set<number> | 'all'>()
  for (const entry of parseNameStatus(git(top, [...STABLE, ...DIFF, '--name-status', '-z', base]))) {
    if (entry.status !== 'D') changed.set(entry.path, new Set())
  }
  if (lines && changed.size) {
    const patch = git(top, [...STABLE, ...DIFF, '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', base])
    for (const [path, added] of parseAddedLines(patch)) if (changed.has(path)) changed.set(path, added)
  }
  for (const path of git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
    if (path) changed.set(path, 'all')
  }

  const here = realpathSync(cwd)
  const files = new Map<string, ChangedLines>()
  for (const [path, added] of changed) files.set(toPosix(relative(here, resolve(top, path))), added)
  return {ref, base, files}
}

/**
 * Returns the git command that makes `ref` and its history with HEAD available: a deepening
 * fetch in a shallow clone (fetching the ref alone to a depth leaves no merge base with HEAD).
 */
export function fetchCommand(ref: string, remotes: readonly string[], shallow: boolean): string {
  const deepen = shallow ? ' --deepen=100' : ''
  const fallback = remotes.includes('origin') || !remotes.length ? 'origin' : remotes[0]!
  const tracking = /^(?:refs\/remotes\/)?([^/]+)\/(.+)$/.exec(ref)
  if (tracking && (remotes.includes(tracking[1]!) || (!remotes.length && tracking[1] === 'origin'))) {
    const [, remote, branch] = tracking
    return `git fetch${deepen} ${remote} ${branch}:refs/remotes/${remote}/${branch}`
  }
  if (/^[0-9a-f]{7,40}$/i.test(ref)) return `git fetch${deepen} ${fallback} ${ref}`
  if (/[~^@:]/.test(ref)) return `git fetch --deepen=100 ${fallback}`
  const branch = ref.replace(/^refs\/heads\//, '')
  return `git fetch${deepen} ${fallback} ${branch}:refs/heads/${branch}`
}

function repositoryRoot(cwd: string): string {
  try {
    return realpathSync(git(cwd, ['rev-parse', '--show-toplevel']).trim())
  } catch (error) {
    if (error instanceof GitError && error.missing) throw new UsageError('--changed-since needs git; install it or leave the option out')
    if (error instanceof GitError) throw new UsageError(`--changed-since needs a git repository (git: ${error.message})`)
    throw error
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
