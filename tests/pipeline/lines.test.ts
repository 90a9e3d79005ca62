import {describe, expect, it} from 'vitest'
import {lineStartsOf} from '../../src/pipeline/lines.js'

describe('lineStartsOf', () => {
  it('starts a line after each line feed', () => {
    expect(lineStartsOf('')).toEqual([0])
    expect(lineStartsOf('a\nbc\n\n日本\n')).toEqual([0, 2, 5, 6, 9])
  })

  it('counts \\r\\n as one line end and a lone \\r as one', () => {
    expect(lineStartsOf('a\r\nb\rc\n')).toEqual([0, 3, 5, 7])
    expect(lineStartsOf('\r\r\n')).toEqual([0, 1, 3])
    expect(lineStartsOf('x\r')).toEqual([0, 2])
  })
})
