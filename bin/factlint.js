#!/usr/bin/env node
// The factlint command: runs the compiled CLI (npm run build) and exits with its code.
import {main} from '../dist/cli/main.js'
import {processIo} from '../dist/cli/io.js'

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`factlint: internal error: ${error instanceof Error ? error.stack : String(error)}`)
    process.exitCode = 2
  }
)
