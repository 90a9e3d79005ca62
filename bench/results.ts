/**
 * The benchmark's report: per corpus size, a table of medians (wall time, articles/s, MB/s, peak
 * RSS, ratios to factlint cold and to the floor), startup, and which targets are met.
 */
import type {Sample} from './measure.js'

/** The medians of one tool on one corpus. */
export interface Row {
  id: string
  name: string
  wall: number
  rss: number
  runs: number
}

/** Results on one corpus. */
export interface SizeResult {
  articles: number
  bytes: number
  rows: Row[]
}

/** Everything one benchmark run measured. */
export interface Results {
  date: string
  machine: string
  load: {start: number[]; end: number[]}
  runs: number
  sizes: SizeResult[]
  startup?: {node: number; factlint: number}
}

/** The median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The row of a tool's samples. */
export function rowOf(id: string, name: string, samples: readonly Sample[]): Row {
  return {id, name, wall: median(samples.map((s) => s.wall)), rss: median(samples.map((s) => s.rss)), runs: samples.length}
}

const fixed = (value: number, digits: number): string => value.toFixed(digits)

function table(size: SizeResult): string {
  const by = (id: string) => size.rows.find((row) => row.id === id)
  const cold = by('cold')
  const floor1 = by('floor1')
  const floor2 = by('floor2')
  const ratio = (row: Row, base: Row | undefined) => (base ? `${fixed(row.wall / base.wall, 2)}x` : '-')
  const lines = [
    '| tool | wall (s) | articles/s | MB/s | peak RSS (MB) | time vs factlint cold | time vs floor, 1 core | time vs floor, 2 cores |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const row of size.rows) {
    lines.push(
      `| ${row.name} | ${fixed(row.wall, 2)} | ${fixed(size.articles / row.wall, 0)} | ${fixed(size.bytes / 1e6 / row.wall, 2)} | ${fixed(row.rss, 0)} | ${ratio(row, cold)} | ${ratio(row, floor1)} | ${ratio(row, floor2)} |`
    )
  }
  return lines.join('\n')
}

/** One target: what it asks, what was measured, whether it holds. */
export interface Target {
  target: string
  measured: string
  met: boolean | undefined
}

/** The targets, judged on the 10k corpus (or the biggest measured). */
export function targets(results: Results): Target[] {
  const main = results.sizes.find((s) => s.articles === 10_000) ?? results.sizes.at(-1)
  if (!main) return []
  const by = (id: string) => main.rows.find((row) => row.id === id)
  const list: Target[] = []
  const cold = by('cold')
  const add = (target: string, a: Row | undefined, b: Row | undefined, measure: (a: Row, b: Row) => number, text: (v: number) => string, ok: (v: number) => boolean) => {
    if (!a || !b) return list.push({target, measured: 'not measured', met: undefined})
    const value = measure(a, b)
    return list.push({target, measured: text(value), met: ok(value)})
  }
  const n = main.articles.toLocaleString('en')
  add(`cold throughput >= 3x textlint (${n})`, by('textlint'), cold, (t, c) => t.wall / c.wall, (v) => `${fixed(v, 2)}x`, (v) => v >= 3)
  add(`cold time <= 1.5x the two-core parse floor (${n})`, cold, by('floor2'), (c, f) => c.wall / f.wall, (v) => `${fixed(v, 2)}x`, (v) => v <= 1.5)
  add(`warm cache <= 10% of cold (${n})`, by('warm'), cold, (w, c) => w.wall / c.wall, (v) => `${fixed(v * 100, 1)}%`, (v) => v <= 0.1)
  add(`PR mode <= 5% of cold (${n})`, by('pr'), cold, (p, c) => p.wall / c.wall, (v) => `${fixed(v * 100, 1)}%`, (v) => v <= 0.05)
  add(`peak RSS <= 300 MB, cold (${n})`, cold, cold, (c) => c.rss, (v) => `${fixed(v, 0)} MB`, (v) => v <= 300)
  const small = results.sizes.find((s) => s.articles === 1000)?.rows.find((r) => r.id === 'cold')
  const large = results.sizes.find((s) => s.articles === 50_000)?.rows.find((r) => r.id === 'cold')
  add('time per article at 50k within 20% of 1k', large, small, (l, s) => l.wall / 50_000 / (s.wall / 1000), (v) => `${fixed(v, 2)}x`, (v) => v <= 1.2)
  if (results.startup) {
    const v = results.startup.factlint / results.startup.node
    list.push({target: "startup for one article <= 3x `node -e ''`", measured: `${fixed(v, 1)}x (${fixed(results.startup.factlint * 1000, 0)} ms vs ${fixed(results.startup.node * 1000, 0)} ms)`, met: v <= 3})
  }
  return list
}

/** The report as Markdown. */
export function markdown(results: Results): string {
  const out = [
    '# factlint benchmark',
    '',
    'Written by `npm run bench` (see [bench/README.md](README.md)); rerun it to refresh. Medians of',
    `${results.runs} alternating runs per tool; wall time of the whole process, peak RSS from GNU time.`,
    '',
    `- date: ${results.date}`,
    `- machine: ${results.machine}`,
    `- load average (1, 5, 15 min) at start: ${results.load.start.map((v) => fixed(v, 2)).join(', ')}; at end: ${results.load.end.map((v) => fixed(v, 2)).join(', ')}`,
    ''
  ]
  for (const size of results.sizes) {
    out.push(`## ${size.articles.toLocaleString('en')} articles (${fixed(size.bytes / 1e6, 1)} MB)`, '', table(size), '')
  }
  if (results.startup) {
    out.push('## Startup', '', `One article: factlint ${fixed(results.startup.factlint * 1000, 0)} ms, \`node -e ''\` ${fixed(results.startup.node * 1000, 0)} ms (medians).`, '')
  }
  out.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |')
  for (const t of targets(results)) out.push(`| ${t.target} | ${t.measured} | ${t.met === undefined ? '-' : t.met ? 'yes' : 'no'} |`)
  out.push('')
  return out.join('\n')
}
