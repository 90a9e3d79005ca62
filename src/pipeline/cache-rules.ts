/**
 * The rule data kept in the cache's header line, so a run with `--cache` and unchanged rule files
 * skips parsing and validating them (a fifth of the time of a pull-request run). It is used only
 * when the hash of the rules directory's files (names and bytes, factlint's version and build id) matches,
 * and its checksum holds.
 */
import {closeSync, openSync, readdirSync, readFileSync, readSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {buildId} from '../build-info.js'
import type {RuleData} from '../rule-data.js'

/** Rule data as stored: the hash of the files it was loaded from, and a checksum of the data. */
export interface CachedRules {
  input: string
  checksum: string
  data: RuleData
}

/** Longest header line read (the rule data is some hundreds of KB). */
const MAX_HEADER = 16 << 20

/**
 * The hash of everything `loadRuleData` reads from `dir` (its `*.yaml` files and `schema/*.json`,
 * names and bytes), factlint's version and its build id; undefined when the directory cannot be read.
 */
export function rulesInput(dir: string, version: string): string | undefined {
  try {
    const hash = createHash('sha1').update(version).update(`\0${buildId()}`)
    for (const [sub, pattern] of [['', /\.ya?ml$/], ['schema', /\.json$/]] as const) {
      for (const name of readdirSync(join(dir, sub)).filter((n) => pattern.test(n)).sort()) {
        hash.update(`\0${sub}/${name}\0`).update(readFileSync(join(dir, sub, name)))
      }
    }
    return hash.digest('hex')
  } catch {
    return undefined
  }
}

/** The checksum of rule data (so a damaged header is not trusted). */
export function rulesChecksum(data: RuleData): string {
  return createHash('sha1').update(JSON.stringify(data)).digest('hex')
}

/** The rule data in the header of the cache at `file` when it was loaded from files of hash `input`, else undefined. */
export function readCachedRules(file: string, format: string, input: string): RuleData | undefined {
  try {
    const header = JSON.parse(firstLine(file)) as {format?: unknown; rules?: Partial<CachedRules>}
    const rules = header.rules
    if (header.format !== format || !rules || rules.input !== input || !rules.data || typeof rules.data !== 'object') return undefined
    return rules.checksum === rulesChecksum(rules.data) ? rules.data : undefined
  } catch {
    return undefined
  }
}

function firstLine(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const chunks: Buffer[] = []
    let size = 0
    for (;;) {
      const chunk = Buffer.alloc(1 << 16)
      const read = readSync(fd, chunk, 0, chunk.length, size)
      const end = chunk.subarray(0, read).indexOf(10)
      if (end !== -1 || read === 0 || size + read > MAX_HEADER) {
        chunks.push(chunk.subarray(0, end === -1 ? read : end))
        return Buffer.concat(chunks).toString('utf8')
      }
      chunks.push(chunk.subarray(0, read))
      size += read
    }
  } finally {
    closeSync(fd)
  }
}
