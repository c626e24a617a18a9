/* The browse page: every paper, filtered by text, years, category (with the categories below
 * it), venue and code, and sorted, in the page itself. The filters live in the address
 * (?q=…&from=…&cat=…), so a filtered view can be bookmarked and shared; what is listed can be
 * exported as BibTeX, RIS, CSL-JSON or a list of keys. */
(function () {
  "use strict";

  var kd = window.kdCatalogue;
  var form = document.getElementById("kd-browse");
  var PAGE = 100;
  if (!kd || !form) return;
  var count = document.getElementById("kd-count");
  var list = document.getElementById("kd-results");
  var more = document.getElementById("kd-more");
  var exporter = document.getElementById("kd-export");
  var FIELDS = ["q", "from", "to", "cat", "venue", "code", "sort"];
  var data = null;
  var found = [];
  var shown = 0;
  var listed = null;

  function byTitle(a, b) {
    return a.titleFolded < b.titleFolded ? -1 : a.titleFolded > b.titleFolded ? 1 : a.index - b.index;
  }

  /* Undated papers go last in both year orders. "Recently added" is the order of the feeds and
   * of the home page's latest additions (catalogue/outputs/site/feeds.py). */
  var ORDERS = {
    newest: function (a, b) { return (b.year || -1e9) - (a.year || -1e9) || byTitle(a, b); },
    oldest: function (a, b) { return (a.year || 1e9) - (b.year || 1e9) || byTitle(a, b); },
    title: byTitle,
    added: function (a, b) {
      return a.added < b.added ? 1 : a.added > b.added ? -1 : ORDERS.newest(a, b);
    }
  };

  function value(name) {
    var field = form.elements[name];
    return field.type === "checkbox" ? (field.checked ? "1" : "") : field.value.trim();
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field || !params.has(name)) return;
      if (field.type === "checkbox") field.checked = params.get(name) === "1";
      else field.value = params.get(name);
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var v = value(name);
      if (v && !(name === "sort" && v === "newest")) params.set(name, v);
    });
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : window.location.pathname);
  }

  function number(name) {
    var parsed = parseInt(form.elements[name].value, 10);
    return isNaN(parsed) ? null : parsed;
  }

  function predicate() {
    var words = kd.terms(form.elements.q.value);
    var from = number("from");
    var to = number("to");
    var venue = form.elements.venue.value;
    var venueIndex = data.venues.findIndex(function (v) { return v.id === venue; });
    var cat = data.categories.find(function (c) { return c.id === form.elements.cat.value; });
    var under = cat ? new Set(cat.under) : null;
    var code = form.elements.code.checked;
    return function (p) {
      if (from !== null && (!p.year || p.year < from)) return false;
      if (to !== null && (!p.year || p.year > to)) return false;
      if (venue && p.venue !== venueIndex) return false;
      if (code && !p.code) return false;
      if (under && !p.categories.some(function (c) { return under.has(c); })) return false;
      return !words.length || kd.matches(p, words);
    };
  }

  function row(paper) {
    var item = kd.element("li", "kd-result");
    var link = kd.element("a", "kd-result__title", paper.title);
    link.href = paper.url;
    item.append(link, kd.element("span", "kd-result__meta", kd.describe(paper)));
    if (paper.talk) item.append(kd.element("span", "kd-badge", "talk"));
    if (paper.code) item.append(kd.element("span", "kd-badge kd-badge--code", "code"));
    return item;
  }

  function showMore() {
    var next = found.slice(shown, shown + PAGE);
    var fragment = document.createDocumentFragment();
    next.forEach(function (paper) { fragment.append(row(paper)); });
    list.append(fragment);
    shown += next.length;
    more.hidden = shown >= found.length;
    more.textContent = "Show " + Math.min(PAGE, found.length - shown) + " more";
  }

  /* Rebuilds the list only when a filter or the order changed. Leaving a field after typing
   * fires "change" with nothing new: rebuilding then would replace the link under the pointer
   * before the click that left the field lands on it. */
  function update() {
    var state = FIELDS.map(value).join("\u0000");
    if (state === listed) return;
    listed = state;
    found = data.papers.filter(predicate());
    found.sort(ORDERS[form.elements.sort.value] || ORDERS.newest);
    list.textContent = "";
    shown = 0;
    showMore();
    count.setAttribute("data-count", String(found.length));
    count.textContent = found.length === data.papers.length
      ? "All " + kd.tally(data.papers)
      : kd.tally(found) + " of " + kd.tally(data.papers);
    exporter.hidden = !found.length;
    writeAddress();
  }

  /* The entries of one format for every paper, loaded on first use (a script element: it works
   * from the disk too), in the order of data/papers.js. */
  var formats = {};
  function entries(format) {
    if (!formats[format]) {
      formats[format] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL("data/export-" + format + ".js", kd.siteRoot).href;
        script.onload = function () { resolve(window.__kdExport[format]); };
        script.onerror = function () { reject(new Error("the " + format + " entries did not load")); };
        document.head.appendChild(script);
      });
    }
    return formats[format];
  }

  function exported(format, items) {
    var chosen = found.map(function (paper) { return items[paper.index]; });
    if (format === "csl") return JSON.stringify(chosen, null, 2) + "\n";
    return chosen.join(format === "ris" ? "\r\n" : "\n");
  }

  function exportListed(button) {
    var format = button.getAttribute("data-format");
    if (format === "keys") {
      kd.save(button, found.map(function (paper) { return paper.key; }).join("\n") + "\n");
      return;
    }
    entries(format).then(function (items) { kd.save(button, exported(format, items)); },
      function (error) { count.textContent = error.message; });
  }

  readAddress();
  count.textContent = "Loading the paper list…";
  kd.load().then(function (loaded) {
    data = loaded;
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(update, 0); });
    more.addEventListener("click", showMore);
    exporter.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-format]");
      if (button) exportListed(button);
    });
    update();
  }, function (error) {
    count.textContent = "The paper list did not load: " + error.message;
  });
})();
