/**
 * `npm run bench`: generates the corpora, runs factlint (cold, warm cache, pull-request mode), its
 * peers and the parse-only floor on each, alternating, and prints and writes bench/RESULTS.md.
 *
 * Environment: BENCH_SIZES (default 1000,10000; add 50000 for the 50k corpus), BENCH_RUNS
 * (default 3), BENCH_TOOLS (ids to run, default all: cold,warm,pr,textlint,remark,floor1,floor2,
 * startup), BENCH_RESULTS (where the report goes, default bench/RESULTS.md).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {join, resolve} from 'node:path'
import {commitCorpus, prhDictionary, writeCorpus, type Corpus} from './corpus.js'
import {measure, type Sample} from './measure.js'
import {markdown, median, rowOf, targets, type Results, type SizeResult} from './results.js'
import {changesOf, prLabel, snapshotBuild, TOOLS, type Context} from './tools.js'

const root = process.cwd()
const base = resolve(root, 'bench/corpus')
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number)
const runs = Number(process.env['BENCH_RUNS'] ?? 3)
const only = process.env['BENCH_TOOLS']?.split(',')
const tools = TOOLS.filter((tool) => !only || only.includes(tool.id))
const SEED = 20261122
const build = snapshotBuild(root, join(base, 'build'))

const results: Results = {
  date: new Date().toISOString(),
  machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${process.platform}`,
  load: {start: loadavg(), end: []},
  runs,
  sizes: []
}

// Startup first, on a machine not yet busy with the corpus runs: a 200 ms run is the measure most
// sensitive to the state they leave behind (measured last, it once gave 206 ms where runs alone
// the same day gave 158 to 176 ms).
if (!only || only.includes('startup')) results.startup = await startup()

for (const size of sizes) {
  const started = performance.now()
  console.log(`\n== ${size} articles: generating (or reusing) the corpus`)
  const corpus = writeCorpus(root, base, size, SEED)
  const ctx = prepare(corpus, size)
  console.log(`${corpus.files.length} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB; warming the cache`)
  const warmed = await measure([...TOOLS[0]!.command(ctx), '--cache', '--cache-location', join(ctx.scratch, 'warm-cache')], ctx.corpus.dir, ctx.scratch)
  console.log(`factlint cold writing the cache: ${warmed.wall.toFixed(2)} s, ${warmed.rss.toFixed(0)} MB`)
  const samples = new Map<string, Sample[]>(tools.map((tool) => [tool.id, []]))
  for (let round = 0; round < runs; round++) {
    const order = tools.map((_, i) => tools[(i + round) % tools.length]!)
    for (const tool of order) {
      tool.before?.(ctx)
      try {
        const sample = await measure(tool.command(ctx), tool.cwd(ctx), ctx.scratch)
        samples.get(tool.id)!.push(sample)
        console.log(`  round ${round + 1}/${runs} ${tool.name.padEnd(40)} ${sample.wall.toFixed(2).padStart(8)} s ${sample.rss.toFixed(0).padStart(6)} MB`)
      } finally {
        tool.after?.(ctx)
      }
    }
  }
  const result: SizeResult = {
    articles: corpus.files.length,
    bytes: corpus.bytes,
    rows: tools.map((tool) => rowOf(tool.id, tool.id === 'pr' ? prLabel(ctx.git) : tool.name, samples.get(tool.id)!))
  }
  results.sizes.push(result)
  console.log(`${size} articles done in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

results.load.end = loadavg()
const report = markdown(results)
writeFileSync(resolve(root, process.env['BENCH_RESULTS'] ?? 'bench/RESULTS.md'), report)
console.log(`\n${report}`)
const missed = targets(results).filter((t) => t.met === false)
console.log(missed.length ? `${missed.length} target(s) not met` : 'every measured target met')

/** The scratch directory, textlint config and pull-request edits of a corpus. */
function prepare(corpus: Corpus, size: number): Context {
  const scratch = join(base, `scratch-${size}`)
  mkdirSync(scratch, {recursive: true})
  writeFileSync(join(scratch, 'prh.yml'), prhDictionary(root))
  writeFileSync(join(scratch, 'textlintrc.json'), JSON.stringify({rules: {prh: {rulePaths: [join(scratch, 'prh.yml')]}}}))
  const git = commitCorpus(corpus.dir)
  return {root, build, corpus, scratch, changed: changesOf(corpus), git}
}

/** Medians of 10 alternating runs: `node -e ''` and factlint on one article. */
async function startup(): Promise<{node: number; factlint: number}> {
  console.log('\n== startup: one article')
  const corpus = writeCorpus(root, base, 1, SEED)
  const scratch = join(base, 'scratch-1')
  mkdirSync(scratch, {recursive: true})
  const bare: number[] = []
  const one: number[] = []
  for (let i = 0; i < 10; i++) {
    bare.push((await measure([process.execPath, '-e', ''], root, scratch)).wall)
    one.push((await measure([process.execPath, join(build, 'bin/factlint.js'), 'check', corpus.files[0]!, '--rules', join(build, 'rules'), '--no-report'], corpus.dir, scratch)).wall)
  }
  return {node: median(bare), factlint: median(one)}
}
