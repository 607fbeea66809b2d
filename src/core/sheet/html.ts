import { SHEET_COLUMNS, sheetSummary, statusLabel, type SheetRow } from './rows';

const STATUSES = ['supported', 'conflicting', 'cited', 'unsupported'];

/**
 * The sheet as one self-contained HTML page: inline CSS and script only, and a
 * Content-Security-Policy that loads nothing from anywhere. A fact-checker sorts by
 * clicking a column header and filters with a text box and a status menu. Everything
 * from a note or a dataset is escaped; the script only reads and reorders the table.
 */
export function sheetHtml(rows: readonly SheetRow[], notes: number, title = 'Fact-check sheet'): string {
  const head = SHEET_COLUMNS.map((c, i) => `<th scope="col" aria-sort="${i === 0 ? 'ascending' : 'none'}"><button type="button" data-column="${i}"${c === 'Line' || c === 'Year' ? ' data-numeric' : ''}>${c}</button></th>`).join('');
  const body = rows
    .map((r) => {
      const cells = [r.note, String(r.line), r.figure, statusLabel(r), r.source, r.year, r.quote].map((text, i) => `<td${i === 3 ? ` class="status ${r.status}"` : ''}>${escapeHtml(text)}</td>`);
      return `<tr data-status="${escapeHtml(r.status)}">${cells.join('')}</tr>`;
    })
    .join('\n');
  const options = ['<option value="">All statuses</option>', ...STATUSES.map((s) => `<option value="${s}">${s}</option>`)].join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p id="summary">${escapeHtml(sheetSummary(rows, notes))}.</p>
<form id="filters" role="search" onsubmit="return false">
<label>Filter <input id="filter" type="search" placeholder="note, figure, source or quote" autocomplete="off"></label>
<label>Status <select id="status">${options}</select></label>
<span id="shown" aria-live="polite">${rows.length} of ${rows.length} figures</span>
</form>
<table id="sheet">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
#summary { color: #57606a; margin: 0 0 1rem; }
#filters { display: flex; gap: 1rem; align-items: center; margin-bottom: .75rem; flex-wrap: wrap; }
#filters input { width: 22rem; max-width: 100%; }
#filters input, #filters select { font: inherit; padding: .25rem .4rem; }
#shown { color: #57606a; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid #0969da; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td:nth-child(2), td:nth-child(6) { text-align: right; white-space: nowrap; }
td:nth-child(3) { white-space: nowrap; font-weight: 600; }
td:nth-child(7) { color: #424a53; max-width: 40rem; }
.status { white-space: nowrap; }
.status.supported { color: #1a7f37; }
.status.conflicting { color: #cf222e; font-weight: 600; }
.status.cited { color: #0969da; }
.status.unsupported { color: #9a6700; font-weight: 600; }
tr[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  th { background: #161b22; }
  th, td { border-color: #30363d; }
  #summary, #shown, td:nth-child(7) { color: #9198a1; }
}
`;

/** Sorting is stable and by the column's text (numbers for Line and Year); the filter matches any cell. */
const SCRIPT = `
(function () {
  var table = document.getElementById('sheet');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var filter = document.getElementById('filter');
  var status = document.getElementById('status');
  var shown = document.getElementById('shown');
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  rows.forEach(function (row, i) { row.dataset.order = i; });

  function apply() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var wanted = status.value;
    var count = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var show = (!wanted || row.dataset.status === wanted) && words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !show;
      if (show) count++;
    });
    shown.textContent = count + ' of ' + rows.length + ' figures';
  }

  function sortBy(column, numeric, descending) {
    var key = function (row) {
      var text = row.cells[column].textContent;
      return numeric ? (parseFloat(text) || 0) : text.toLowerCase();
    };
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = x < y ? -1 : x > y ? 1 : a.dataset.order - b.dataset.order;
      return descending && x !== y ? -order : order;
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
    headers.forEach(function (th, i) { th.setAttribute('aria-sort', i === column ? (descending ? 'descending' : 'ascending') : 'none'); });
  }

  headers.forEach(function (th, i) {
    var button = th.querySelector('button');
    button.addEventListener('click', function () {
      sortBy(i, button.hasAttribute('data-numeric'), th.getAttribute('aria-sort') === 'ascending');
    });
  });
  filter.addEventListener('input', apply);
  status.addEventListener('change', apply);
})();
`;
