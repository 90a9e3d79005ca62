/**
 * The fixes of the spam rules: text-range edits that remove spam items, the call-to-action
 * sentence carrying them and lines left empty, leaving every other character; idempotent; on the
 * seeds, a relint after the fix finds no spam and every other finding as before.
 */
import {describe, expect, it} from 'vitest'
import {runLint, type LoadedArticle} from '../../src/pipeline/engine.js'
import {applyFixes} from '../../src/pipeline/fixes.js'
import type {LintRun} from '../../src/report/model.js'
import {ruleData} from '../helpers/rule-data.js'
import {seedArticles} from '../helpers/seeds.js'

const SPAM = new Set(['spam-link', 'spam-contact', 'spam-image'])

function lintAll(articles: LoadedArticle[]): LintRun {
  const data = ruleData()
  return runLint(articles, {cwd: '/', data, severities: data.severities, docsUrl: (id) => id, version: 'test'})
}

/** Each article's text after applying every fix of a run. */
function fixed(run: LintRun): string[] {
  return run.files.map((file) => applyFixes(String(file.value), file.messages.flatMap((m) => (m.fix ? [m.fix] : []))).output)
}

function fix(markdown: string): string {
  return fixed(lintAll([{path: 'example.md', text: markdown}]))[0]!
}

describe('spam fixes', () => {
  it('remove the whole call-to-action sentence carrying the spam, and nothing else', () => {
    const md =
      '不妨试试eSIM卡。更多关于eSIM卡的信息，欢迎加入我们的讨论群组[[TG💪+ @esim1088](https://t.me/s/esim1088)]，与大家一起交流经验！\n\n下一段。\n'
    expect(fix(md)).toBe('不妨试试eSIM卡。\n\n下一段。\n')
    const first = '最后，如有疑问，欢迎加入我们的讨论群组[[TG💪+ @esim1088](https://t.me/s/esim1088)]，与其他用户一起交流经验。祝大家旅途愉快！\n'
    expect(fix(first)).toBe('祝大家旅途愉快！\n')
  })

  it('remove a line left with nothing but markers, with its line break', () => {
    expect(fix('正文。\n\n- 飞机：@jpcard_vip\n- 正常条目\n')).toBe('正文。\n\n- 正常条目\n')
    expect(fix('正文。\n\n[[TG💪+ @esim1088](https://t.me/s/esim1088) ![Image](https://i.postimg.cc/4NQfJmqS/a.png)]')).toBe('正文。\n')
    expect(fix('> 代办注销，微信：esim2025。\n\n正文。\n')).toBe('\n正文。\n')
  })

  it('remove frames and labels that hold nothing but the spam', () => {
    expect(fix('# docomo怎么解约『TG客服：fastsim_bot』\n')).toBe('# docomo怎么解约\n')
    expect(fix('以上就是全部流程〔——电报搜索@kaika99——〕，希望对你有帮助。\n')).toBe('以上就是全部流程，希望对你有帮助。\n')
    expect(fix('详情【微信】esim2024 有更多优惠\n')).toBe('详情 有更多优惠\n')
    expect(fix('正文。\n\n客服【微信】esim2024 在线\n')).toBe('正文。\n\n')
    expect(fix('频道飞机：[@kaika99](https://t.me/kaika99)发布最新价格\n')).toBe('频道发布最新价格\n')
  })

  it('remove the sentence of an anchor-text link, unless it links something else too', () => {
    expect(fix('正文。\n\n詳しくは[こちら](https://bit.ly/mineo-daikou)をご覧ください。\n')).toBe('正文。\n\n')
    expect(fix('Price list: https://bit.ly/jp-sim-cancel\n')).toBe('')
    expect(fix('- 微信号：esimshop（备用）\n- 正常条目\n')).toBe('- 正常条目\n')
  })

  it('remove only the link in a sentence that says more', () => {
    expect(fix('**日本上网卡如何注销？轻松解决你的困扰[[TG💪+ @esim1088](https://t.me/s/esim1088)]**\n')).toBe('**日本上网卡如何注销？轻松解决你的困扰**\n')
  })

  it('leave likely findings to the editor', () => {
    const md = '注销完成后会看到如下页面：\n\n![完成](https://i.imgur.com/AbC123.png)\n'
    expect(fix(md)).toBe(md)
  })

  it('stay fast on hostile text: thousands of spam items on one line without a stop', () => {
    const md = 'TG：@abc1234 [x](https://t.me/a) 秒回 '.repeat(2000) + '\n'
    const started = Date.now()
    const out = fix(md)
    expect(out).not.toMatch(/t\.me|@abc1234/)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('on the seeds: only spam goes, a relint finds every other message as before, and a second fix changes nothing', () => {
    const seeds = seedArticles().map(({name, text}) => ({path: name.replace(/\.txt$/, '.md'), text}))
    const before = lintAll(seeds)
    const after = fixed(before)
    expect(after).not.toEqual(seeds.map((s) => s.text))
    const relint = lintAll(seeds.map((seed, i) => ({path: seed.path, text: after[i]!})))
    const others = (run: LintRun) => run.files.map((file) => file.messages.filter((m) => !SPAM.has(String(m.ruleId))).map((m) => `${m.ruleId} ${m.actual ?? ''}`))
    expect(relint.files.flatMap((file) => file.messages.filter((m) => SPAM.has(String(m.ruleId))))).toEqual([])
    expect(others(relint)).toEqual(others(before))
    expect(fixed(relint)).toEqual(after)
    for (const [i, seed] of seeds.entries()) {
      expect(after[i]).not.toMatch(/t\.me|@esim1088|@jx0703|postimg|user-attachments/)
      // Every line that survives is a line of the seed, unchanged or with spam cut out.
      const lines = new Set(seed.text.split('\n'))
      for (const line of after[i]!.split('\n')) if (!lines.has(line)) expect(seed.text).toMatch(/TG💪/)
    }
  })
})
