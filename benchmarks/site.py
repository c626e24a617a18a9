"""Benchmark: the website for a synthetic catalogue, built and then measured in Chromium.

Writes a deterministic synthetic catalogue (benchmarks/synthetic.py), loads it, generates the
site's pages and runs the strict MkDocs build, then serves the result on 127.0.0.1 and drives
Debian's chromium: how long after typing the header search shows the matching papers (cold,
straight after the page loaded, and warm, per keystroke), how long the browse page takes to show
every paper and to apply a filter, and how long the biggest category page takes to load.

    .venv/bin/python benchmarks/site.py [--papers 10000] [--keep DIR] [--no-browser]

Goals (issues 5 and 16): at most 1.5 ms of build time per paper, a page per paper included;
search answers within 300 ms of typing. Also reported: the site's bytes per paper.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import generate as write_synthetic  # noqa: E402
from catalogue.core.store import load  # noqa: E402
from catalogue.outputs.bibtex_output import entries as bibtex_entries  # noqa: E402
from catalogue.outputs.context import BuildContext  # noqa: E402
from catalogue.outputs.site import SiteLayout, build_html  # noqa: E402
from catalogue.outputs.site.model import build_model  # noqa: E402
from catalogue.outputs.site.nav import navigation  # noqa: E402
from catalogue.outputs.site.pages import render_docs  # noqa: E402
from catalogue.outputs.site.sync import sync_tree  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Records when each keystroke happened and when the results for the box's value were in the page.
INSTRUMENT = """() => {
  const input = document.querySelector('.kd-search__input');
  const meta = document.querySelector('.kd-search__meta');
  window.__keys = []; window.__shown = [];
  input.addEventListener('keydown', e => window.__keys.push(e.timeStamp), true);
  new MutationObserver(() => {
    const at = performance.now();
    const value = input.value;
    requestAnimationFrame(() => requestAnimationFrame(() =>
      window.__shown.push({value, text: meta.textContent, at, painted: performance.now()})));
  }).observe(document.querySelector('.kd-search__results'), {childList: true});
}"""


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# The build's stages: what the site costs once the catalogue is loaded.
SITE_STAGES = ("bibtex entries", "site model", "render pages", "write pages", "mkdocs build")


@contextmanager
def timed(label: str, timings: dict[str, float], cpu: dict[str, float]) -> Iterator[None]:
    """Wall-clock and CPU seconds of a step (the CPU time of this process: on a machine others
    share, the wall-clock time also holds the time others had the cores)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    yield
    timings[label] = time.perf_counter() - start
    cpu[label] = time.process_time() - start_cpu


def build(project: Path, papers: int) -> tuple[dict[str, float], dict[str, float]]:
    """Write, load, generate and build; return the wall-clock and the CPU seconds of each
    step."""
    shutil.copytree(
        ROOT / "site", project / "site", ignore=shutil.ignore_patterns("docs", "public")
    )
    layout = SiteLayout(project)
    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    with timed("write records", timings, cpu):
        write_synthetic(project / "data", papers)
    with timed("load", timings, cpu):
        catalogue = load(project / "data")
    ctx = BuildContext(catalogue, project)
    with timed("bibtex entries", timings, cpu):
        bibtex_entries(ctx)
    with timed("site model", timings, cpu):
        model = build_model(catalogue)
    with timed("render pages", timings, cpu):
        docs = render_docs(ctx, model, layout.assets_dir)
    with timed("write pages", timings, cpu):
        sync_tree(layout.docs_dir, docs.files)
    # MkDocs, then every paper page put into the theme's page (see catalogue.outputs.site.shell).
    with timed("mkdocs build", timings, cpu):
        build_html(layout, navigation(model), papers=docs.papers)
    return timings, cpu


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def search_latency(page: Page, url: str, query: str) -> dict[str, float]:
    """Milliseconds from keystrokes to the matching results, straight after the page loaded."""
    page.goto(url)
    page.evaluate(INSTRUMENT)
    box = page.locator(".kd-search__input")
    box.click()
    box.press_sequentially(query, delay=30)
    page.wait_for_function(
        "q => window.__shown.some(s => s.value === q)", arg=query, timeout=30_000
    )
    page.wait_for_timeout(200)
    keys = page.evaluate("window.__keys")
    shown = page.evaluate("window.__shown")
    final = next(s for s in shown if s["value"] == query)
    cold = {
        "first keystroke to first results": shown[0]["painted"] - keys[0],
        "last keystroke to final results": final["painted"] - keys[-1],
    }
    # Warm: the list is loaded; each keystroke against the results for exactly that value.
    page.evaluate("() => { window.__keys = []; window.__shown = []; }")
    box.fill("")
    page.evaluate("() => { window.__keys = []; window.__shown = []; }")
    box.press_sequentially("mutual", delay=120)
    page.wait_for_timeout(300)
    keys = page.evaluate("window.__keys")
    shown = page.evaluate("window.__shown")
    per_key = []
    for i, stamp in enumerate(keys):
        value = "mutual"[: i + 1]
        match = [s["painted"] for s in shown if s["value"] == value]
        if match:
            per_key.append(match[0] - stamp)
    cold["warm keystroke median"] = statistics.median(per_key)
    cold["warm keystroke max"] = max(per_key)
    cold["results for query"] = float(final["text"].split()[0].replace(",", ""))
    return cold


def browse_timings(page: Page, url: str) -> dict[str, float]:
    start = time.perf_counter()
    page.goto(url + "browse.html")
    page.wait_for_function("document.getElementById('kd-count').hasAttribute('data-count')")
    ready = (time.perf_counter() - start) * 1000
    apply = page.evaluate(
        """() => {
          const form = document.getElementById('kd-browse');
          const t0 = performance.now();
          form.elements.cat.selectedIndex = 1;
          form.elements.cat.dispatchEvent(new Event('change', {bubbles: true}));
          const t1 = performance.now();
          form.elements.q.value = 'teacher student';
          form.elements.q.dispatchEvent(new Event('input', {bubbles: true}));
          return [t1 - t0, performance.now() - t1];
        }"""
    )
    return {
        "browse: load to all papers listed": ready,
        "browse: category filter applied": apply[0],
        "browse: text filter applied": apply[1],
    }


def category_load(page: Page, url: str, public: Path) -> tuple[str, float, bool]:
    """Load time of the biggest category page, and whether a link to its last card shows it
    (off-screen cards are laid out lazily: the jump must still land on the card)."""
    biggest = max((public / "categories").glob("*.html"), key=lambda p: p.stat().st_size)
    start = time.perf_counter()
    page.goto(url + f"categories/{biggest.name}", wait_until="load")
    elapsed = (time.perf_counter() - start) * 1000
    last = page.evaluate("[...document.querySelectorAll('article.kd-card')].pop().id")
    page.goto(url + f"categories/{biggest.name}#{last}")
    page.wait_for_timeout(300)
    box = page.locator(f"article#{last}").bounding_box()
    height = page.viewport_size["height"] if page.viewport_size else 0
    shown = box is not None and 0 <= box["y"] < height
    return biggest.name, elapsed, shown


def browser_report(public: Path) -> dict[str, object]:
    """What a reader waits for, measured in Chromium on the built site."""
    with serving(public) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        latency = search_latency(page, url, "mutual learning teacher")
        browse = browse_timings(page, url)
        category, category_ms, anchor_shown = category_load(page, url, public)
        browser.close()
    return {
        "search ms": {k: round(v, 1) for k, v in latency.items()},
        "browse ms": {k: round(v, 1) for k, v in browse.items()},
        f"load ms of the biggest category page ({category})": round(category_ms),
        "a link to its last card shows the card": anchor_shown,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="Build here and keep it.")
    parser.add_argument(
        "--no-browser", action="store_true", help="Build and measure the files only."
    )
    args = parser.parse_args()
    project = args.keep or Path(tempfile.mkdtemp(prefix="site-bench-"))
    load_before = os.getloadavg()
    try:
        timings, cpu = build(project, args.papers)
        load_after = os.getloadavg()
        public = project / "site/public"
        index = public / "data/papers.js"
        site_seconds = sum(timings[k] for k in SITE_STAGES)
        site_cpu = sum(cpu[k] for k in SITE_STAGES)
        report: dict[str, object] = {
            "papers": args.papers,
            "load average (1 min) before and after the build": [
                round(load_before[0], 2),
                round(load_after[0], 2),
            ],
            "seconds": {k: round(v, 3) for k, v in timings.items()},
            "cpu seconds": {k: round(v, 3) for k, v in cpu.items()},
            "site build ms per paper": round(site_seconds * 1000 / args.papers, 3),
            "site build cpu ms per paper": round(site_cpu * 1000 / args.papers, 3),
            "site bytes": size(public),
            "site bytes per paper": round(size(public) / args.papers),
            "paper page bytes (mean)": round(size(public / "papers") / args.papers),
            "pages": sum(1 for _ in public.rglob("*.html")),
            "search index bytes": index.stat().st_size,
            "search index bytes per paper": round(index.stat().st_size / args.papers, 1),
            "search index gzip bytes": len(gzip.compress(index.read_bytes())),
        }
        if not args.no_browser:
            report.update(browser_report(public))
        for key, value in report.items():
            if isinstance(value, dict):
                print(f"{key}:")
                for inner, number in value.items():
                    print(f"  {inner:<40} {number}")
            else:
                print(f"{key:<50} {value}")
        print(json.dumps(report))
    finally:
        if args.keep is None:
            shutil.rmtree(project, ignore_errors=True)


if __name__ == "__main__":
    main()
