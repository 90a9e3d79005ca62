/** Running the CLI in-process in a scratch project (a copy of rules/ plus given articles). */
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {main} from '../../src/cli/main.js'

/** A scratch project directory with the project's rules and the given files. */
export function scratchProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-cli-'))
  cpSync('rules', join(dir, 'rules'), {recursive: true})
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Runs `factlint ...args` in `cwd`; returns exit code and output. */
export async function runCli(cwd: string, ...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {cwd, isTTY: false, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t)})
  return {code, stdout, stderr}
}

/** A clean article about docomo, with frontmatter. */
export const CLEAN = `---
title: docomo 解约
lang: zh-Hans
country: JP
carriers: [jp.docomo]
updated: 2026-11-20
---
# docomo 解约

用 docomo 手机拨打 151，用座机拨打 0120-800-000。
`

/** A spam article with one error per kind, and a timeline claim. */
export const SPAM = `---
title: 日本电话卡怎么注销
lang: zh-Hans
country: JP
updated: 2025-05-13
---
# 日本电话卡怎么注销[[TG💪+ @esim1088](https://t.me/s/esim1088)]

- NTT DOCOMO：00530-111-111
- SoftBank：00530-111-111

注销申请提交后7-10个工作日内生效。
`
