/**
 * Vitest setup (every test file): the user's cache directory is a fresh temporary directory, so no
 * test (nor a factlint process a test starts) reads or writes rule-data snapshots in the real
 * `~/.cache/factlint`.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll} from 'vitest'

const home = mkdtempSync(join(tmpdir(), 'factlint-cache-home-'))
process.env['XDG_CACHE_HOME'] = home
afterAll(() => rmSync(home, {recursive: true, force: true}))
