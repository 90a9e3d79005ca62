/**
 * A pool of worker threads for the per-article stage. Articles are queued one by one (the queue is
 * bounded, so texts do not pile up in memory), sent in small batches, and each result (packed as
 * bytes, which the main thread keeps without building objects) is handed to the callback of its
 * article; the caller puts results in place, so the output does not depend on the number of
 * workers or on which finishes first.
 */
import {Worker} from 'node:worker_threads'
import type {RuleData} from '../rule-data.js'
import type {PackedResult} from './packed-result.js'
import {workerScript} from './worker-script.js'

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

/** A worker's answer to a batch: the results in order (packed, their bytes transferred), or the error that stopped it. */
export type WorkerReply = {id: number; results: PackedResult[]} | {id: number; error: {name: string; message: string; stack: string}}

type Done = (result: PackedResult) => void

interface Batch {
  task: WorkerTask
  done: Done[]
}

interface Slot {
  worker: Worker
  /** Batches sent to this worker and not answered yet. */
  inFlight: Set<number>
}

/** Settings of a {@link LintPool}. */
export interface PoolOptions {
  /** The worker script (default: `workerScript('worker')`). */
  script?: URL
  /**
   * Old-generation heap of each worker, in MB. A worker holds about 20 to 40 MB (code, rule data,
   * one batch of articles); the limit bounds a run's memory, and a worker that runs out of it (a
   * huge article) stops, and its batches are linted by `lintHere`.
   */
  heapMb?: number
  /** Lints an article in this thread: for the batches of a worker that ran out of memory. */
  lintHere: (article: PoolArticle) => PackedResult
}

const BATCH = 8
const IN_FLIGHT = 2
const QUEUED = 64
/**
 * Default old-generation heap of a worker (see {@link PoolOptions.heapMb}). On 10k articles, 64 MB
 * made V8 collect so often that the stage took 13% longer than with 256 MB, for 4 MB less peak
 * memory; 512 MB and more were no faster.
 */
export const WORKER_HEAP_MB = 256

/** Worker threads running the per-article stage. */
export class LintPool {
  private readonly workers: Slot[] = []
  private readonly batches = new Map<number, Batch>()
  private readonly queue: Batch[] = []
  private filling: Batch
  private nextId = 0
  private queued = 0
  private failure: Error | undefined
  private wake: (() => void) | undefined
  private readonly lintHere: (article: PoolArticle) => PackedResult

  /** Starts `size` workers, each given the rule data once. */
  constructor(size: number, data: RuleData, options: PoolOptions) {
    this.filling = this.newBatch()
    this.lintHere = options.lintHere
    const resourceLimits = {maxOldGenerationSizeMb: options.heapMb ?? WORKER_HEAP_MB}
    for (let i = 0; i < size; i++) {
      const worker = new Worker(options.script ?? workerScript('worker'), {workerData: {data}, resourceLimits})
      const slot: Slot = {worker, inFlight: new Set()}
      worker.on('message', (reply: WorkerReply) => this.receive(slot, reply))
      worker.on('error', (error: Error & {code?: string}) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.retire(slot)
        else this.fail(error)
      })
      worker.on('exit', (code) => {
        if (slot.inFlight.size && !this.failure) this.fail(new Error(`a lint worker stopped (exit code ${code})`))
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
      while (slot.inFlight.size < IN_FLIGHT && this.queue.length) {
        const batch = this.queue.shift()!
        slot.inFlight.add(batch.task.id)
        slot.worker.postMessage(batch.task)
      }
    }
    // Every worker ran out of memory: the rest is linted here.
    if (this.workers.length === 0) while (this.queue.length) this.lintBatchHere(this.queue.shift()!)
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    slot.inFlight.delete(reply.id)
    const batch = this.batches.get(reply.id)
    if (!batch) return
    if ('error' in reply) {
      const error = new Error(reply.error.message)
      error.name = reply.error.name
      error.stack = reply.error.stack
      this.fail(error)
      return
    }
    this.settle(batch, reply.results)
  }

  /** A worker out of memory: its unanswered batches are linted here, the others carry on. */
  private retire(slot: Slot): void {
    this.workers.splice(this.workers.indexOf(slot), 1)
    const orphans = [...slot.inFlight]
    slot.inFlight.clear()
    for (const id of orphans) {
      const batch = this.batches.get(id)
      if (batch) this.lintBatchHere(batch)
    }
    this.dispatch()
  }

  private lintBatchHere(batch: Batch): void {
    try {
      this.settle(
        batch,
        batch.task.articles.map((article) => this.lintHere(article))
      )
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)))
    }
  }

  private settle(batch: Batch, results: PackedResult[]): void {
    this.batches.delete(batch.task.id)
    results.forEach((result, i) => batch.done[i]!(result))
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
