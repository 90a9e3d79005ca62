#!/usr/bin/env node
// The factlint command: runs the CLI (npm run build) and exits with its code. The launcher
// (dist/factlint.cjs) loads the CLI bundle through a code cache, saved after the run; a build
// without the bundle (tsc alone) runs the compiled modules instead. CommonJS (bin/package.json),
// like the launcher and the bundle, so that a run starts without Node's ES module loader.
'use strict'
const {existsSync} = require('node:fs')
const {join} = require('node:path')

const launcher = join(__dirname, '../dist/factlint.cjs')

async function run() {
  const {cli, saveCodeCache} = existsSync(launcher)
    ? require(launcher).launch()
    : {cli: await import('../dist/cli/bundle-entry.js'), saveCodeCache() {}}
  const code = await cli.main(process.argv.slice(2), cli.processIo())
  saveCodeCache(code)
  return code
}

run().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`factlint: internal error: ${error instanceof Error ? error.stack : String(error)}`)
    process.exitCode = 2
  }
)
