(function () {
  "use strict";
  var table = document.getElementById("results");
  var body = table.tBodies[0];
  var search = document.getElementById("filter");
  var warnOnly = document.getElementById("warnonly");
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-dim]"));
  var shown = document.getElementById("shown");
  var pairs = [];
  Array.prototype.forEach.call(body.querySelectorAll("tr.doc"), function (row) {
    var detail = row.nextElementSibling;
    pairs.push({row: row, detail: detail, text: row.textContent.toLowerCase()});
    row.querySelector(".toggle").addEventListener("click", function () {
      var open = detail.hidden;
      detail.hidden = !open;
      this.setAttribute("aria-expanded", String(open));
      this.textContent = open ? "\u25BE" : "\u25B8";
    });
  });

  function apply() {
    var q = search.value.trim().toLowerCase();
    var n = 0;
    pairs.forEach(function (p) {
      var ok = (!q || p.text.indexOf(q) >= 0) && (!warnOnly.checked || p.row.dataset.warnings !== "0");
      selects.forEach(function (s) {
        if (s.value && p.row.getAttribute("data-l-" + s.dataset.dim) !== s.value) { ok = false; }
      });
      p.row.hidden = !ok;
      if (!ok) { p.detail.hidden = true; resetToggle(p.row); }
      if (ok) { n++; }
    });
    shown.textContent = n + " of " + pairs.length + " documents";
  }

  function resetToggle(row) {
    var t = row.querySelector(".toggle");
    t.setAttribute("aria-expanded", "false");
    t.textContent = "\u25B8";
  }

  function key(p, th) {
    var k = th.dataset.key;
    if (k === "path") { return p.row.dataset.path; }
    if (k === "warnings") { return +p.row.dataset.warnings; }
    if (k === "language") { return p.row.dataset.language; }
    var r = p.row.getAttribute("data-r-" + k);
    var pr = p.row.getAttribute("data-p-" + k);
    return r === null ? -1 : (+r) * 10 + (+pr);
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      pairs.sort(function (a, b) {
        var x = key(a, th), y = key(b, th);
        var c = x < y ? -1 : x > y ? 1 : 0;
        return asc ? c : -c;
      });
      pairs.forEach(function (p) { body.appendChild(p.row); body.appendChild(p.detail); });
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll(".bar[data-dim]"), function (b) {
    b.addEventListener("click", function () {
      selects.forEach(function (s) {
        if (s.dataset.dim === b.dataset.dim) { s.value = s.value === b.dataset.label ? "" : b.dataset.label; }
      });
      apply();
      document.getElementById("docs").scrollIntoView();
    });
  });

  // report.html#expand opens every row (for screenshots and printing)
  if (location.hash === "#expand") {
    Array.prototype.forEach.call(body.querySelectorAll(".toggle"), function (t) { t.click(); });
  }

  search.addEventListener("input", apply);
  warnOnly.addEventListener("change", apply);
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
