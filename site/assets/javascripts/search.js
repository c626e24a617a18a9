/* The header search: titles, authors, venues, years and keys of every paper, matched as the
 * reader types. It replaces the theme's search, whose index of every card took seconds to answer
 * at ten thousand papers; this one filters data/papers.js in a few milliseconds. */
(function () {
  "use strict";

  var kd = window.kdCatalogue;
  var LIMIT = 10;
  if (!kd) return;

  function rank(paper, words, phrase) {
    if (paper.titleFolded.indexOf(phrase) === 0) return 0;
    if (paper.titleFolded.indexOf(phrase) > 0) return 1;
    for (var i = 0; i < words.length; i++) {
      if (paper.titleFolded.indexOf(words[i]) < 0) return 3;
    }
    return 2;
  }

  /* Best matches first: the phrase opening the title, inside it, every word in it, elsewhere;
   * then newest first. Returns the total and the first `limit`. */
  function search(papers, query, limit) {
    var words = kd.terms(query);
    var phrase = words.join(" ");
    if (!words.length) return { total: 0, top: [] };
    var found = [];
    for (var i = 0; i < papers.length; i++) {
      if (kd.matches(papers[i], words)) found.push(papers[i]);
    }
    var ranked = found.map(function (paper) {
      return { paper: paper, rank: rank(paper, words, phrase) };
    });
    ranked.sort(function (a, b) {
      return a.rank - b.rank || b.paper.year - a.paper.year || a.paper.index - b.paper.index;
    });
    return {
      total: found.length,
      top: ranked.slice(0, limit).map(function (item) { return item.paper; })
    };
  }

  function build() {
    var box = kd.element("div", "kd-search");
    box.setAttribute("role", "search");
    var input = kd.element("input", "kd-search__input");
    input.type = "search";
    input.placeholder = "Search papers";
    input.setAttribute("aria-label", "Search papers by title, author, venue or year");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    var panel = kd.element("div", "kd-search__panel");
    panel.hidden = true;
    var meta = kd.element("p", "kd-search__meta");
    meta.setAttribute("aria-live", "polite");
    var list = kd.element("ol", "kd-search__results");
    var all = kd.element("a", "kd-search__all");
    panel.append(meta, list, all);
    box.append(input, panel);
    return { box: box, input: input, panel: panel, meta: meta, list: list, all: all };
  }

  function mount(ui) {
    var header = document.querySelector(".md-header__inner");
    if (header) {
      header.insertBefore(ui.box, header.querySelector(".md-header__source"));
    } else {
      var content = document.querySelector("main") || document.body;
      content.insertBefore(ui.box, content.firstChild);
    }
  }

  function show(ui, data, query) {
    var result = search(data.papers, query, LIMIT);
    ui.list.textContent = "";
    ui.panel.hidden = !kd.terms(query).length;
    ui.meta.textContent = result.total
      ? kd.plural(result.total, "paper matches", "papers match")
      : "No paper matches";
    result.top.forEach(function (paper) {
      var link = kd.element("a", "kd-search__link");
      link.href = paper.url;
      link.append(
        kd.element("span", "kd-search__title", paper.title),
        kd.element("span", "kd-search__detail", kd.describe(paper))
      );
      var item = kd.element("li", "kd-search__item");
      item.append(link);
      ui.list.append(item);
    });
    var browse = new URL("browse.html", kd.siteRoot);
    browse.searchParams.set("q", query.trim());
    ui.all.href = browse.href;
    ui.all.textContent = "Filter all " + kd.plural(result.total, "match", "matches") + " on the browse page";
    ui.all.hidden = result.total <= LIMIT;
  }

  function move(ui, step) {
    var links = Array.prototype.slice.call(ui.list.querySelectorAll("a"));
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    var next = at + step;
    if (next < 0) { ui.input.focus(); return; }
    links[Math.min(next, links.length - 1)].focus();
  }

  function start() {
    var ui = build();
    mount(ui);
    var data = null;
    var run = function () { if (data) show(ui, data, ui.input.value); };
    var prepare = function () {
      kd.load().then(function (loaded) { data = loaded; run(); }, function (error) {
        ui.panel.hidden = false;
        ui.meta.textContent = "Search is unavailable: " + error.message;
      });
    };
    ui.input.addEventListener("focus", prepare);
    ui.input.addEventListener("input", function () { if (data) run(); else prepare(); });
    ui.box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { move(ui, 1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { move(ui, -1); event.preventDefault(); }
      else if (event.key === "Escape") { ui.panel.hidden = true; ui.input.blur(); }
      else if (event.key === "Enter" && event.target === ui.input) {
        var first = ui.list.querySelector("a");
        if (first) window.location.href = first.href;
        event.preventDefault();
      }
    });
    document.addEventListener("click", function (event) {
      if (!ui.box.contains(event.target)) ui.panel.hidden = true;
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing) { ui.input.focus(); event.preventDefault(); }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
