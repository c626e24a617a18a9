"""A crawl of the built site over HTTP: every internal link and anchor resolves, every page is
reachable from the home page, and no page loads anything from another host."""

from __future__ import annotations

import json
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

from catalogue.outputs.site import paths
from catalogue.outputs.site.browse_data import GLOBAL

from .conftest import BuiltSite


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []  # a[href]: followed
        self.loads: list[str] = []  # src, link[href]: fetched by the browser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        href, src = values.get("href"), values.get("src")
        if tag == "a" and href:
            self.links.append(href)
        elif tag == "link" and href:
            self.loads.append(href)
        if src:
            self.loads.append(src)


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read(), answer.headers.get_content_type()
    except urllib.error.HTTPError as error:
        return error.code, b"", ""


def crawl(start: str) -> tuple[dict[str, _Page], list[str], list[str]]:
    """Pages by URL, broken links (``from -> to``) and loads from other hosts."""
    origin = urlsplit(start).netloc
    pages: dict[str, _Page] = {}
    wanted: list[tuple[str, str]] = []  # (from, absolute link with fragment)
    queue, seen = [start], {start}
    broken: list[str] = []
    foreign: list[str] = []
    statuses: dict[str, int] = {}
    while queue:
        url = queue.pop()
        status, body, kind = _get(url)
        statuses[url] = status
        if status != 200 or kind != "text/html":
            continue
        page = _Page()
        page.feed(body.decode("utf-8"))
        pages[url] = page
        for load in page.loads:
            target = urljoin(url, load)
            if urlsplit(target).scheme in ("http", "https") and urlsplit(target).netloc != origin:
                foreign.append(f"{url} loads {target}")
            elif urlsplit(target).netloc == origin:
                wanted.append((url, target))
        for link in page.links:
            target = urljoin(url, link)
            if urlsplit(target).netloc != origin:
                continue
            wanted.append((url, target))
            bare = urldefrag(target).url
            if bare not in seen:
                seen.add(bare)
                queue.append(bare)
    for source, target in wanted:
        bare, fragment = urldefrag(target)
        if bare not in statuses:
            statuses[bare] = _get(bare)[0]
        if statuses[bare] != 200:
            broken.append(f"{source} -> {target} ({statuses[bare]})")
        elif fragment and fragment not in pages[bare].ids:
            broken.append(f"{source} -> {target} (no such anchor)")
    return pages, broken, foreign


def test_crawl_finds_no_broken_link_or_anchor_and_no_other_host(
    site_url: str, built_site: BuiltSite
) -> None:
    pages, broken, foreign = crawl(site_url)
    assert broken == []
    assert foreign == []
    # Every generated page is reachable by following links from the home page.
    reachable = {urlsplit(url).path.lstrip("/") or "index.html" for url in pages}
    pages_made = {n for n in built_site.generated.files if n.endswith(".md")} - {paths.SHELL}
    pages_made |= {paths.paper_page(key) for key in built_site.generated.papers}
    assert {paths.html_path(n) for n in pages_made} <= reachable
    # Every paper has its card on its home page, under its key.
    for paper in built_site.generated.model.papers.values():
        assert paper.key in pages[site_url + paths.html_path(paper.home)].ids, paper.key


def test_browse_data_points_at_existing_paper_pages(site_url: str, built_site: BuiltSite) -> None:
    status, body, _ = _get(site_url + paths.BROWSE_DATA)
    assert status == 200
    text = body.decode("utf-8")
    prefix = f"window.{GLOBAL}="
    assert text.startswith(prefix) and text.endswith(";\n")
    data = json.loads(text[len(prefix) : -2])
    assert len(data["papers"]) == len(built_site.catalogue.papers)
    public = built_site.layout.public_dir
    for row in data["papers"]:
        paper = built_site.catalogue.papers[row[0]]
        # The scripts link every row to the paper's page, and count talks apart.
        assert (public / paths.html_path(paths.paper_page(row[0]))).is_file(), row[0]
        assert row[7] == (1 if paper.kind == "talk" else 0), row[0]


def test_nothing_is_shipped_that_no_page_loads_or_links(
    site_url: str, built_site: BuiltSite
) -> None:
    pages, _, _ = crawl(site_url)
    used: set[str] = set()
    for url, page in pages.items():
        for target in [url, *page.links, *page.loads]:
            address = urldefrag(urljoin(url, target)).url
            if urlsplit(address).netloc == urlsplit(site_url).netloc:
                used.add(urlsplit(address).path.lstrip("/") or "index.html")
    # Loaded by the site's scripts (catalogue.js, browse.js), and what crawlers and servers
    # look for by name.
    used |= {paths.BROWSE_DATA, *(f"data/export-{f}.js" for f in ("bibtex", "ris", "csl"))}
    used |= {"sitemap.xml", "sitemap.xml.gz", "404.html"}
    public = built_site.layout.public_dir
    shipped = {p.relative_to(public).as_posix() for p in public.rglob("*") if p.is_file()}
    assert sorted(shipped - used) == []
    assert not any(name.endswith(".map") or "/lunr/" in name for name in shipped)
