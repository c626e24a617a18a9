/* The browse page: every paper, filtered by text, years, category (with the categories below
 * it), venue and code, and sorted, in the page itself. The filters live in the address
 * (?q=…&from=…&cat=…), so a filtered view can be bookmarked and shared. */
(function () {
  "use strict";

  var kd = window.kdCatalogue;
  var form = document.getElementById("kd-browse");
  var PAGE = 100;
  if (!kd || !form) return;
  var count = document.getElementById("kd-count");
  var list = document.getElementById("kd-results");
  var more = document.getElementById("kd-more");
  var FIELDS = ["q", "from", "to", "cat", "venue", "code", "sort"];
  var data = null;
  var found = [];
  var shown = 0;

  function byTitle(a, b) {
    return a.titleFolded < b.titleFolded ? -1 : a.titleFolded > b.titleFolded ? 1 : a.index - b.index;
  }

  /* Undated papers go last in both year orders. */
  var ORDERS = {
    newest: function (a, b) { return (b.year || -1e9) - (a.year || -1e9) || byTitle(a, b); },
    oldest: function (a, b) { return (a.year || 1e9) - (b.year || 1e9) || byTitle(a, b); },
    title: byTitle,
    added: function (a, b) {
      return a.added < b.added ? 1 : a.added > b.added ? -1 : ORDERS.newest(a, b);
    }
  };

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
      var field = form.elements[name];
      var value = field.type === "checkbox" ? (field.checked ? "1" : "") : field.value.trim();
      if (value && !(name === "sort" && value === "newest")) params.set(name, value);
    });
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : window.location.pathname);
  }

  function number(name) {
    var value = parseInt(form.elements[name].value, 10);
    return isNaN(value) ? null : value;
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

  function update() {
    found = data.papers.filter(predicate());
    found.sort(ORDERS[form.elements.sort.value] || ORDERS.newest);
    list.textContent = "";
    shown = 0;
    showMore();
    var total = data.papers.length;
    count.setAttribute("data-count", String(found.length));
    count.textContent = found.length === total
      ? "All " + kd.plural(total, "paper", "papers")
      : kd.plural(found.length, "paper", "papers") + " of " + total.toLocaleString("en") + " match";
    writeAddress();
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
    update();
  }, function (error) {
    count.textContent = "The paper list did not load: " + error.message;
  });
})();
