/* The catalogue's scripts: the paper list, the header search, BibTeX copy buttons, the browse
 * page. No dependencies and no other host: the paper list is data/papers.js, loaded by a script
 * element so that the site works from a server and from the disk alike. Text from the data only
 * ever reaches the page as textContent, never as markup. */
(function () {
  "use strict";

  var here = document.currentScript;
  var siteRoot = new URL("../../", here ? here.src : location.href);
  var pending = null;

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function terms(query) {
    return fold(query).split(/\s+/).filter(Boolean);
  }

  /* Rows of data/papers.js (see catalogue/site/browse_data.py) turned into objects, once. */
  function prepare(raw) {
    var venues = raw.venues;
    var papers = raw.papers.map(function (row, index) {
      var venue = row[4] >= 0 ? venues[row[4]] : null;
      var venueText = venue ? venue.short + " " + venue.name : "";
      return {
        index: index,
        key: row[0],
        title: row[1],
        authors: row[2],
        year: row[3],
        venue: row[4],
        venueShort: venue ? venue.short : "",
        categories: row[5],
        code: row[6] === 1,
        talk: row[7] === 1,
        url: new URL("papers/" + row[0] + ".html", siteRoot).href,
        added: row[8],
        titleFolded: fold(row[1]),
        haystack: fold([row[1], row[2], venueText, row[3] || "", row[0]].join(" \u0000 "))
      };
    });
    return { papers: papers, categories: raw.categories, venues: venues };
  }

  function load() {
    if (!pending) {
      pending = new Promise(function (resolve, reject) {
        if (window.__kdCatalogue) {
          resolve(prepare(window.__kdCatalogue));
          return;
        }
        var script = document.createElement("script");
        script.src = new URL("data/papers.js", siteRoot).href;
        script.onload = function () { resolve(prepare(window.__kdCatalogue)); };
        script.onerror = function () { reject(new Error("the paper list did not load")); };
        document.head.appendChild(script);
      });
    }
    return pending;
  }

  function matches(paper, words) {
    for (var i = 0; i < words.length; i++) {
      if (paper.haystack.indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  function shortAuthors(authors) {
    var names = authors ? authors.split(", ") : [];
    return names.length > 3 ? names[0] + " et al." : names.join(", ");
  }

  function describe(paper) {
    var where = [paper.venueShort, paper.year || ""].filter(Boolean).join(" ");
    return [shortAuthors(paper.authors), where].filter(Boolean).join(" · ");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(n, one, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? one : many);
  }

  /* Papers and talks counted apart, written as every page writes them (model.Tally.text):
   * "12 papers", "12 papers and 1 talk", "2 talks". */
  function tally(papers) {
    var talks = 0;
    for (var i = 0; i < papers.length; i++) if (papers[i].talk) talks++;
    var parts = [];
    if (papers.length - talks || !talks) parts.push(plural(papers.length - talks, "paper", "papers"));
    if (talks) parts.push(plural(talks, "talk", "talks"));
    return parts.join(" and ");
  }

  window.kdCatalogue = {
    load: load,
    fold: fold,
    terms: terms,
    matches: matches,
    describe: describe,
    element: element,
    plural: plural,
    tally: tally,
    siteRoot: siteRoot
  };
})();

/* The menu on narrow screens, for the keyboard: the theme opens its drawer with a label that
 * cannot take the focus, and leaves the closed drawer's links in the tab order, off-screen. A
 * real button opens and closes it, and the closed drawer is inert. */
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var label = document.querySelector('label.md-header__button[for="__drawer"]');
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !label || !drawer) return;
  var wide = window.matchMedia("(min-width: 76.25em)");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "md-header__button md-icon kd-menu";
  button.setAttribute("aria-label", "Menu");
  button.innerHTML = label.innerHTML;  /* the theme's own icon, no data */
  label.parentNode.insertBefore(button, label);
  label.hidden = true;

  function sync() {
    button.setAttribute("aria-expanded", String(toggle.checked));
    drawer.inert = !toggle.checked && !wide.matches;
  }

  function set(open) {
    toggle.checked = open;
    toggle.dispatchEvent(new Event("change", { bubbles: true }));
    sync();
  }

  button.addEventListener("click", function () {
    set(!toggle.checked);
    var first = toggle.checked ? drawer.querySelector("a[href]") : null;
    if (first) first.focus();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked && !wide.matches) {
      set(false);
      button.focus();
    }
  });
  toggle.addEventListener("change", sync);
  if (wide.addEventListener) wide.addEventListener("change", sync);
  sync();
})();

/* Code blocks that scroll sideways can be scrolled from the keyboard: they take the focus. */
(function () {
  "use strict";

  function focusable() {
    var blocks = document.querySelectorAll(".md-typeset pre > code");
    for (var i = 0; i < blocks.length; i++) {
      if (!blocks[i].hasAttribute("tabindex")) blocks[i].setAttribute("tabindex", "0");
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", focusable);
  else focusable();
})();

/* Copy and download buttons (a card's BibTeX, a paper page's citations, the browse page's
 * exports): one delegated listener for any number of them. */
(function () {
  "use strict";

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  window.kdCatalogue.save = save;
  window.kdCatalogue.copy = copy;

  function say(button, text) {
    var original = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", original);
    button.textContent = text;
    window.setTimeout(function () { button.textContent = original; }, 1600);
  }

  /* What a button copies or saves: the element its data-copy names, else its card's BibTeX. */
  function target(button) {
    var id = button.getAttribute("data-copy");
    var card = button.closest(".kd-card");
    return id ? document.getElementById(id) : card ? card.querySelector(".kd-bib") : null;
  }

  /* A page's text has plain line feeds; data-eol="crlf" gives RIS the line ends it asks for. */
  function textOf(button, node) {
    var text = node.textContent;
    return button.getAttribute("data-eol") === "crlf" ? text.replace(/\r?\n/g, "\r\n") : text;
  }

  /* Saves a text as a file, made in the page: no request, from a server or from the disk. */
  function save(button, text) {
    var blob = new Blob([text], { type: button.getAttribute("data-type") || "text/plain" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = button.getAttribute("data-file") || "citation.txt";
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".kd-save, .kd-copy") : null;
    var node = button ? target(button) : null;
    if (!node) return;
    if (button.classList.contains("kd-save")) {
      save(button, textOf(button, node));
      return;
    }
    copy(textOf(button, node)).then(
      function () { say(button, "Copied"); },
      function () {
        var details = node.closest("details");
        if (details) details.open = true;
        window.getSelection().selectAllChildren(node);
        say(button, "Press Ctrl+C");
      }
    );
  });
})();
