import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLEAN, runCli, scratchProject, SPAM} from '../cli/helpers.js'

describe('factlint check writes the HTML report', () => {
  it('next to the Markdown report, with the registry and a rules version', async () => {
    const dir = scratchProject({'content/clean.md': CLEAN, 'content/spam.md': SPAM})
    await runCli(dir, 'check')
    const page = readFileSync(join(dir, 'reports/editorial-report.html'), 'utf8')
    expect(existsSync(join(dir, 'reports/editorial-report.md'))).toBe(true)
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toMatch(/<dt>Rules version<\/dt><dd><code>[0-9a-f]{12}<\/code><\/dd>/)
    expect(page).toMatch(/<span class="mark mark-verified" title="0120-800-000: [^"]*">verified<\/span> <a class="source" href="https:\/\/ssw\.web\.docomo\.ne\.jp\//)
    expect(page).toMatch(/<th scope="row" data-sort="00530111111">[\s\S]*?mark-shared[\s\S]*?<\/tr>/)
  })

  it('not with --no-report', async () => {
    const dir = scratchProject({'content/clean.md': CLEAN})
    await runCli(dir, 'check', '--no-report')
    expect(existsSync(join(dir, 'reports/editorial-report.html'))).toBe(false)
  })
})
