/** Scratch projects for the cache, shard and worker tests: rules plus a few articles that find things across articles. */
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {lint, type LintOptions} from '../../src/lint.js'
import {reporters} from '../../src/report/index.js'

/** An article stating `number` as the hotline of `carrier`, with a processing time. */
export function article(carrier: string, number: string, days = '1-3'): string {
  return `---\ntitle: ${carrier} 解约\nlang: zh-Hans\ncountry: JP\nupdated: 2026-11-20\n---\n# ${carrier} 解约\n\n${carrier}的客服电话：${number}\n\n注销申请提交后${days}个工作日内生效。\n`
}

/** Articles whose findings cross articles (one number for two carriers, contradicting times), and spam. */
export const ARTICLES: Record<string, string> = {
  'content/a.md': article('docomo', '0120-111-222'),
  'content/b.md': article('SoftBank', '0120-333-444', '7-10'),
  'content/c.md': article('au', '0120-555-666'),
  'content/d.md': `${article('docomo', '0120-800-000')}\n[TG @esim1088](https://t.me/s/esim1088)\n`,
  'content/e.md': article('楽天モバイル', '0120-777-888'),
  'content/f.md': '',
  'content/g.md': article('ahamo', '0120-999-000', '2-4')
}

/** A scratch directory with the project's rules and `files`. */
export function project(files: Record<string, string> = ARTICLES): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-pipeline-'))
  cpSync('rules', join(dir, 'rules'), {recursive: true})
  for (const [path, content] of Object.entries(files)) write(dir, path, content)
  return dir
}

/** Writes one file of a scratch project. */
export function write(dir: string, path: string, content: string): void {
  mkdirSync(dirname(join(dir, path)), {recursive: true})
  writeFileSync(join(dir, path), content)
}

const DATE = new Date('2026-11-22T00:00:00Z')

/** Lints `content` of `dir`; returns the JSON output, the stylish output and the stage's stats. */
export async function lintJson(dir: string, options: LintOptions = {}): Promise<{json: string; stylish: string; stats: Awaited<ReturnType<typeof lint>>['stats']}> {
  const {run, stats} = await lint(['content'], {cwd: dir, date: DATE, ...options})
  return {json: reporters.json(run), stylish: reporters.stylish(run, {color: false}), stats}
}
