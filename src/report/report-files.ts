/**
 * Where `check` writes the editorial report. Its Markdown file is factlint's own output, not an
 * article: a later run over a directory that holds it leaves it out (see `findArticles`).
 */
import {resolve} from 'node:path'

/** The files of the editorial report. */
export interface EditorialReportFiles {
  markdown: string
  html: string
}

/**
 * The editorial report's files: in `chosen` (`--report-dir`), else the config's `reportDir`, else
 * `reports`; relative directories against `cwd`.
 */
export function editorialReportFiles(cwd: string, chosen: string | undefined, configured: string | undefined): EditorialReportFiles {
  const dir = resolve(cwd, chosen ?? configured ?? 'reports')
  return {markdown: resolve(dir, 'editorial-report.md'), html: resolve(dir, 'editorial-report.html')}
}
