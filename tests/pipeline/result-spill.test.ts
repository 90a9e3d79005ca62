import {mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ResultSpill} from '../../src/pipeline/result-spill.js'

/** Results of many sizes: some far above the 1 MB chunk, most small. */
function results(): Uint8Array[] {
  return Array.from({length: 300}, (_, i) => new TextEncoder().encode(`${i}:${'结果'.repeat(i === 7 ? 400_000 : (i * 37) % 900)}`))
}

describe('the spill of packed results', () => {
  it('gives back every result in the order added, through a file that no longer exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spill-test-'))
    const spill = new ResultSpill(dir)
    expect(spill.onDisk).toBe(true)
    expect(readdirSync(dir)).toEqual([])
    const added = results()
    for (const bytes of added) spill.add(bytes)
    const back = spill.finish()
    expect(back.map((bytes) => Buffer.from(bytes).toString())).toEqual(added.map((bytes) => Buffer.from(bytes).toString()))
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps results in memory when no temporary file can be made', () => {
    const spill = new ResultSpill(join(tmpdir(), 'no-such-dir-for-factlint', 'deeper'))
    expect(spill.onDisk).toBe(false)
    const added = results()
    for (const bytes of added) spill.add(bytes)
    const back = spill.finish()
    expect(back).toHaveLength(added.length)
    expect(back.every((bytes, i) => bytes === added[i])).toBe(true)
  })

  it('can be disposed of halfway (a failed stage), leaving nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spill-test-'))
    const spill = new ResultSpill(dir)
    for (const bytes of results().slice(0, 20)) spill.add(bytes)
    spill.dispose()
    spill.dispose()
    expect(spill.onDisk).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })
})
