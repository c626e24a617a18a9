"""Published as a GitHub Pages project site: the site built with the address the publish
workflow gives it, served under /some-repo/ as Pages serves it (its 404 page for any missing
file), crawled with no broken link or asset, its sitemap listing every page, its 404 page styled
and linking inside the sub-path, in Chromium."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
import yaml
from playwright.sync_api import Browser, expect

from catalogue.core.store import load
from catalogue.outputs.context import BuildContext
from catalogue.outputs.site import build_html, generate
from catalogue.outputs.site.settings import SettingsError, set_site_url

from .conftest import REPO, copy_project
from .fixture_catalogue import KNOWN_KEY, KNOWN_TITLE, write_fixture
from .test_links import crawl

PREFIX = "/some-repo/"


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """GitHub Pages for one project: files under PREFIX, the site's 404 page for anything else."""

    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = urlsplit(self.path).path
        root = Path(self.directory)
        if path.startswith(PREFIX):
            relative = path[len(PREFIX) :] or "index.html"
            target = root / relative
            if target.is_dir():
                target = target / "index.html"
            if target.is_file() and root.resolve() in target.resolve().parents:
                self.path = "/" + target.relative_to(root).as_posix()
                return super().send_head()
        body = (root / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@dataclass
class Published:
    public: Path
    url: str  # the site's address, ending in PREFIX


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    root = tmp_path_factory.mktemp("pages-project")
    layout = copy_project(root)
    shutil.copytree(REPO / "docs", root / "docs")
    port = _free_port()
    # What the publish workflow does with the address configure-pages gives (no slash).
    address = set_site_url(layout.config_file, f"http://127.0.0.1:{port}{PREFIX.rstrip('/')}")
    generated = generate(BuildContext(load(write_fixture(root / "data")), root), layout)
    build_html(layout, generated.nav, papers=generated.papers)
    handler = functools.partial(_PagesHandler, directory=str(layout.public_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield Published(layout.public_dir, address)
    server.shutdown()
    server.server_close()


def test_the_address_is_written_once_with_a_slash_and_refused_when_odd(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\n# site_url: https://example.org/\ndocs_dir: docs\n", "utf-8")
    assert set_site_url(config, "https://o.github.io/repo") == "https://o.github.io/repo/"
    assert set_site_url(config, "https://o.github.io/other/") == "https://o.github.io/other/"
    assert config.read_text("utf-8") == (
        "site_name: X\nsite_url: https://o.github.io/other/\ndocs_dir: docs\n"
    )
    for odd in ("o.github.io/repo", "https://o.github.io/a b", "javascript:alert(1)", 'x"y'):
        with pytest.raises(SettingsError):
            set_site_url(config, odd)
    assert "other" in config.read_text("utf-8")


def test_the_crawl_under_the_sub_path_finds_no_broken_link_or_asset(published: Published) -> None:
    pages, broken, foreign = crawl(published.url)
    assert broken == [] and foreign == []
    crawled = {urlsplit(url).path[len(PREFIX) :] or "index.html" for url in pages}
    on_disk = {
        p.relative_to(published.public).as_posix()
        for p in published.public.rglob("*.html")
        if p.name != "404.html"
    }
    assert on_disk <= crawled | {"index.html"}, sorted(on_disk - crawled)[:10]
    assert f"papers/{KNOWN_KEY}.html" in crawled and "manual/index.html" in crawled


def test_the_sitemap_lists_every_page_under_the_address(published: Published) -> None:
    tree = ElementTree.parse(published.public / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = [loc.text or "" for loc in tree.getroot().iterfind("s:url/s:loc", ns)]
    assert listed and all(loc.startswith(published.url) for loc in listed)
    pages = {
        published.url + p.relative_to(published.public).as_posix()
        for p in published.public.rglob("*.html")
        if p.name != "404.html"
    }
    assert set(listed) == pages and len(listed) == len(pages)
    assert published.url + f"papers/{KNOWN_KEY}.html" in listed
    canonical = (published.public / f"papers/{KNOWN_KEY}.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{published.url}papers/{KNOWN_KEY}.html">' in canonical


def test_the_404_page_is_styled_and_stays_inside_the_sub_path(
    browser: Browser, published: Published
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on(
        "response",
        lambda r: (
            failed.append(r.url) if r.status >= 400 and r.url.endswith((".css", ".js")) else None
        ),
    )
    answer = page.goto(published.url + "no/such/page.html")
    assert answer is not None and answer.status == 404
    expect(page.locator("article h1")).to_have_text("404 - Not found")
    # Styled: the theme's stylesheet applies (the header has the primary colour).
    colour = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert colour == "rgb(64, 81, 181)"
    links = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    local = [link for link in links if urlsplit(link).netloc == urlsplit(published.url).netloc]
    assert local and all(urlsplit(link).path.startswith(PREFIX) for link in local), local
    # Its search works from there too, and leads to a paper page inside the sub-path.
    box = page.locator(".kd-search__input")
    box.click()
    box.press_sequentially("knowledge in a neural", delay=10)
    page.locator(".kd-search__results a").first.click()
    page.wait_for_url(f"{published.url}papers/{KNOWN_KEY}.html")
    expect(page.locator("article h1")).to_have_text(KNOWN_TITLE)
    assert [f for f in failed if not re.search(r"no/such/page", f)] == []
    assert [e for e in errors if "404" not in e] == []
    context.close()


def test_the_publish_workflow_gives_the_build_the_pages_address() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text("utf-8"))
    steps = workflow["jobs"]["site"]["steps"]
    names = [str(s.get("uses") or s.get("run")) for s in steps]
    pages = next(i for i, n in enumerate(names) if n.startswith("actions/configure-pages@"))
    setting = next(i for i, n in enumerate(names) if "catalogue.outputs.site.settings" in n)
    build = next(i for i, n in enumerate(names) if "scripts/build.sh" in n)
    assert pages < setting < build
    assert (
        steps[setting]["env"]["SITE_URL"]
        == f"${{{{ steps.{steps[pages]['id']}.outputs.base_url }}}}"
    )
    assert '"$SITE_URL"' in steps[setting]["run"]
