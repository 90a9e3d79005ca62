/**
 * What the benchmark runs on a corpus: factlint cold, with a warm cache, in pull-request mode; the
 * peers (textlint with prh and a phone/link rule, remark-cli with lint-recommended); and the
 * floor (parsing alone, on one core and on two).
 */
import {copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Corpus} from './corpus.js'

/** Where a tool runs. */
export interface Context {
  root: string
  /** A copy of factlint's build and rules taken when the benchmark starts (see `snapshotBuild`). */
  build: string
  corpus: Corpus
  scratch: string
  /** The articles pull-request mode changes, and how (untimed, before each run; restored after). */
  changed: {file: string; original: string; edited: string}[]
  /** Whether the corpus is a git repository (pull-request mode uses `--changed-since HEAD` then). */
  git: boolean
}

/** One contender. */
export interface Tool {
  name: string
  /** Short id for the results table. */
  id: string
  command(ctx: Context): string[]
  cwd(ctx: Context): string
  /** Untimed preparation before each run. */
  before?(ctx: Context): void
  /** Untimed clean-up after each run. */
  after?(ctx: Context): void
}

const node = process.execPath

function factlint(ctx: Context, ...extra: string[]): string[] {
  return [node, join(ctx.build, 'bin/factlint.js'), 'check', '.', '--rules', join(ctx.build, 'rules'), '--output-file', join(ctx.scratch, 'factlint.txt'), '--no-report', ...extra]
}

function warmCache(ctx: Context): void {
  copyFileSync(join(ctx.scratch, 'warm-cache'), join(ctx.scratch, 'run-cache'))
}

/** The label of pull-request mode, saying how the change is given. */
export function prLabel(git: boolean): string {
  return git ? 'factlint PR mode (10 changed, --changed-since, warm cache)' : 'factlint PR mode (10 changed paths given explicitly, warm cache)'
}

/** Every tool, in table order. */
export const TOOLS: Tool[] = [
  {id: 'cold', name: 'factlint cold', cwd: (ctx) => ctx.corpus.dir, command: (ctx) => factlint(ctx)},
  {
    id: 'warm',
    name: 'factlint warm cache (nothing changed)',
    cwd: (ctx) => ctx.corpus.dir,
    command: (ctx) => factlint(ctx, '--cache', '--cache-location', join(ctx.scratch, 'run-cache')),
    before: warmCache
  },
  {
    id: 'pr',
    name: 'factlint PR mode',
    cwd: (ctx) => ctx.corpus.dir,
    command: (ctx) =>
      ctx.git
        ? factlint(ctx, '--cache', '--cache-location', join(ctx.scratch, 'run-cache'), '--changed-since', 'HEAD')
        : [...factlint(ctx, '--cache', '--cache-location', join(ctx.scratch, 'run-cache')).filter((arg) => arg !== '.'), ...ctx.changed.map((c) => c.file)],
    before: (ctx) => {
      warmCache(ctx)
      for (const change of ctx.changed) writeFileSync(join(ctx.corpus.dir, change.file), change.edited)
    },
    after: (ctx) => {
      for (const change of ctx.changed) writeFileSync(join(ctx.corpus.dir, change.file), change.original)
    }
  },
  {
    id: 'textlint',
    name: 'textlint + prh + phone/link rule',
    cwd: (ctx) => ctx.root,
    command: (ctx) => [
      node,
      join(ctx.root, 'node_modules/textlint/bin/textlint.js'),
      '--config',
      join(ctx.scratch, 'textlintrc.json'),
      '--rulesdir',
      join(ctx.root, 'dist/bench/textlint-rules'),
      ctx.corpus.dir
    ]
  },
  {
    id: 'remark',
    name: 'remark-cli + lint-recommended',
    cwd: (ctx) => ctx.root,
    command: (ctx) => [
      node,
      join(ctx.root, 'node_modules/remark-cli/cli.js'),
      ctx.corpus.dir,
      '--use',
      'remark-frontmatter',
      '--use',
      'remark-preset-lint-recommended',
      '--no-config',
      '--no-ignore',
      '--quiet',
      '--no-stdout'
    ]
  },
  {id: 'floor1', name: 'floor: parse only, 1 core', cwd: (ctx) => ctx.root, command: (ctx) => [node, join(ctx.root, 'dist/bench/floor.js'), '1', ctx.corpus.dir]},
  {id: 'floor2', name: 'floor: parse only, 2 cores', cwd: (ctx) => ctx.root, command: (ctx) => [node, join(ctx.root, 'dist/bench/floor.js'), '2', ctx.corpus.dir]}
]

/**
 * Copies factlint's build (dist/ without the benchmark, bin/, package.json) and rules/ to `dir`,
 * so every run of one benchmark measures the same code and rules (a rebuild or an edit to a rule
 * file during a long benchmark would otherwise invalidate the warm cache half way).
 */
export function snapshotBuild(root: string, dir: string): string {
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  cpSync(join(root, 'dist'), join(dir, 'dist'), {recursive: true, filter: (source) => !source.startsWith(join(root, 'dist/bench'))})
  for (const name of ['bin', 'rules', 'docs', 'package.json']) cpSync(join(root, name), join(dir, name), {recursive: true})
  return dir
}

/** The articles pull-request mode edits: 10 spread over the corpus, each given a new hotline line. */
export function changesOf(corpus: Corpus): Context['changed'] {
  const step = Math.max(1, Math.floor(corpus.files.length / 10))
  return Array.from({length: Math.min(10, corpus.files.length)}, (_, i) => {
    const file = corpus.files[i * step]!
    const original = readFileSync(join(corpus.dir, file), 'utf8')
    return {file, original, edited: `${original}\n更新：docomo 的客服电话是 0120-800-000，办理需要 1-3个工作日。\n`}
  })
}
