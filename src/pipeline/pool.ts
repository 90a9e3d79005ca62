/**
 * A pool of worker threads for the per-article stage. Articles are queued one by one (the queue is
 * bounded, so texts do not pile up in memory), sent in small batches, and each result is handed to
 * the callback of its article; the caller puts results in place, so the output does not depend on
 * the number of workers or on which finishes first.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {RuleData} from '../rule-data.js'
import type {ArticleResult} from './lint-article.js'

/** An article sent to a worker. */
export interface PoolArticle {
  path: string
  text: string
  country?: string
}

/** A batch of articles sent to a worker. */
export interface WorkerTask {
  id: number
  articles: PoolArticle[]
}

/** A worker's answer to a batch: the results in order, or the error that stopped it. */
export type WorkerReply = {id: number; results: ArticleResult[]} | {id: number; error: {name: string; message: string; stack: string}}

type Done = (result: ArticleResult) => void

interface Batch {
  task: WorkerTask
  done: Done[]
}

const BATCH = 8
const IN_FLIGHT = 2
const QUEUED = 64

/**
 * The compiled worker script: beside this module, or, when running from the TypeScript sources
 * (tests), the one `npm run build` writes to dist/.
 */
export function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url)
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../../dist/pipeline/worker.js', import.meta.url)
}

/** Worker threads running the per-article stage. */
export class LintPool {
  private readonly workers: {worker: Worker; busy: number}[] = []
  private readonly batches = new Map<number, Batch>()
  private readonly queue: Batch[] = []
  private filling: Batch
  private nextId = 0
  private queued = 0
  private failure: Error | undefined
  private wake: (() => void) | undefined

  /** Starts `size` workers, each given the rule data once. */
  constructor(size: number, data: RuleData, script: URL = workerScript()) {
    this.filling = this.newBatch()
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, {workerData: {data}})
      const slot = {worker, busy: 0}
      worker.on('message', (reply: WorkerReply) => this.receive(slot, reply))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (this.batches.size && !this.failure) this.fail(new Error(`a lint worker stopped (exit code ${code})`))
      })
      this.workers.push(slot)
    }
  }

  /** Queues an article; `done` gets its result. Resolves when the queue has room for more. */
  async add(article: PoolArticle, done: Done): Promise<void> {
    if (this.failure) throw this.failure
    this.filling.task.articles.push(article)
    this.filling.done.push(done)
    this.queued++
    if (this.filling.done.length >= BATCH) this.flush()
    while (this.queued >= QUEUED && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve))
    if (this.failure) throw this.failure
  }

  /** Waits for every queued article, then stops the workers. Rejects with the first error. */
  async finish(): Promise<void> {
    try {
      this.flush()
      while (this.batches.size && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve))
      if (this.failure) throw this.failure
    } finally {
      await Promise.all(this.workers.map(({worker}) => worker.terminate()))
    }
  }

  private newBatch(): Batch {
    return {task: {id: this.nextId++, articles: []}, done: []}
  }

  private flush(): void {
    if (this.filling.done.length) {
      this.batches.set(this.filling.task.id, this.filling)
      this.queue.push(this.filling)
      this.filling = this.newBatch()
    }
    this.dispatch()
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      while (slot.busy < IN_FLIGHT && this.queue.length) {
        slot.busy++
        slot.worker.postMessage(this.queue.shift()!.task)
      }
    }
  }

  private receive(slot: {busy: number}, reply: WorkerReply): void {
    slot.busy--
    const batch = this.batches.get(reply.id)
    if (!batch) return
    this.batches.delete(reply.id)
    if ('error' in reply) {
      const error = new Error(reply.error.message)
      error.name = reply.error.name
      error.stack = reply.error.stack
      this.fail(error)
      return
    }
    reply.results.forEach((result, i) => batch.done[i]!(result))
    this.queued -= batch.done.length
    this.dispatch()
    this.signal()
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.signal()
  }

  private signal(): void {
    const wake = this.wake
    this.wake = undefined
    wake?.()
  }
}
