/** Values made the first time they are asked for and kept in a Map or WeakMap. */
import {describe, expect, it} from 'vitest'
import {kept} from '../src/memo.js'

describe('kept', () => {
  it('makes a value once per key and returns the kept one after', () => {
    const store = new Map<string, string[]>()
    let made = 0
    const make = (key: string) => () => {
      made++
      return [key]
    }
    const first = kept(store, 'jp', make('jp'))
    expect(kept(store, 'jp', make('jp'))).toBe(first)
    expect(kept(store, 'it', make('it'))).toEqual(['it'])
    expect(made).toBe(2)
    expect([...store.keys()]).toEqual(['jp', 'it'])
  })

  it('keeps values per object in a WeakMap, one level inside another', () => {
    const store = new WeakMap<object, Map<string, number>>()
    const data = {}
    const other = {}
    expect(kept(kept(store, data, () => new Map()), 'a', () => 1)).toBe(1)
    expect(kept(kept(store, data, () => new Map()), 'a', () => 2)).toBe(1)
    expect(kept(kept(store, other, () => new Map()), 'a', () => 3)).toBe(3)
  })

  it('keeps false and 0, and makes undefined again', () => {
    const store = new Map<string, boolean | number | undefined>()
    let calls = 0
    expect(kept(store, 'no', () => (calls++, false))).toBe(false)
    expect(kept(store, 'no', () => (calls++, true))).toBe(false)
    expect(kept(store, 'zero', () => (calls++, 0))).toBe(0)
    expect(kept(store, 'zero', () => (calls++, 1))).toBe(0)
    kept(store, 'none', () => (calls++, undefined))
    kept(store, 'none', () => (calls++, undefined))
    expect(calls).toBe(4)
  })
})
