import {describe, expect, it} from 'vitest'
import {applyFixes} from '../../src/pipeline/fixes.js'

describe('applyFixes', () => {
  it('applies edits by range, in any order, leaving every other character as it was', () => {
    const source = '标题[[TG @a](https://t.me/a)]\n正文 ![x](https://i.postimg.cc/x.png)\n'
    const link = source.indexOf('[[')
    const image = source.indexOf('![x]')
    const result = applyFixes(source, [
      {range: [image - 1, image + '![x](https://i.postimg.cc/x.png)'.length], text: ''},
      {range: [link, source.indexOf(')]') + 2], text: ''}
    ])
    expect(result).toEqual({output: '标题\n正文\n', applied: 2, skipped: 0})
  })

  it('skips overlapping and out-of-range edits', () => {
    expect(applyFixes('abcdef', [{range: [1, 4], text: 'X'}, {range: [2, 5], text: 'Y'}, {range: [5, 99], text: ''}])).toEqual({
      output: 'aXef',
      applied: 1,
      skipped: 2
    })
  })

  it('changes nothing without edits', () => {
    expect(applyFixes('正文', [])).toEqual({output: '正文', applied: 0, skipped: 0})
  })
})
