/**
 * Writes generated corpora under bench/corpus/<size>/ (git-ignored) and the textlint-rule-prh
 * dictionary of carrier names, both from the rule files; a corpus already written by the same
 * generator is reused.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {article, type CarrierInfo} from './article.js'

/** Bump when generated articles change, so old corpora are rewritten. */
const GENERATOR_VERSION = 4

/** A corpus on disk. */
export interface Corpus {
  dir: string
  /** Article paths relative to `dir`, sorted. */
  files: string[]
  bytes: number
}

interface CarriersYaml {
  carriers: {id: string; name: string; aliases: Record<string, string[]>; hotlines?: {local: string}[]}[]
}

/** The Japanese carriers of the rule files. */
export function carriersOf(root: string): CarrierInfo[] {
  const file = parse(readFileSync(join(root, 'rules/carriers-jp.yaml'), 'utf8')) as CarriersYaml
  return file.carriers.map((c) => ({id: c.id, name: c.name, aliases: c.aliases, hotlines: (c.hotlines ?? []).map((h) => h.local)}))
}

/** Writes (or reuses) the corpus of `size` articles under `base`. */
export function writeCorpus(root: string, base: string, size: number, seed: number): Corpus {
  const dir = join(base, String(size))
  const stamp = join(base, `${size}.json`)
  const expected = JSON.stringify({generator: GENERATOR_VERSION, size, seed})
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== expected) {
    rmSync(dir, {recursive: true, force: true})
    mkdirSync(dir, {recursive: true})
    const carriers = carriersOf(root)
    for (let i = 0; i < size; i++) writeFileSync(join(dir, fileName(i)), article(i, seed, carriers))
    writeFileSync(stamp, expected)
  }
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
  const bytes = files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
  return {dir, files, bytes}
}

/**
 * Makes the corpus a git repository with every article committed (for pull-request mode's
 * `--changed-since HEAD`); returns false when git is not there.
 */
export function commitCorpus(dir: string): boolean {
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd: dir, encoding: 'utf8'})
  if (existsSync(join(dir, '.git')) && git('rev-parse', 'HEAD').status === 0) return git('checkout', '-q', '--', '.').status === 0
  rmSync(join(dir, '.git'), {recursive: true, force: true})
  if (!existsSync(dir)) return false
  return git('init', '-q').status === 0 && git('add', '-A').status === 0 && git('commit', '-q', '-m', 'generated corpus').status === 0
}

/** The file name of article `index`. */
export function fileName(index: number): string {
  return `a${String(index).padStart(5, '0')}.md`
}

/**
 * A prh dictionary (YAML) of carrier names, as an editorial style guide would have it: per carrier
 * and language, the first alias is the spelling to use and the other aliases are flagged; Latin
 * aliases written in another case are flagged too.
 */
export function prhDictionary(root: string): string {
  const used = new Set<string>()
  const rules: string[] = []
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  for (const name of readdirSync(join(root, 'rules')).filter((n) => /^carriers-.*\.yaml$/.test(n)).sort()) {
    const file = parse(readFileSync(join(root, 'rules', name), 'utf8')) as CarriersYaml
    for (const carrier of file.carriers) {
      for (const aliases of Object.values(carrier.aliases)) {
        const [expected, ...others] = aliases
        if (!expected) continue
        const patterns = others.filter((alias) => alias !== expected && !used.has(alias))
        patterns.forEach((alias) => used.add(alias))
        if (patterns.length) rules.push(rule(expected, patterns))
        if (/[A-Za-z]/.test(expected) && !used.has(`/${expected}/i`)) {
          used.add(`/${expected}/i`)
          rules.push(rule(expected, [`/(?<![A-Za-z])${escape(expected)}(?![A-Za-z])/i`]))
        }
      }
    }
  }
  return `version: 1\nrules:\n${rules.join('\n')}\n`
}

function rule(expected: string, patterns: readonly string[]): string {
  return `  - expected: ${JSON.stringify(expected)}\n    patterns:\n${patterns.map((p) => `      - ${JSON.stringify(p)}`).join('\n')}`
}
