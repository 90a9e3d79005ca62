/**
 * `--format`, given once or more: `NAME` prints to stdout (or to `--output-file`), `NAME=PATH`
 * writes a file atomically. When `GITHUB_STEP_SUMMARY` is set, the markdown summary is appended
 * to that file. Only the reporters asked for are imported.
 */
import {appendFileSync, mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type {FormatName, PrMarkdownOptions, Reporter} from '../report/index.js'
import type {ChunkedReporter} from '../report/reporter.js'
import type {LintRun} from '../report/model.js'
import type {CliIo} from './io.js'
import {UsageError} from './options.js'
import {writeFileAtomic} from '../write-file.js'

/**
 * How to import each reporter of `--format`, by name: the same reporters as `reporters` of
 * `src/report/index.ts` (a test keeps the two in step), imported only when asked for.
 */
export const REPORTER_LOADERS: Record<FormatName, () => Promise<Reporter>> = {
  stylish: async () => (await import('../report/stylish.js')).stylish,
  json: async () => (await import('../report/json.js')).json,
  sarif: async () => (await import('../report/sarif.js')).sarif,
  github: async () => (await import('../report/github.js')).github,
  rdjson: async () => (await import('../report/rdjson.js')).rdjson,
  rdjsonl: async () => (await import('../report/rdjson.js')).rdjsonl,
  junit: async () => (await import('../report/junit.js')).junit,
  checkstyle: async () => (await import('../report/checkstyle.js')).checkstyle,
  codequality: async () => (await import('../report/codequality.js')).codequality,
  markdown: async () => (await import('../report/pr-markdown.js')).prMarkdown
}

/**
 * Reporters that hand their text over a file at a time (see {@link ChunkedReporter}), by name; the
 * others' text is written whole.
 */
const CHUNKED_LOADERS: Partial<Record<FormatName, () => Promise<ChunkedReporter>>> = {
  stylish: async () => (await import('../report/stylish.js')).stylishChunks,
  json: async () => (await import('../report/json.js')).jsonChunks
}

/** Pieces are gathered up to this many characters before each write. */
const WRITE_SIZE = 1 << 16

/** One requested output: a reporter and where its text goes (stdout without a path). */
export interface FormatTarget {
  name: string
  /** File path relative to the working directory; undefined for stdout. */
  path?: string
}

/**
 * Returns the outputs asked for by `--format` values (default `stylish`) and `--output-file`,
 * which is the path of the one format given without `=PATH`. Throws a {@link UsageError} for an
 * unknown format, two formats on stdout, or an `--output-file` no format can take.
 */
export function parseFormats(specs: readonly string[] | undefined, outputFile: string | undefined): FormatTarget[] {
  const targets: FormatTarget[] = (specs?.length ? specs : ['stylish']).map((spec) => {
    const at = spec.indexOf('=')
    const name = at === -1 ? spec : spec.slice(0, at)
    const path = at === -1 ? undefined : spec.slice(at + 1)
    if (!Object.hasOwn(REPORTER_LOADERS, name)) throw new UsageError(`unknown format "${name}"; expected one of ${Object.keys(REPORTER_LOADERS).join(', ')}`)
    if (path === '') throw new UsageError(`--format ${name}= needs a path after "="`)
    return path === undefined ? {name} : {name, path}
  })
  const unrouted = targets.filter((target) => target.path === undefined)
  if (unrouted.length > 1) {
    throw new UsageError(`only one --format can go to stdout; give the others a file: --format ${unrouted[1]!.name}=reports/factlint.${unrouted[1]!.name}`)
  }
  if (outputFile !== undefined) {
    if (!unrouted.length) throw new UsageError('--output-file needs a --format without "=PATH" to write; give that format its path instead')
    unrouted[0]!.path = outputFile
  }
  return targets
}

/**
 * Renders `run` once per target and prints or writes it. `color` applies to stdout only; the
 * other options go to every reporter (each ignores what it has no use for).
 */
export async function writeFormats(run: LintRun, targets: readonly FormatTarget[], io: CliIo, options: PrMarkdownOptions & {color: boolean}): Promise<void> {
  for (const target of targets) {
    const render = await chunkedReporterOf(target.name)
    const pieces = gathered(render(run, {...options, color: target.path === undefined && options.color}))
    if (target.path === undefined) for (const piece of pieces) io.stdout(piece)
    else writeFileAtomic(resolve(io.cwd, target.path), pieces)
  }
}

/** The reporter of a format name as a {@link ChunkedReporter} (a whole text is one piece). */
async function chunkedReporterOf(name: string): Promise<ChunkedReporter> {
  const chunked = CHUNKED_LOADERS[name as FormatName]
  if (chunked) return chunked()
  const render = (await reporterOf(name))!
  return (run, options) => [render(run, options)]
}

/** Joins small pieces into pieces of about {@link WRITE_SIZE} characters, so each write is worth its call. */
function* gathered(pieces: Iterable<string>): Generator<string> {
  let pending: string[] = []
  let size = 0
  for (const piece of pieces) {
    pending.push(piece)
    size += piece.length
    if (size < WRITE_SIZE) continue
    yield pending.join('')
    pending = []
    size = 0
  }
  if (size) yield pending.join('')
}

/**
 * Returns where the markdown summary links articles on GitHub Actions
 * (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/`) when factlint runs at the root of
 * the checkout (article paths are then repository paths), or undefined elsewhere.
 */
export function githubLinkBase(io: CliIo): string | undefined {
  const {env} = io
  const workspace = env['GITHUB_WORKSPACE']
  if (!workspace || resolve(workspace) !== resolve(io.cwd)) return undefined
  const server = env['GITHUB_SERVER_URL']
  const repository = env['GITHUB_REPOSITORY']
  const sha = env['GITHUB_SHA']
  if (!server || !repository || !sha || !/^https?:\/\//.test(server)) return undefined
  return `${server.replace(/\/$/, '')}/${repository}/blob/${sha}/`
}

/**
 * Appends the markdown summary of `run` to the file named by `GITHUB_STEP_SUMMARY`, when that is
 * set and a `markdown` reporter exists. Returns whether it wrote.
 */
export async function appendStepSummary(run: LintRun, io: CliIo, options: PrMarkdownOptions): Promise<boolean> {
  const path = io.env['GITHUB_STEP_SUMMARY']
  if (!path) return false
  const markdown = await reporterOf('markdown')
  if (!markdown) return false
  const absolute = resolve(io.cwd, path)
  mkdirSync(dirname(absolute), {recursive: true})
  appendFileSync(absolute, markdown(run, {...options, color: false}))
  return true
}

async function reporterOf(name: string): Promise<Reporter | undefined> {
  return Object.hasOwn(REPORTER_LOADERS, name) ? REPORTER_LOADERS[name as FormatName]() : undefined
}
