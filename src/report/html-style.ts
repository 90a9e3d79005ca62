/**
 * The HTML report's stylesheet, inlined and allowed by its hash: readable from phone width to
 * 1280 px and beyond, long unbroken strings wrap, tables scroll inside their own box, colours meet
 * WCAG AA contrast, and it prints without the controls.
 */

/** The stylesheet (static: no data is ever interpolated into it). */
export const REPORT_STYLE = `
:root { --fg: #1b1b1b; --muted: #4d4d4d; --bg: #fff; --soft: #f4f5f7; --line: #d0d4da; --accent: #1f5f99;
  --error: #b3261e; --warning: #8a5300; --info: #1f5f99; --bar: #3b6ea8; --red: #c62828; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
  "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; overflow-wrap: anywhere; }
main, .page-header, .page-footer { max-width: 1200px; margin: 0 auto; padding: 0 1rem; }
.page-footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); margin-top: 2rem; }
section[id], .article { scroll-margin-top: 7rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .3rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, .table-wrap:focus-visible {
  outline: 3px solid #f0a500; outline-offset: 2px; }
code, pre, .path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .9em; }
code { background: var(--soft); padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; word-break: break-word; }
.path { color: var(--muted); overflow-wrap: anywhere; }
.id { color: var(--muted); font-size: .8em; font-weight: normal; }
h3 .path { color: var(--fg); font-size: 1rem; font-weight: 700; }
pre code, .frame code { font-size: 1em; }
ul.plain, ol.plain { list-style: none; margin: 0; padding: 0; }
.skip { position: absolute; left: .5rem; top: -3rem; z-index: 3; background: #fff; padding: .3rem .6rem; border: 2px solid var(--accent); }
.skip:focus { top: .5rem; }
main:focus { outline: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.run { display: flex; flex-wrap: wrap; gap: .3rem 1.6rem; margin: 0 0 .6rem; }
.run div { min-width: 0; }
.run dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.run dd { margin: 0; }
nav.sections ul { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .4rem 0; }
.filter-bar { position: sticky; top: 0; z-index: 2; padding: .4rem 1rem; background: rgba(255, 255, 255, .96); }
.filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .6rem 1rem; padding: .6rem .8rem; max-width: 1168px; margin: 0 auto;
  background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; font-weight: 600; color: var(--muted); min-width: 0; }
.filters select, .filters input, .filters button { font: inherit; font-size: .9rem; color: var(--fg); padding: .3rem .4rem;
  border: 1px solid #8a8f98; border-radius: 4px; background: #fff; max-width: 13rem; min-width: 0; }
.filters input { width: 12rem; }
.filters button { cursor: pointer; }
.filters .status { flex-basis: 100%; margin: 0; font-size: .85rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .8rem; font-weight: 600; color: #fff; background: #555; white-space: nowrap; }
.badge.sev-error { background: var(--error); }
.badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); }
.mark { display: inline-block; padding: 0 .4em; margin: 0 .25em .1em 0; border-radius: 3px; font-size: .78rem; font-weight: 600; border: 1px solid; white-space: nowrap; }
.mark-invalid, .mark-contradiction { color: #8c1d18; background: #fde7e7; }
.mark-shared { color: #5b1a86; background: #f3e8fb; }
.mark-mismatch { color: #6b4100; background: #fff2d9; }
.mark-verified { color: #1c5e31; background: #e4f3e8; }
.mark-unverified { color: #444; background: #efefef; }
.mark-finding { color: #6b4100; background: #fff2d9; font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.article { margin-top: 1.2rem; }
.article-meta { margin: 0 0 .5rem; color: var(--muted); font-size: .9rem; }
.article-meta .title { color: var(--fg); font-weight: 600; }
.cards > li { margin: 0 0 .8rem; border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 4px; padding: .5rem .7rem; }
.cards > li.sev-error { border-left-color: var(--error); }
.cards > li.sev-warning { border-left-color: var(--warning); }
.finding + .finding { border-top: 1px dashed var(--line); margin-top: .4rem; padding-top: .4rem; }
.finding-head { margin: 0; display: flex; flex-wrap: wrap; gap: .2rem .5rem; align-items: baseline; }
.finding-head .rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem; font-weight: 600; }
.finding-head .where { color: var(--muted); font-size: .85rem; }
.reason { margin: .2rem 0; }
.frame { margin: 0 0 .4rem; padding: .4rem .5rem; background: #f7f7f9; border: 1px solid #e3e5e8; border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.frame-line { display: flex; gap: .6rem; }
.frame-line .ln { flex: none; min-width: 2.5em; text-align: right; color: #6b6b6b; user-select: none; }
.frame-line code { background: none; padding: 0; min-width: 0; }
.frame mark { background: #ffe08a; color: #000; border-radius: 2px; outline: 1px solid #c99a00; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .8rem; margin: .3rem 0 0; font-size: .9rem; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; min-width: 0; }
pre.expected { margin: 0; white-space: pre-wrap; background: var(--soft); padding: .2rem .4rem; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: .4rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; color: var(--muted); }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th code, td code { overflow-wrap: anywhere; }
thead th { background: var(--soft); padding: 0; overflow-wrap: normal; }
th .sort { all: unset; box-sizing: border-box; display: block; width: 100%; padding: .35rem .45rem; cursor: pointer; font-weight: 700; }
th .sort:focus-visible { outline: 3px solid #f0a500; outline-offset: -3px; }
th[aria-sort="ascending"] .arrow::after { content: " ▲"; }
th[aria-sort="descending"] .arrow::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.matrix td { min-width: 8.5rem; }
.matrix tbody th { position: sticky; left: 0; background: #fff; z-index: 1; min-width: 9rem; }
.matrix td.empty { background: #fafafa; }
.count { font-weight: 700; }
.places { font-size: .8rem; color: var(--muted); margin-top: .15rem; }
.legend, figcaption { font-size: .88rem; color: var(--muted); }
.chart { margin: 0; }
.chart-axis, .chart-row { display: grid; grid-template-columns: minmax(11rem, 22rem) minmax(0, 1fr); gap: .2rem 1rem; align-items: center; }
.chart-axis .axis-title { font-size: .8rem; color: var(--muted); text-align: right; }
.chart-axis svg text { font-size: 11px; fill: #4d4d4d; }
.chart-row { border-top: 1px solid #eceef1; padding: .3rem 0; }
.chart-label { margin: 0; font-size: .85rem; }
.chart-label .action { font-weight: 600; }
.chart-label .path, .chart-label .carrier { display: block; font-size: .8rem; }
.chart-label .range { display: inline-block; margin-right: .6rem; font-size: .8rem; }
svg.bars { display: block; overflow: visible; }
svg .grid { stroke: #dde1e6; stroke-width: 1; }
svg .bar { fill: var(--bar); }
svg .bar-contradiction { fill: var(--red); }
svg .bar-approx { fill-opacity: .5; stroke: currentColor; stroke-dasharray: 3 2; }
.key { display: inline-block; font-size: .8rem; padding-left: 1.2em; position: relative; margin-right: .8rem; }
.key::before { content: ""; position: absolute; left: 0; top: .35em; width: .9em; height: .7em; border-radius: 2px; background: var(--bar); }
.key-contradiction::before { background: var(--red); }
.key-approx::before { background: #9db6d3; outline: 1px dashed #333; }
.docs { display: flex; flex-wrap: wrap; gap: .25rem; }
.doc { border: 1px solid var(--line); border-radius: 3px; padding: 0 .35em; font-size: .85rem; background: #fff; }
.doc.listed { border-color: #1c5e31; background: #e4f3e8; }
.doc.unlisted { border-color: #6b4100; background: #fff2d9; }
.registry { font-size: .88rem; }
.registry p { margin: .2rem 0; color: var(--muted); }
.docs-legend .doc { font-size: .8rem; }
.registry ul { margin: 0 0 .4rem; padding-left: 1.2rem; }
.source-type { color: var(--muted); font-size: .8rem; }
.urls { font-size: .8rem; margin-top: .15rem; }
@media (max-width: 640px) {
  body { font-size: 14px; }
  main, .page-header, .page-footer { padding: 0 .6rem; }
  .filter-bar { position: static; padding: .4rem .6rem; }
  .filters { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .5rem .6rem; }
  .filters select, .filters input { width: 100%; max-width: none; }
  .filters label[for="f-search"] { grid-column: 1 / -1; }
  .filters .status { grid-column: 1 / -1; }
  .chart-axis, .chart-row { grid-template-columns: minmax(0, 1fr); }
  .chart-axis .axis-title { text-align: left; }
  .facts { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  body { font-size: 10pt; }
  .filter-bar, nav.sections { display: none !important; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
  .matrix tbody th { position: static; }
  .cards > li, tr, .chart-row, .carrier-documents { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .badge, .mark, svg, .frame mark, .doc { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`
