/**
 * The pipeline's file reader: finds the articles named by paths and globs, and reads each as
 * strict UTF-8. An unreadable, empty, too large or non-UTF-8 article is returned with its problem,
 * so the run goes on for the others.
 */
import {readFileSync, statSync} from 'node:fs'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {unreadable} from './article-reader.js'
import type {LoadedArticle} from './engine.js'

/** Extensions linted when a directory or glob is given (explicit files are linted whatever theirs). */
export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'mdx', 'txt']

/** A path or glob that matched nothing: a usage error. */
export class NoMatchError extends Error {
  override name = 'NoMatchError'
}

/**
 * The files named by `patterns` (files, directories, globs), relative to `cwd` with `/`
 * separators, sorted, without duplicates, minus those matching `ignore` globs. Files of `outputs`
 * (absolute paths: factlint's own reports) are left out of directories and globs, not when named.
 */
export async function findArticles(patterns: readonly string[], cwd: string, ignore: readonly string[] = [], outputs: readonly string[] = []): Promise<string[]> {
  const found = new Set<string>()
  const extensions = `{${ARTICLE_EXTENSIONS.join(',')}}`
  const ignored = ['**/node_modules/**', '**/.git/**', ...ignore, ...outputs.map((path) => escapeGlob(toPosix(relative(cwd, path))))]
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, {cwd, ignore: ignored, dot: false})
      if (!matches.length) throw new NoMatchError(`No files match "${pattern}"; check the pattern or quote it so the shell does not expand it`)
      matches.forEach((match) => found.add(toPosix(match)))
      continue
    }
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern)
    let stats
    try {
      stats = statSync(absolute)
    } catch {
      throw new NoMatchError(`No such file or directory: ${pattern}`)
    }
    const base = toPosix(relative(cwd, absolute)) || '.'
    if (stats.isDirectory()) {
      const matches = await glob(`${base === '.' ? '' : `${escapeGlob(base)}/`}**/*.${extensions}`, {cwd, ignore: ignored})
      matches.forEach((match) => found.add(toPosix(match)))
    } else {
      found.add(base)
    }
  }
  const ignoredMatches = new Set(ignore.length ? await glob([...ignore], {cwd}) : [])
  return [...found].filter((path) => !ignoredMatches.has(path)).sort()
}

/** Reads an article as strict UTF-8 (a byte-order mark is dropped). */
export function readArticle(path: string, cwd: string): LoadedArticle {
  const bytes = readArticleBytes(path, cwd)
  return 'problem' in bytes ? bytes : decodeArticle(path, bytes)
}

/** Reads an article's bytes, or why it cannot be read. */
export function readArticleBytes(path: string, cwd: string): Buffer | {path: string; problem: string} {
  try {
    return readFileSync(resolve(cwd, path))
  } catch (error) {
    return unreadable(path, error)
  }
}

/**
 * The largest article factlint checks, in bytes. Parsing Markdown (micromark) slows down faster
 * than an article grows, as containers and tables close over all the events before them: 0.3 MB of
 * guides parse in 0.6 s, 2 MB in 7 s, and a 14 MB file did not finish in 12 minutes. A guide is
 * 2 to 20 KB; a file of a megabyte is a dump or a generated report, not an article.
 */
export const MAX_ARTICLE_BYTES = 1_000_000

/** Decodes an article's bytes as strict UTF-8 (a byte-order mark is dropped), or says why it cannot be checked. */
export function decodeArticle(path: string, bytes: Buffer): LoadedArticle {
  if (bytes.length === 0) return {path, problem: 'The article is empty; add its text or remove the file'}
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const size = `${(bytes.length / 1e6).toFixed(1)} MB`
    return {path, problem: `The article is ${size}, more than the ${MAX_ARTICLE_BYTES / 1e6} MB factlint checks (parsing slows down faster than an article grows); split it, or leave it out with ignore in the config`}
  }
  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
    if (!text.trim()) return {path, problem: 'The article has only white space; add its text or remove the file'}
    return {path, text}
  } catch {
    const at = firstInvalidByte(bytes)
    return {path, problem: `The article is not valid UTF-8 (first bad byte at offset ${at}); re-save it as UTF-8`}
  }
}

/** Offset of the first byte of the first sequence that is not UTF-8. */
function firstInvalidByte(bytes: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(bytes)
  const at = lenient.indexOf('\uFFFD')
  return at === -1 ? 0 : Buffer.byteLength(lenient.slice(0, at), 'utf8')
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, '\\$&')
}
