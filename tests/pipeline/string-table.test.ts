import {describe, expect, it} from 'vitest'
import {StringTable} from '../../src/pipeline/string-table.js'

/** A result as a worker sends it: nested objects and arrays, strings repeated across articles. */
function result(path: string) {
  return {
    record: {
      path,
      claims: {carriers: [{kind: 'carrier', carrier: 'jp.docomo', span: {start: 3, end: 9}, context: {block: 0, blockType: 'heading'}}], phones: []},
      lineStarts: [0, 12, 40]
    },
    reports: [{ruleId: 'hotline-unverified', report: {span: {start: 1, end: 2}, message: 'not in the registry', expected: ['151', '0120-800-000'], fix: undefined}}],
    directives: null,
    crashed: false
  }
}

describe('StringTable', () => {
  it('returns the very value it was given, changed in place to equal values only', () => {
    const table = new StringTable()
    const first = result('content/a.md')
    const second = result('content/b.md')
    expect(table.intern(first)).toBe(first)
    expect(table.intern(second)).toBe(second)
    expect(first).toEqual(result('content/a.md'))
    expect(second).toEqual(result('content/b.md'))
    expect(second.reports[0]!.report.expected).toEqual(['151', '0120-800-000'])
    expect(Object.keys(second.reports[0]!.report)).toEqual(['span', 'message', 'expected', 'fix'])
  })

  it('takes primitives, empty and top-level arrays as they are', () => {
    const table = new StringTable()
    expect(table.intern('jp.docomo')).toBe('jp.docomo')
    expect(table.intern(42)).toBe(42)
    expect(table.intern(null)).toBe(null)
    expect(table.intern(undefined)).toBe(undefined)
    expect(table.intern([])).toEqual([])
    expect(table.intern(['a', ['b', {c: 'a'}]])).toEqual(['a', ['b', {c: 'a'}]])
  })
})
