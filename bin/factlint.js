#!/usr/bin/env node
// The factlint command: runs the CLI (npm run build) and exits with its code. The launcher
// (dist/factlint.mjs) loads the CLI bundle through a code cache, saved after the run; a build
// without the bundle (tsc alone) runs the compiled modules instead.
import {existsSync} from 'node:fs'

const launcher = new URL('../dist/factlint.mjs', import.meta.url)
const {cli, saveCodeCache} = existsSync(launcher)
  ? (await import(launcher.href)).launch()
  : {cli: await import('../dist/cli/bundle-entry.js'), saveCodeCache: () => {}}

cli.main(process.argv.slice(2), cli.processIo()).then(
  (code) => {
    saveCodeCache()
    process.exitCode = code
  },
  (error) => {
    console.error(`factlint: internal error: ${error instanceof Error ? error.stack : String(error)}`)
    process.exitCode = 2
  }
)
