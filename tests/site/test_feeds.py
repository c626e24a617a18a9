"""Atom feeds of additions, read back by feedparser as feed readers read them; the home page's
latest additions in the same order, by the same dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from playwright.sync_api import expect

from catalogue.core.models import Paper
from catalogue.core.store import Catalogue, load
from catalogue.core.tree import descendants
from catalogue.outputs.site import paths
from catalogue.outputs.site.feeds import ENTRIES, feeds
from catalogue.outputs.site.model import build_model

from .conftest import BuiltSite, Watched
from .fixture_catalogue import XSS_KEY, XSS_TITLE, write_fixture

SITE = "https://kd.example.org/sub/"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    return load(write_fixture(tmp_path_factory.mktemp("feeds") / "data"))


def expected_order(papers: list[Paper]) -> list[str]:
    """Newest addition first, then newest paper, then by title (as the browse page sorts)."""
    dated = [p for p in papers if p.added]
    dated.sort(key=lambda p: (-(p.year or 0), " ".join(p.title.split()).casefold(), p.key))
    dated.sort(key=lambda p: p.added or dt.date.min, reverse=True)
    return [p.key for p in dated]


def _parse(data: bytes) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_the_feed_lists_additions_newest_first_under_the_site_address(catalogue: Catalogue) -> None:
    made = feeds(build_model(catalogue), SITE, "KD <papers>")
    parsed = _parse(made[paths.FEED])
    assert parsed.feed.title == "KD <papers>: new papers"
    keys = [
        entry.link.removeprefix(SITE + "papers/").removesuffix(".html") for entry in parsed.entries
    ]
    assert keys == expected_order(list(catalogue.papers.values()))[:ENTRIES]
    for entry, key in zip(parsed.entries, keys, strict=True):
        paper = catalogue.papers[key]
        assert paper.added is not None
        assert entry.published == f"{paper.added.isoformat()}T00:00:00Z"
        assert entry.title == " ".join(paper.title.split())
        assert [a.name for a in entry.get("authors", [])] == paper.authors
    assert len({entry.id for entry in parsed.entries}) == len(parsed.entries)
    newest = max(p.added for p in catalogue.papers.values() if p.added)
    assert parsed.feed.updated == f"{newest.isoformat()}T00:00:00Z"
    assert [link.href for link in parsed.feed.links if link.rel == "self"] == [SITE + "feed.xml"]


def test_each_category_has_a_feed_of_its_papers_and_those_below_it(catalogue: Catalogue) -> None:
    made = feeds(build_model(catalogue), SITE, "KD")
    assert set(made) == {paths.FEED} | {paths.category_feed(c) for c in catalogue.categories}
    under = descendants(catalogue.categories, "feature")
    mine = [p for p in catalogue.papers.values() if under.intersection(p.categories)]
    parsed = _parse(made[paths.category_feed("feature")])
    assert [e.link.rsplit("/", 1)[1] for e in parsed.entries] == [
        f"{key}.html" for key in expected_order(mine)
    ]
    # Entries name their categories: here some are filed only below "feature".
    terms = {tag.term for e in parsed.entries for tag in e.get("tags", [])}
    assert {"attention", "relation"} <= terms


def test_without_an_address_links_are_relative_to_the_feed_and_same_data_same_bytes(
    catalogue: Catalogue,
) -> None:
    model = build_model(catalogue)
    made = feeds(model, None, "KD")
    assert made == feeds(build_model(catalogue), None, "KD")
    entry = _parse(made[paths.category_feed("feature")]).entries[0]
    assert entry.link.startswith("../papers/")
    assert all(e.link.startswith("papers/") for e in _parse(made[paths.FEED]).entries)
    assert 'rel="self"' not in made[paths.FEED].decode()  # no address to name itself by


def test_a_hostile_title_reads_back_as_text(tmp_path: Path) -> None:
    data = write_fixture(tmp_path / "data")
    catalogue = load(data)
    paper = catalogue.papers[XSS_KEY].model_copy(update={"added": dt.date(2030, 1, 1)})
    catalogue.papers[XSS_KEY] = paper
    parsed = _parse(feeds(build_model(catalogue), SITE, "KD")[paths.FEED])
    assert parsed.entries[0].title == XSS_TITLE
    assert parsed.entries[0].authors[0].name == paper.authors[0]


@pytest.mark.browser
def test_pages_announce_the_feed_and_home_lists_the_same_additions(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    page = watched.page
    page.goto(site_url + "categories/feature.html")
    link = page.locator('head link[rel~="alternate"][type="application/atom+xml"]')
    feed_url = urljoin(page.url, link.get_attribute("href") or "")
    assert feed_url == site_url + "feed.xml"
    answer = page.request.get(feed_url)
    assert answer.ok
    parsed = _parse(answer.body())
    order = expected_order(list(built_site.catalogue.papers.values()))
    assert [urljoin(feed_url, e.link) for e in parsed.entries] == [
        f"{site_url}papers/{key}.html" for key in order[:ENTRIES]
    ]
    # The category's own feed, linked from its page.
    own = page.get_by_role("link", name="Atom feed of new papers")
    category = _parse(page.request.get(urljoin(page.url, own.get_attribute("href") or "")).body())
    assert category.feed.title.endswith("new papers in Feature distillation")
    # Home: the latest additions, newest first, grouped by the day they were added.
    page.goto(site_url)
    latest = page.locator("h3[id^='added-'] + ul li a, h3[id^='added-'] + p + ul li a")
    hrefs = latest.evaluate_all("links => links.map(a => a.href)")
    assert hrefs == [f"{site_url}papers/{key}.html" for key in order[: len(hrefs)]]
    assert len(hrefs) == min(12, len(order))
    expect(page.locator("h3[id^='added-']").first).to_contain_text("Added 2025-06-01")
