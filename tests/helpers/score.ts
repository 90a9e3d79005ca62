/**
 * Scoring a run against gold findings the way ../shared/gold/README.md describes: a gold finding
 * is found when a message with its kind as rule id starts on its file and line; precision counts
 * the messages whose rule id is a gold kind.
 */
import {basename} from 'node:path'
import type {VFile} from 'vfile'
import {parse} from 'yaml'

/** One gold finding. */
export interface GoldFinding {
  file: string
  line: number
  kind: string
}

/** The gold file: findings by file, plus places of cross-document findings. */
export interface Gold {
  findings: GoldFinding[]
  cross: {kind: string; places: string[]}[]
}

/** Reads a gold YAML file; cross-document places count as gold findings. */
export function readGold(text: string): Gold {
  const raw = parse(text) as {findings: Record<string, {line: number; kind: string}[]>; cross?: {kind: string; places: string[]}[]}
  const findings = Object.entries(raw.findings).flatMap(([file, list]) => list.map((f) => ({file: stem(file), line: f.line, kind: f.kind})))
  return {findings, cross: raw.cross ?? []}
}

/** The score of a run. */
export interface Score {
  recall: number
  precision: number
  missing: string[]
  extra: string[]
}

/** Scores `files` against `gold`; `lineOffset` shifts message lines (frontmatter added on top). */
export function score(files: readonly VFile[], gold: Gold, lineOffset = 0): Score {
  const kinds = new Set(gold.findings.map((f) => f.kind))
  const key = (file: string, line: number, kind: string) => `${stem(file)}:${line}:${kind}`
  const wanted = new Set(gold.findings.map((f) => key(f.file, f.line, f.kind)))
  const allowed = new Set(wanted)
  for (const cross of gold.cross) {
    for (const place of cross.places) {
      const [file, line] = place.split(':')
      allowed.add(key(file!, Number(line), cross.kind))
    }
  }
  const reported = new Set<string>()
  let counted = 0
  let correct = 0
  const extra: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      if (!message.ruleId || !kinds.has(message.ruleId) || !message.place || !('start' in message.place)) continue
      const k = key(file.path, message.place.start.line - lineOffset, message.ruleId)
      counted++
      reported.add(k)
      if (allowed.has(k)) correct++
      else extra.push(`${k} ${message.reason}`)
    }
  }
  const missing = [...wanted].filter((k) => !reported.has(k))
  return {recall: (wanted.size - missing.length) / wanted.size, precision: counted ? correct / counted : 1, missing, extra}
}

function stem(file: string): string {
  return basename(file).replace(/\.(txt|md)$/, '')
}
