/**
 * What the spam rules never report: the config's allowlist (`allow:` in factlint.config.yaml),
 * an article's own exemptions (`factlint: {allow: [...]}` in its frontmatter), inline directives,
 * and the carriers' official domains and handles of rules/spam.yaml.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {articleAllowlist} from '../../src/checks/spam-allow.js'
import {ConfigError} from '../../src/config/config-error.js'
import {lint} from '../../src/lint.js'
import {ruleData} from '../helpers/rule-data.js'

const SPAM = ['spam-link', 'spam-contact', 'spam-image', 'link-mismatch']

/** Spam messages of one article linted with a config file in a fresh directory. */
async function spamMessages(markdown: string, config?: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-allow-'))
  writeFileSync(join(dir, 'article.md'), markdown)
  if (config) writeFileSync(join(dir, 'factlint.config.yaml'), config)
  const {run} = await lint(['article.md'], {cwd: dir, rulesDir: resolve('rules')})
  return run.files[0]!.messages.filter((m) => SPAM.includes(String(m.ruleId))).map((m) => `${m.ruleId} ${m.actual ?? ''}`)
}

const ARTICLE = [
  '---',
  'title: 本站频道',
  'lang: zh-Hans',
  'country: JP',
  'updated: 2025-10-01',
  '---',
  '本站更新发布在 https://t.me/ourguides_jp ，也可以在 TG：@ourguides_bot 订阅。',
  '',
  '[ourguides.jp](https://cdn.ourguides-static.net/go?to=docomo)',
  ''
].join('\n')

describe('the spam allowlist', () => {
  it('reports the site\'s own channel, bot and redirect without an allowlist', async () => {
    expect(await spamMessages(ARTICLE)).toEqual([
      'spam-link https://t.me/ourguides_jp',
      'spam-contact TG：@ourguides_bot',
      'link-mismatch [ourguides.jp](https://cdn.ourguides-static.net/go?to=docomo)'
    ])
  })

  it('leaves domains, paths and handles of the config\'s allow: alone', async () => {
    const config = 'allow:\n  domains: [t.me/ourguides_jp, ourguides-static.net]\n  handles: ["@ourguides_bot"]\n'
    expect(await spamMessages(ARTICLE, config)).toEqual([])
    // A path entry allows that path only.
    expect(await spamMessages(ARTICLE.replace('t.me/ourguides_jp', 't.me/other_shop'), config)).toEqual(['spam-link https://t.me/other_shop'])
  })

  it('rejects an allowlist entry that is no domain or handle, naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-allow-'))
    writeFileSync(join(dir, 'article.md'), ARTICLE)
    writeFileSync(join(dir, 'factlint.config.yaml'), 'allow:\n  handles: ["not a handle"]\n')
    await expect(lint(['article.md'], {cwd: dir, rulesDir: resolve('rules')})).rejects.toThrow(ConfigError)
    await expect(lint(['article.md'], {cwd: dir, rulesDir: resolve('rules')})).rejects.toThrow(/factlint\.config\.yaml:2:/)
  })

  it('leaves the exemptions of an article\'s frontmatter alone, in that article only', async () => {
    const own = ARTICLE.replace('updated: 2025-10-01\n', "updated: 2025-10-01\nfactlint:\n  allow: [t.me/ourguides_jp, '@ourguides_bot', ourguides-static.net]\n")
    expect(articleAllowlist(own)).toEqual(['t.me/ourguides_jp', '@ourguides_bot', 'ourguides-static.net'])
    expect(await spamMessages(own)).toEqual([])
    expect(articleAllowlist('---\nfactlint: [broken\n---\n')).toEqual([])
    expect(articleAllowlist('no frontmatter')).toEqual([])
  })

  it('leaves a place silenced by an inline directive alone', async () => {
    const md = '<!-- factlint-disable-next-line spam-link, spam-contact -- our own channel -->\n本站频道 https://t.me/ourguides_jp ，TG：@ourguides_bot\n'
    expect(await spamMessages(md)).toEqual([])
  })
})

describe('official domains and handles of the rule data', () => {
  it('name carriers of the registry, each once', () => {
    const data = ruleData()
    const ids = new Set(data.carriers.map((c) => c.id))
    const official = data.spam.official ?? []
    expect(official.length).toBeGreaterThan(0)
    expect(official.filter((entry) => !ids.has(entry.carrier)).map((entry) => entry.carrier)).toEqual([])
    expect(new Set(official.map((entry) => entry.carrier)).size).toBe(official.length)
  })
})
