/**
 * The worker thread of the per-article stage: receives the rule data once (as `workerData`), then
 * batches of articles, and answers each batch with their results in order, packed (their bytes
 * are transferred, not copied).
 */
import {parentPort, workerData} from 'node:worker_threads'
import {rules} from '../checks/index.js'
import type {RuleData} from '../rule-data.js'
import {lintArticle} from './lint-article.js'
import {packResult} from './packed-result.js'
import type {WorkerReply, WorkerTask} from './pool.js'

const data = (workerData as {data: RuleData}).data
const port = parentPort!

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply
  try {
    reply = {id: task.id, results: task.articles.map((article) => packResult(lintArticle(article.path, article.text, data, rules, article.country)))}
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error))
    reply = {id: task.id, error: {name: cause.name, message: cause.message, stack: cause.stack ?? ''}}
  }
  port.postMessage(reply, 'results' in reply ? reply.results.map((result) => result.bytes.buffer as ArrayBuffer) : [])
})
