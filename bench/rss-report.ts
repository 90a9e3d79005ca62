/**
 * Where GNU time is missing: preloaded into a measured node process (`node --import`), writes the
 * process's peak RSS in KB (as time's `%M` does) to $BENCH_RSS_FILE when it exits.
 */
import {writeFileSync} from 'node:fs'

const file = process.env['BENCH_RSS_FILE']
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`))
