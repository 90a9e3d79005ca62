/**
 * The HTML report's only script, inlined and allowed by its hash. It shows the filters, hides the
 * items (`[data-item]`) that do not match them and the groups (`[data-group]`) left empty, and
 * sorts tables by a header click. It reads data from attributes and text only and writes only
 * `hidden`, attributes and `textContent`: no markup is ever built from data.
 */

/** The script's source (static: no data is ever interpolated into it). */
export const REPORT_SCRIPT = `(function () {
'use strict';
var doc = document;
var filters = doc.getElementById('filters');
var search = doc.getElementById('f-search');
var status = doc.getElementById('f-status');
var reset = doc.getElementById('f-reset');
var selects = Array.prototype.slice.call(doc.querySelectorAll('select[data-facet]'));
var items = Array.prototype.slice.call(doc.querySelectorAll('[data-item]'));
var groups = Array.prototype.slice.call(doc.querySelectorAll('[data-group]')).reverse();
var texts = items.map(function (item) {
  var card = item.closest('.card');
  var frame = card ? card.querySelector('.frame') : null;
  return ((item.textContent || '') + ' ' + (frame ? frame.textContent || '' : '')).toLowerCase();
});
function words(value) { return value ? value.split(' ') : []; }
function apply() {
  var wanted = selects.filter(function (s) { return s.value !== ''; }).map(function (s) { return [s.getAttribute('data-facet'), s.value]; });
  var query = search ? search.value.trim().toLowerCase() : '';
  var shown = 0;
  items.forEach(function (item, index) {
    var ok = wanted.every(function (pair) { return words(item.getAttribute('data-' + pair[0])).indexOf(pair[1]) !== -1; });
    ok = ok && (query === '' || texts[index].indexOf(query) !== -1);
    item.hidden = !ok;
    if (ok) shown++;
  });
  groups.forEach(function (group) {
    var inner = group.querySelectorAll('[data-item]');
    if (inner.length === 0) return;
    group.hidden = !Array.prototype.some.call(inner, function (item) { return !item.hidden; });
  });
  var active = wanted.length > 0 || query !== '';
  doc.body.classList.toggle('filtered', active);
  if (status) status.textContent = active ? shown + ' of ' + items.length + ' items match the filters.' : 'Showing all ' + items.length + ' items (findings, table and chart rows).';
}
if (filters) {
  filters.hidden = false;
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  if (search) search.addEventListener('input', apply);
  if (reset) reset.addEventListener('click', function () {
    selects.forEach(function (s) { s.value = ''; });
    if (search) search.value = '';
    apply();
  });
  apply();
}
function key(row, index) {
  var cell = row.cells[index];
  if (!cell) return '';
  var value = cell.getAttribute('data-sort');
  return value === null ? (cell.textContent || '').trim() : value;
}
function compare(a, b) {
  var x = Number(a), y = Number(b);
  if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
  return a.localeCompare(b, undefined, {numeric: true});
}
Array.prototype.forEach.call(doc.querySelectorAll('table.sortable'), function (table) {
  var head = table.tHead && table.tHead.rows[0];
  var body = table.tBodies[0];
  if (!head || !body) return;
  var heads = Array.prototype.slice.call(head.cells);
  heads.forEach(function (th, index) {
    var button = th.querySelector('button.sort');
    if (!button) return;
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) { return compare(key(a, index), key(b, index)) * (ascending ? 1 : -1); });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
})();
`
