/**
 * Runs for the CI reporters' tests: a corpus through the real pipeline (Chinese text, emoji, a
 * finding across articles, an article that cannot be read), the seed corpus, and hand-built
 * articles with hostile text and paths.
 */
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {lint} from '../../src/lint.js'
import {runLint, type LoadedArticle} from '../../src/pipeline/engine.js'
import type {LintRun} from '../../src/report/model.js'
import {ruleData} from '../helpers/rule-data.js'
import {article, runOf, say, urlOf} from './fixtures.js'

/** The articles of {@link pipelineRun}. */
export const CORPUS: Record<string, string> = {
  'content/docomo 解约.md':
    '---\ntitle: docomo 解约指南\nlang: zh-Hans\ncountry: JP\nupdated: 2026-11-20\n---\n\n' +
    '# docomo 解约指南\n\n通常情况下，注销会在1-3个工作日内生效。\n\n' +
    '- NTT DOCOMO：00530-111-111\n- SoftBank：00530-111-111\n\n' +
    '有问题😀请联系客服 [TG💪+ @esim1088](https://t.me/s/esim1088)\n',
  'content/softbank.md':
    '---\ntitle: SoftBank 解约\nlang: zh-Hans\ncountry: JP\nupdated: 2026-11-20\n---\n\n' + '一般情况下，注销申请提交后7-10个工作日内生效。\n',
  'content/clean.md': '---\ntitle: 干净的文章\nlang: zh-Hans\ncountry: JP\nupdated: 2026-11-20\n---\n\n这篇文章没有问题。\n'
}

/**
 * The corpus linted by the real pipeline (rules/ data, cwd `/repo`): shared hotlines, a spam link
 * after an emoji, a timeline contradiction between two articles, a clean article and an article
 * that cannot be read.
 */
export function pipelineRun(): LintRun {
  const data = ruleData()
  const articles: LoadedArticle[] = [
    ...Object.entries(CORPUS).map(([path, text]) => ({path, text})),
    {path: 'content/broken.md', problem: 'The article is not valid UTF-8 (first bad byte at offset 3); re-save it as UTF-8'}
  ]
  return runLint(articles, {
    cwd: '/repo',
    data,
    severities: data.severities,
    docsUrl: urlOf,
    version: '0.1.0',
    date: new Date('2026-11-22T08:30:00Z')
  })
}

/** The seed articles (tests/fixtures/seeds) linted with lint(), as `npm run check` would. */
export async function seedRun(): Promise<LintRun> {
  const {run} = await lint(['tests/fixtures/seeds'], {cwd: resolve('.'), date: new Date('2026-11-22T08:30:00Z')})
  return run
}

/** Text an article can hold that would break or hijack one format or another. */
export const HOSTILE =
  ']]> <script>alert(1)</script> &amp; @everyone [x](1) {0} 100% %0A ::error::x ,a:b "q" \'s\' ' +
  '\u0001\u001b[31m\u007f\u0085\u202e\ufffe end'

/**
 * An article at a hostile path (comma, colon, space, CJK, `#`) whose message text, claim, fix and
 * related place are hostile (see {@link HOSTILE}), including a line break in the reason.
 */
export function hostileFile(): VFile {
  const source = `# 标题\n\n广告：${HOSTILE}\n`
  const file = article('content/x, y:z #1 注销.md', source)
  say(file, {
    ruleId: 'spam-contact',
    reason: `Unexpected contact ${HOSTILE}\r\n::warning::injected`,
    on: HOSTILE,
    severity: 'error',
    actual: HOSTILE,
    expected: [HOSTILE],
    suggestion: `Remove ${HOSTILE}`,
    fix: {range: [source.indexOf(HOSTILE), source.indexOf(HOSTILE) + HOSTILE.length], text: HOSTILE},
    related: [{file: 'content/x, y:z #1 注销.md', line: 1, column: 3, endLine: 1, endColumn: 5, text: HOSTILE}]
  })
  return file
}

/** A run of {@link hostileFile} alone. */
export function hostileRun(): LintRun {
  return runOf([hostileFile()])
}
