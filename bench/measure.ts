/**
 * Runs one command as a child process and measures its wall time and peak RSS (GNU time's %M
 * when /usr/bin/time exists, else `process.resourceUsage().maxRSS` reported by a preloaded module;
 * every measured command is a node process).
 */
import {spawn} from 'node:child_process'
import {existsSync, openSync, closeSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'

/** One measured run. */
export interface Sample {
  /** Wall time in seconds. */
  wall: number
  /** Peak resident set size in MB. */
  rss: number
}

const TIME = '/usr/bin/time'

/** Runs `command` (argv) in `cwd`; rejects when it exits with a code not in `ok`. */
export async function measure(command: readonly string[], cwd: string, scratch: string, ok: readonly number[] = [0, 1]): Promise<Sample> {
  const rssFile = join(scratch, 'rss.txt')
  const logFile = join(scratch, 'log.txt')
  rmSync(rssFile, {force: true})
  const argv = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...command] : [command[0]!, '--import', new URL('./rss-report.js', import.meta.url).href, ...command.slice(1)]
  const log = openSync(logFile, 'w')
  const start = performance.now()
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {cwd, stdio: ['ignore', log, log], env: {...process.env, BENCH_RSS_FILE: rssFile}})
    child.on('error', reject)
    child.on('exit', (status) => resolve(status ?? -1))
  })
  const wall = (performance.now() - start) / 1000
  closeSync(log)
  if (!ok.includes(code)) throw new Error(`${command.join(' ')} exited with ${code}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`)
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop())
  return {wall, rss: kb / 1024}
}
