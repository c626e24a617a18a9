"""The site built once per test session from the fixture catalogue, a local server for it, and
Debian's chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Route, sync_playwright

from catalogue.core.store import Catalogue, load
from catalogue.outputs.context import BuildContext
from catalogue.outputs.site import Generated, SiteLayout, build_html, generate

from .fixture_catalogue import FULL_KEY, KNOWN_KEY, write_fixture

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO / "test-artifacts"
# A page of every kind the fixture's site has (some kinds twice: a talk, an undated paper).
KINDS_OF_PAGES = [
    "index.html",
    "browse.html",
    "categories/index.html",
    "categories/feature.html",
    "categories/_uncategorised.html",
    "talks.html",
    "years/index.html",
    "years/2015.html",
    "years/_undated.html",
    "venues/index.html",
    "venues/cvpr.html",
    "tags/index.html",
    "tags/vision.html",
    "sources.html",
    "code.html",
    "downloads.html",
    "contributing.html",
    f"papers/{KNOWN_KEY}.html",
    f"papers/{FULL_KEY}.html",
    "papers/talk2021keynote.html",
    "papers/undated-paper.html",
    "manual/index.html",
    "manual/website.html",
    "404.html",
]


def copy_project(project: Path) -> SiteLayout:
    """The repository's MkDocs project sources (not its outputs) in another folder."""
    shutil.copytree(
        REPO / "site",
        project / "site",
        ignore=shutil.ignore_patterns("docs", "public", ".public-*"),
    )
    return SiteLayout(project)


@dataclass
class BuiltSite:
    layout: SiteLayout
    catalogue: Catalogue
    generated: Generated


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    project = tmp_path_factory.mktemp("site-project")
    layout = copy_project(project)
    shutil.copytree(REPO / "docs", project / "docs")  # the manual, published under manual/
    catalogue = load(write_fixture(project / "data"))
    generated = generate(BuildContext(catalogue), layout)
    build_html(layout, generated.nav, papers=generated.papers)
    return BuiltSite(layout, catalogue, generated)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # Headers and body go out in separate writes: without this each answer waits ~40 ms for
    # Nagle's algorithm and the client's delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(built_site: BuiltSite) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site.layout.public_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@dataclass
class Watched:
    """A page, and everything it said or asked for while the test used it."""

    page: Page
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def screenshot(self, name: str) -> None:
        """The whole page into test-artifacts/, as a reader who scrolled through it saw it.

        Off-screen cards are only laid out once scrolled near (CSS content-visibility), so the
        page is scrolled down screen by screen first, then back to the top.
        """
        ARTIFACTS.mkdir(exist_ok=True)
        height = self.page.evaluate("document.documentElement.scrollHeight")
        for top in range(0, height, 800):
            self.page.evaluate(f"window.scrollTo(0, {top})")
            self.page.wait_for_timeout(30)
        self.page.evaluate("window.scrollTo(0, 0)")
        self.page.wait_for_timeout(600)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)


@pytest.fixture
def watched(browser: Browser, site_url: str) -> Iterator[Watched]:
    """A fresh desktop-sized page; after the test, no console error and no other host asked."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = Watched(page)
    origin = urlsplit(site_url).netloc

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            seen.errors.append(message.text)

    def on_request(request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob", "about", "file") and parts.netloc != origin:
            seen.foreign.append(request.url)

    def refuse(route: Route) -> None:
        route.abort()

    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    page.on("request", on_request)
    # Requests to other hosts are refused, so a leak cannot depend on the network to show.
    context.route(lambda url: urlsplit(url).netloc not in ("", origin), refuse)
    yield seen
    context.close()
    assert seen.errors == [], f"console errors: {seen.errors}"
    assert seen.foreign == [], f"requests to other hosts: {seen.foreign}"
