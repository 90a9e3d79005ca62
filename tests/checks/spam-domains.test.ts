/**
 * Matching links against domain lists: a `host` entry matches the host and its subdomains, a
 * `host/path` entry that host with paths under the path only, and the first matching entry of a
 * list is the one named.
 */
import {describe, expect, it} from 'vitest'
import {entryMatches, firstMatchingEntry} from '../../src/checks/spam-domains.js'

const link = (host: string, url: string) => ({host, url})

describe('domain-list entries', () => {
  it('match a host and its subdomains, never a longer name that ends like it', () => {
    expect(entryMatches('t.me', link('t.me', 'https://t.me/x'))).toBe(true)
    expect(entryMatches('t.me', link('s.t.me', 'https://s.t.me/x'))).toBe(true)
    expect(entryMatches('t.me', link('at.me', 'https://at.me/x'))).toBe(false)
  })

  it('with a path, match that host and paths under the path only', () => {
    expect(entryMatches('weixin.qq.com/r/', link('weixin.qq.com', 'https://weixin.qq.com/r/abc'))).toBe(true)
    expect(entryMatches('weixin.qq.com/r', link('weixin.qq.com', 'https://weixin.qq.com/r'))).toBe(true)
    expect(entryMatches('weixin.qq.com/r', link('weixin.qq.com', 'https://weixin.qq.com/rules'))).toBe(false)
    expect(entryMatches('weixin.qq.com/r', link('a.weixin.qq.com', 'https://a.weixin.qq.com/r/abc'))).toBe(false)
  })

  it('give the first entry of a list the link matches, the same on every call', () => {
    const list = ['qq.com/x', 'wa.me', 'weixin.qq.com/r', 'qq.com']
    expect(firstMatchingEntry(list, link('weixin.qq.com', 'https://weixin.qq.com/r/abc'))).toBe('weixin.qq.com/r')
    expect(firstMatchingEntry(list, link('weixin.qq.com', 'https://weixin.qq.com/s/abc'))).toBe('qq.com')
    expect(firstMatchingEntry(list, link('qq.com', 'https://qq.com/x/1'))).toBe('qq.com/x')
    expect(firstMatchingEntry(list, link('example.com', 'https://example.com/'))).toBeUndefined()
  })
})
