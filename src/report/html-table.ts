/**
 * Tables of the HTML report: a caption, header buttons the page script sorts by (a cell's
 * `data-sort` when it has one, else its text), and a wrapper that scrolls sideways on narrow
 * screens so the page itself never does.
 */
import type {ArticleView} from './articles.js'
import {html, type SafeHtml} from './html-escape.js'

/** A table to render with {@link sortableTable}. */
export interface TableSpec {
  /** Id of the table (its caption gets `<id>-caption`). */
  id: string
  caption: string
  /** Header cells' content, one per column. */
  headers: readonly SafeHtml[]
  /** Rendered `<tr>` elements. */
  rows: readonly SafeHtml[]
  className?: string
}

/** Returns a sortable table in a keyboard-scrollable wrapper; each header is a button. */
export function sortableTable(spec: TableSpec): SafeHtml {
  const captionId = `${spec.id}-caption`
  const headers = spec.headers.map(
    (header) => html`<th scope="col" aria-sort="none"><button type="button" class="sort">${header}<span class="arrow" aria-hidden="true"></span></button></th>`
  )
  return html`<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">
<table id="${spec.id}" class="${['sortable', spec.className ?? ''].join(' ').trim()}">
<caption id="${captionId}">${spec.caption}</caption>
<thead><tr>${headers}</tr></thead>
<tbody>
${spec.rows.map((row) => html`${row}\n`)}</tbody>
</table>
</div>`
}

/** Returns `file:line` of an offset with the file's name only (its folders dropped), or the name alone without an offset. */
export function shortWhere(article: ArticleView, offset?: number): string {
  return (offset === undefined ? article.path : article.where(offset)).replace(/^.*\//, '')
}

/** Returns a table cell with {@link shortWhere}, the full `path:line` as its tooltip and sort key. */
export function whereCell(article: ArticleView, offset: number): SafeHtml {
  const where = article.where(offset)
  return html`<td class="path" title="${where}" data-sort="${where}">${shortWhere(article, offset)}</td>`
}
