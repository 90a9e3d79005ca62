/**
 * The floor of any remark linter: parsing alone (unified + remark-parse + remark-frontmatter),
 * on one core or on several worker threads. `node dist/bench/floor.js THREADS DIR`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

function parseAll(dir: string, files: readonly string[]): number {
  let nodes = 0
  for (const file of files) nodes += processor.parse(readFileSync(join(dir, file), 'utf8')).children.length
  return nodes
}

if (isMainThread) {
  const threads = Number(process.argv[2] ?? 1)
  const dir = process.argv[3]!
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
  if (threads <= 1) {
    parseAll(dir, files)
  } else {
    const slices = Array.from({length: threads}, (_, t) => files.filter((_, i) => i % threads === t))
    await Promise.all(
      slices.map(
        (slice) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), {workerData: {dir, files: slice}})
            worker.on('message', () => resolve())
            worker.on('error', reject)
          })
      )
    )
  }
} else {
  const {dir, files} = workerData as {dir: string; files: string[]}
  parentPort!.postMessage(parseAll(dir, files))
}
