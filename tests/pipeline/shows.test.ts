import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {reporters} from '../../src/report/index.js'
import {project} from './project.js'

/** The JSON messages of `path` in a run of the project's articles. */
async function messagesOf(dir: string, path: string, shows?: (path: string) => boolean) {
  const {run} = await lint(['content'], {cwd: dir, date: new Date('2026-11-22T00:00:00Z'), workers: 1, ...(shows ? {shows} : {})})
  const file = run.files.find((f) => f.path === path)!
  return {json: reporters.json({...run, files: [file]}), run}
}

describe('a run narrowed to some articles (shows)', () => {
  it('gives the shown articles every message, cross-article ones included', async () => {
    const dir = project()
    const full = await messagesOf(dir, 'content/b.md')
    const narrowed = await messagesOf(dir, 'content/b.md', (path) => path === 'content/b.md')
    expect(full.json).toContain('timeline-contradiction')
    expect(narrowed.json).toBe(full.json)
  })

  it('still compares the shown article with every other one, and leaves out the others’ cross-article messages', async () => {
    const dir = project()
    const {run} = await messagesOf(dir, 'content/a.md', (path) => path === 'content/b.md')
    const b = run.files.find((f) => f.path === 'content/b.md')!
    const a = run.files.find((f) => f.path === 'content/a.md')!
    // b's 7-10 contradicts the 1-3 of the articles that are not shown.
    expect(b.messages.find((m) => m.ruleId === 'timeline-contradiction')?.reason).toMatch(/contradicts .*content\/a\.md/)
    expect(a.messages.some((m) => m.ruleId === 'timeline-contradiction')).toBe(false)
    const full = (await messagesOf(dir, 'content/a.md')).run.files.find((f) => f.path === 'content/a.md')!
    expect(full.messages.some((m) => m.ruleId === 'timeline-contradiction')).toBe(true)
  })
})
