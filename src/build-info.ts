/**
 * What this copy of factlint is: its version (from package.json), where its build output lives and
 * its build id. It sits at the top of `src/` so that `import.meta.url` resolves the same from the
 * compiled module (`dist/build-info.js`) and from the CLI bundle (`dist/factlint-cli.cjs`), both one
 * level below the package root; from the TypeScript sources (tests) it points at `dist/`.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The version of factlint, from its package.json. */
export const version: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version

/** Whether this module runs from the TypeScript sources (tests) rather than from a build. */
const fromSources = /\.ts$/.test(import.meta.url)
/** Whether it runs from the compiled modules (`dist/build-info.js`) rather than from a bundle. */
const fromModules = /\/build-info\.js$/.test(import.meta.url)

/** The build output directory (`dist/`), whether or not it has been built. */
export const distDir: URL = fromSources ? new URL('../dist/', import.meta.url) : new URL('./', import.meta.url)

/** The file `npm run build` writes the build id to, in `dist/`. */
export const BUILD_ID_FILE = 'build-id.json'

/** The files of a build that its id covers. */
const CODE_FILES = /\.(m?js|cjs|json)$/

let cachedBuildId: string | undefined

/**
 * The id of the code that runs: written by `npm run build` (see {@link computeBuildId}), or, from
 * the TypeScript sources, from a build without it, or from compiled modules that `tsc` rewrote
 * after it was written, a hash of the code computed now. Results stored by another build are never
 * reused.
 */
export function buildId(): string {
  if (cachedBuildId) return cachedBuildId
  const stored = fromSources ? undefined : storedBuildId()
  if (stored) return (cachedBuildId = stored)
  const lock = fileURLToPath(new URL('../package-lock.json', import.meta.url))
  if (fromSources) return (cachedBuildId = `src-${treeHash(fileURLToPath(new URL('./', import.meta.url)), /\.ts$/, lock)}`)
  return (cachedBuildId = computeBuildId(fileURLToPath(distDir), lock))
}

/** The build id of the build output in `dist` (its code files, `bench/` left out) and the package lock `lockFile`. */
export function computeBuildId(dist: string, lockFile?: string): string {
  return `build-${treeHash(dist, CODE_FILES, lockFile)}`
}

/**
 * The build id `npm run build` wrote to `dist/build-id.json`, or undefined when there is none (a
 * build without it, or one cut short: the build removes the old id first) or, from the compiled
 * modules, when `tsc` rewrote them after it was written.
 */
export function storedBuildId(): string | undefined {
  try {
    const file = new URL(BUILD_ID_FILE, distDir)
    const id = (JSON.parse(readFileSync(file, 'utf8')) as {id?: unknown}).id
    if (typeof id !== 'string' || !id) return undefined
    // The bundle is written with the id; the compiled modules may have been rewritten by `tsc` alone
    // since (a copy of dist/ gives its files new times within moments of each other).
    if (fromModules && statSync(new URL('lint.js', distDir)).mtimeMs > statSync(file).mtimeMs + 2000) return undefined
    return id
  } catch {
    return undefined
  }
}

/**
 * The SHA-256 (hex) of the files under `dir` whose names match `pattern` (relative paths and bytes,
 * in sorted order, `bench/` and the build id file left out), then of `extra` when it exists.
 */
export function treeHash(dir: string, pattern: RegExp, extra?: string): string {
  const hash = createHash('sha256')
  const walk = (sub: string): void => {
    const names = readdirSync(join(dir, sub), {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of names) {
      const path = sub ? `${sub}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (path !== 'bench') walk(path)
      } else if (entry.isFile() && pattern.test(entry.name) && path !== BUILD_ID_FILE) {
        hash.update(`\0${path}\0`).update(readFileSync(join(dir, path)))
      }
    }
  }
  walk('')
  if (extra) {
    try {
      hash.update('\0extra\0').update(readFileSync(extra))
    } catch {
      // No package lock (an installed package): the code alone.
    }
  }
  return hash.digest('hex')
}
