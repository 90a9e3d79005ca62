/** Reading articles one after another into one reused buffer (the stage's reader). */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleReader} from '../../src/pipeline/article-reader.js'
import {decodeArticle, readArticleBytes} from '../../src/pipeline/read-articles.js'

function articles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-reader-'))
  mkdirSync(join(dir, 'jp'))
  writeFileSync(join(dir, 'jp/docomo.md'), '---\ntitle: 解约\n---\n\n拨打 0120-800-000 咨询。\n')
  // Over the reader's first 64 KB: the buffer grows, and the whole file comes back.
  writeFileSync(join(dir, 'jp/long.md'), `# 长文\n\n${'请携带护照或在留卡。\n'.repeat(5000)}`)
  writeFileSync(join(dir, 'jp/empty.md'), '')
  return dir
}

describe('ArticleReader', () => {
  it('gives the same bytes as reading each file on its own, small and large, in any order', () => {
    const dir = articles()
    const reader = new ArticleReader()
    for (const path of ['jp/docomo.md', 'jp/long.md', 'jp/docomo.md', 'jp/empty.md', 'jp/long.md']) {
      const bytes = reader.read(path, dir)
      expect(Buffer.isBuffer(bytes) && bytes.equals(readArticleBytes(path, dir) as Buffer), path).toBe(true)
    }
    const long = reader.read('jp/long.md', dir) as Buffer
    expect(long.length).toBeGreaterThan(64 * 1024)
    expect(decodeArticle('jp/long.md', long)).toEqual({path: 'jp/long.md', text: `# 长文\n\n${'请携带护照或在留卡。\n'.repeat(5000)}`})
  })

  it('hands out a view of its buffer, overwritten by the next read', () => {
    const dir = articles()
    const reader = new ArticleReader()
    const first = reader.read('jp/docomo.md', dir) as Buffer
    const copy = Buffer.from(first)
    reader.read('jp/long.md', dir)
    expect(first.equals(copy)).toBe(false)
  })

  it('says why a file cannot be read, as readArticleBytes does, and goes on', () => {
    const dir = articles()
    const reader = new ArticleReader()
    expect(reader.read('jp/missing.md', dir)).toEqual({path: 'jp/missing.md', problem: 'Cannot read the article (ENOENT); check that it exists and is readable'})
    expect(reader.read('jp', dir)).toEqual(readArticleBytes('jp', dir))
    expect((reader.read('jp/docomo.md', dir) as Buffer).toString('utf8')).toContain('0120-800-000')
  })
})
