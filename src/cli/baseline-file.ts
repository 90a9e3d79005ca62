/**
 * The baseline file (`factlint-baseline.json`): the findings a team has accepted, one entry per
 * distinct key with a count, paths relative to the baseline's own directory. Reading validates
 * the shape; writing is deterministic (sorted, no dates) so the file diffs cleanly.
 */
import {readFileSync} from 'node:fs'
import {relative, resolve, sep} from 'node:path'
import type {LintRun} from '../report/model.js'
import {findingKey} from './baseline-key.js'
import {UsageError} from './options.js'

/** The default baseline path, relative to the working directory. */
export const DEFAULT_BASELINE = 'factlint-baseline.json'

/** One accepted finding (or `count` identical ones). */
export interface BaselineEntry {
  /** The article, relative to the baseline file's directory, `/`-separated. */
  file: string
  rule: string
  /** See {@link findingKey}. */
  hash: string
  /** How many findings share this key. */
  count: number
  /** The claim, for people reading the file; not part of the key. */
  claim: string
}

/** The file as written. */
export interface Baseline {
  factlint: 'baseline'
  version: 1
  findings: BaselineEntry[]
}

/** Returns the key of an entry or a finding: file, rule and hash. */
export function entryKey(entry: Pick<BaselineEntry, 'file' | 'rule' | 'hash'>): string {
  return `${entry.file}\0${entry.rule}\0${entry.hash}`
}

/** Returns the path of a run's file as the baseline at `baseDir` names it. */
export function baselinePath(baseDir: string, cwd: string, path: string): string {
  const rel = relative(baseDir, resolve(cwd, path))
  return sep === '/' ? rel : rel.split(sep).join('/')
}

/** Returns every finding of `run` as baseline entries, counted and sorted. */
export function baselineEntries(run: LintRun, baseDir: string): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>()
  for (const file of run.files) {
    const text = String(file.value)
    const path = baselinePath(baseDir, file.cwd, file.path)
    for (const message of file.messages) {
      const key = findingKey(message, text)
      const entry = {file: path, rule: key.rule, hash: key.hash, count: 1, claim: key.claim.slice(0, 120)}
      const existing = entries.get(entryKey(entry))
      if (existing) existing.count++
      else entries.set(entryKey(entry), entry)
    }
  }
  return [...entries.values()].sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.claim, b.claim) || compare(a.hash, b.hash))
}

/** Returns the baseline file's text for `entries`. */
export function baselineText(entries: readonly BaselineEntry[]): string {
  const baseline: Baseline = {factlint: 'baseline', version: 1, findings: [...entries]}
  return `${JSON.stringify(baseline, null, 2)}\n`
}

/** Reads and validates a baseline file; a missing or malformed one is a {@link UsageError}. */
export function readBaseline(path: string, shown: string): BaselineEntry[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`no baseline at ${shown}; create it with: factlint baseline --baseline ${shown}`)
    throw new UsageError(`cannot read the baseline ${shown} (${code ?? (error as Error).message})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${shown}: the baseline is not valid JSON (${(error as Error).message}); rewrite it with factlint baseline`)
  }
  const findings = (data as Partial<Baseline> | null)?.findings
  if ((data as Partial<Baseline> | null)?.version !== 1 || !Array.isArray(findings)) {
    throw new UsageError(`${shown}: not a factlint baseline of version 1; rewrite it with factlint baseline`)
  }
  findings.forEach((entry: unknown, index) => {
    if (!isEntry(entry)) throw new UsageError(`${shown}: findings[${index}] needs file, rule, hash (strings) and count (a whole number above 0)`)
  })
  return findings.map((entry: BaselineEntry) => ({file: entry.file, rule: entry.rule, hash: entry.hash, count: entry.count, claim: entry.claim ?? ''}))
}

function isEntry(value: unknown): value is Omit<BaselineEntry, 'claim'> & {claim?: string} {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  const count = entry['count']
  return (
    typeof entry['file'] === 'string' &&
    typeof entry['rule'] === 'string' &&
    typeof entry['hash'] === 'string' &&
    typeof count === 'number' &&
    Number.isInteger(count) &&
    count > 0 &&
    (entry['claim'] === undefined || typeof entry['claim'] === 'string')
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
