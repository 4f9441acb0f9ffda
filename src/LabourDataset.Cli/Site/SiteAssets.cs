namespace LabourDataset.Cli.Site;

/// <summary>The style sheet and the script every page carries inline (no external file, no CDN; works from file://).</summary>
internal static class SiteAssets
{
    public const string Css = """
        :root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--tint:#f6f8fa;--accent:#0b5cad;--bar:#2f6fb0;--bound:#b35c00}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#12385e;color:#fff;padding:.5rem 1rem}
        header a{color:#fff;margin-right:1rem}
        main{padding:1rem 1.25rem 2rem;max-width:1200px}
        footer{padding:1rem 1.25rem;color:var(--muted);border-top:1px solid var(--line);font-size:13px}
        a{color:var(--accent)}
        a:focus,button:focus,summary:focus,input:focus{outline:3px solid #f2b705;outline-offset:1px}
        h1{font-size:1.6rem;margin:.2rem 0 .6rem}
        h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line)}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        .orig{color:var(--muted)}
        .lead{color:var(--muted);max-width:60rem}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
        dl.facts dt{font-weight:600;color:var(--muted)}
        dl.facts dd{margin:0}
        .tools{margin:.5rem 0;display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
        .tools input{font:inherit;padding:.2rem .4rem;min-width:16rem}
        .tools output{color:var(--muted)}
        .scroll{overflow-x:auto;border:1px solid var(--line)}
        table{border-collapse:collapse;font-size:13.5px;width:100%}
        caption{text-align:left;padding:.3rem .5rem;color:var(--muted)}
        th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
        thead th{background:var(--tint);position:sticky;top:0;white-space:nowrap}
        thead th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
        thead th[aria-sort=ascending] button::after{content:" \25B2"}
        thead th[aria-sort=descending] button::after{content:" \25BC"}
        td.num{text-align:right;white-space:nowrap}
        tbody tr:target{background:#fff8c5}
        details summary{cursor:pointer;color:var(--accent)}
        details[open]{background:var(--tint);padding:.2rem .4rem}
        details dl{display:grid;grid-template-columns:max-content minmax(14rem,32rem);gap:.1rem .6rem;margin:.3rem 0;text-align:left;white-space:normal}
        details dt{font-weight:600;color:var(--muted)}
        details dd{margin:0}
        .status{font-size:12px;color:var(--bound)}
        figure{margin:.5rem 0 1rem}
        svg{max-width:100%;height:auto;font-family:system-ui,sans-serif}
        ul.cols{columns:16rem;padding-left:1.2rem}
        """;

    /// <summary>
    /// Sortable, filterable tables: a click on a column header sorts (numbers by their data-v value), the filter box
    /// hides rows without the text. ?q=text prefills the first table's filter, ?sort=column&amp;dir=descending sorts it.
    /// </summary>
    public const string Script = """
        (function () {
          'use strict';
          var params = new URLSearchParams(window.location.search);
          var tables = document.querySelectorAll('table.data');
          Array.prototype.forEach.call(tables, function (table, n) {
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.forEach(function (row, i) { row.setAttribute('data-i', String(i)); });
            var input = document.getElementById(table.id + '-filter');
            var count = document.getElementById(table.id + '-count');
            var heads = table.tHead.rows[0].cells;
            function key(row, i) {
              var cell = row.cells[i];
              if (!cell) { return ''; }
              var v = cell.getAttribute('data-v');
              return v !== null ? v : cell.textContent.trim().toLowerCase();
            }
            function apply() {
              var q = input ? input.value.trim().toLowerCase() : '';
              var shown = 0;
              rows.forEach(function (row) {
                var hit = q === '' || row.textContent.toLowerCase().indexOf(q) >= 0;
                row.hidden = !hit;
                if (hit) { shown++; }
              });
              if (count) { count.textContent = shown + ' of ' + rows.length + ' rows shown'; }
            }
            function sortBy(i, dir) {
              var numeric = rows.every(function (r) { var k = key(r, i); return k === '' || isFinite(Number(k)); });
              var sign = dir === 'descending' ? -1 : 1;
              rows.sort(function (a, b) {
                var x = key(a, i), y = key(b, i);
                if (x === '' || y === '') {
                  if (x !== y) { return x === '' ? 1 : -1; }
                } else {
                  var c = numeric ? Number(x) - Number(y) : (x < y ? -1 : x > y ? 1 : 0);
                  if (c !== 0) { return sign * c; }
                }
                return Number(a.getAttribute('data-i')) - Number(b.getAttribute('data-i'));
              });
              rows.forEach(function (r) { body.appendChild(r); });
              Array.prototype.forEach.call(heads, function (th, j) {
                if (j === i) { th.setAttribute('aria-sort', dir); } else { th.removeAttribute('aria-sort'); }
              });
            }
            Array.prototype.forEach.call(heads, function (th, i) {
              var button = th.querySelector('button');
              if (!button) { return; }
              button.addEventListener('click', function () {
                sortBy(i, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
              });
            });
            if (input) { input.addEventListener('input', apply); }
            if (n === 0) {
              if (input && params.get('q')) { input.value = params.get('q'); }
              var col = params.get('sort');
              Array.prototype.forEach.call(heads, function (th, i) {
                if (col !== null && th.getAttribute('data-col') === col) {
                  sortBy(i, params.get('dir') === 'descending' ? 'descending' : 'ascending');
                }
              });
            }
            apply();
          });
        }());
        """;
}
