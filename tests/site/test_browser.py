"""The built site in Debian's chromium: counts, search, filters, copy buttons, escaping, and no
request to any other host (the `watched` fixture fails a test on console errors or leaks)."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser, Page, expect

from catalogue.outputs.bibtex import paper_to_bibtex

from .conftest import KINDS_OF_PAGES, BuiltSite, Watched
from .expected import Criteria, filtered, home_counts, tally
from .fixture_catalogue import KNOWN_KEY, KNOWN_TITLE, TRICKY_CATEGORY, XSS_KEY, XSS_TITLE

pytestmark = pytest.mark.browser


def test_home_page_shows_the_counts_the_data_gives(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    page = watched.page
    page.goto(site_url)
    for name, count in home_counts(built_site.catalogue).items():
        assert page.inner_text(f'[data-count="{name}"]') == str(count), name
    # A bar for every year with papers (talks apart), named by its count and year.
    per_year = Counter(
        p.year for p in built_site.catalogue.papers.values() if p.year and p.kind == "paper"
    )
    names = page.locator("ol.kd-chart a").all_inner_texts()
    assert [" ".join(n.split()) for n in names] == [
        f"{per_year[y]} {'paper' if per_year[y] == 1 else 'papers'} in {y}"
        for y in sorted(per_year)
    ]
    latest = page.locator("h3[id^='added-'] + ul li")
    assert latest.first.inner_text().startswith(KNOWN_TITLE)  # the newest `added` date
    watched.screenshot("site-home.png")


def test_category_card_shows_the_paper(watched: Watched, site_url: str) -> None:
    page = watched.page
    page.goto(site_url + "categories/foundations.html")
    card = page.locator(f"article#{KNOWN_KEY}")
    assert card.locator("h3 a").first.inner_text() == KNOWN_TITLE
    # The title leads to the paper's own page; the buttons to the paper elsewhere.
    assert card.locator("h3 a").first.get_attribute("href") == f"../papers/{KNOWN_KEY}.html"
    assert card.locator(".kd-card__links a").all_inner_texts() == ["PDF", "arXiv"]
    links = card.locator(".kd-card__links a").evaluate_all("links => links.map(a => a.href)")
    assert links == ["https://arxiv.org/pdf/1503.02531", "https://arxiv.org/abs/1503.02531"]
    assert card.locator(".kd-card__meta").inner_text().endswith("arXiv 2015")
    foot = card.locator(".kd-card__foot").inner_text()
    assert "Awesome list A (line 3)" in foot and "List <B> (line 9)" in foot
    summary = card.locator("details.kd-card__more")
    expect(summary.locator("p")).to_be_hidden()
    summary.locator("summary").click()
    expect(summary.locator("p")).to_have_text(
        "Soft targets of a large teacher train a small student."
    )
    watched.screenshot("site-category.png")


def _type_search(page: Page, text: str) -> None:
    box = page.locator(".kd-search__input")
    box.click()  # at desktop width the input itself is in the header
    box.press_sequentially(text, delay=20)


def test_header_search_finds_a_known_title(watched: Watched, site_url: str) -> None:
    page = watched.page
    page.goto(site_url + "years/index.html")
    _type_search(page, "knowledge in a neural")
    first = page.locator(".kd-search__results a").first
    expect(first.locator(".kd-search__title")).to_have_text(KNOWN_TITLE)
    expect(page.locator(".kd-search__meta")).to_have_text("1 paper matches")
    watched.screenshot("site-search.png")
    first.click()
    page.wait_for_url(f"**/papers/{KNOWN_KEY}.html")
    expect(page.locator("article h1")).to_have_text(KNOWN_TITLE)


def test_header_search_ranks_and_counts(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    page = watched.page
    page.goto(site_url)
    _type_search(page, "teacher")
    expected = len(filtered(built_site.catalogue, query="teacher"))
    assert expected > 10
    expect(page.locator(".kd-search__meta")).to_have_text(f"{expected} papers match")
    expect(page.locator(".kd-search__results li")).to_have_count(10)
    titles = page.locator(".kd-search__title").all_inner_texts()
    assert all(t.lower().startswith("teacher") for t in titles[:3])  # phrase opening the title
    more = page.locator(".kd-search__all")
    assert more.get_attribute("href", timeout=1000).endswith("browse.html?q=teacher")


CASES: list[tuple[dict[str, str], Criteria]] = [
    ({}, {}),
    ({"q": "teacher"}, {"query": "teacher"}),
    ({"q": "zola"}, {"query": "zola"}),  # "Émile Zola": accents do not matter
    ({"from": "2016", "to": "2018"}, {"first": 2016, "last": 2018}),
    ({"cat": "feature"}, {"category": "feature"}),  # with its subcategories
    ({"cat": "attention", "code": "1"}, {"category": "attention", "code": True}),
    ({"venue": "cvpr", "from": "2015"}, {"venue": "cvpr", "first": 2015}),
    (
        {"q": "feature student", "cat": "online", "to": "2022"},
        {"query": "feature student", "category": "online", "last": 2022},
    ),
]


@pytest.mark.parametrize(("params", "criteria"), CASES)
def test_browse_filters_give_the_counts_the_data_gives(
    watched: Watched,
    site_url: str,
    built_site: BuiltSite,
    params: dict[str, str],
    criteria: Criteria,
) -> None:
    page = watched.page
    page.goto(site_url + "browse.html?" + urlencode(params))
    expected = filtered(built_site.catalogue, **criteria)
    count = page.locator("#kd-count")
    expect(count).to_have_attribute("data-count", str(len(expected)))
    hrefs = page.locator("#kd-results a").evaluate_all("links => links.map(a => a.href)")
    assert sorted(_key(h) for h in hrefs) == sorted(p.key for p in expected)


def test_browse_form_filters_sorts_and_keeps_the_address(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    page = watched.page
    page.goto(site_url + "browse.html")
    total = tally(list(built_site.catalogue.papers.values()))
    expect(page.locator("#kd-count")).to_have_text(f"All {total}")
    page.select_option("select[name=cat]", "feature")
    page.check("input[name=code]")
    page.locator("input[name=from]").fill("2015")
    expected = filtered(built_site.catalogue, category="feature", code=True, first=2015)
    expect(page.locator("#kd-count")).to_have_attribute("data-count", str(len(expected)))
    assert "cat=feature" in page.url and "code=1" in page.url and "from=2015" in page.url
    page.select_option("select[name=sort]", "oldest")
    years = [built_site.catalogue.papers[_key(h)].year for h in _hrefs(page)]
    assert years == sorted(years)
    watched.screenshot("site-browse.png")
    page.click("button[type=reset]")
    expect(page.locator("#kd-count")).to_have_text(f"All {total}")


def _key(href: str) -> str:
    """The key of the paper page a link leads to."""
    assert "/papers/" in href and href.endswith(".html"), href
    return href.rsplit("/", 1)[1].removesuffix(".html")


def _hrefs(page: Page) -> list[str]:
    return page.locator("#kd-results a").evaluate_all("links => links.map(a => a.href)")


def test_copy_button_copies_the_bibtex(
    browser: Browser, site_url: str, built_site: BuiltSite
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_url + "categories/foundations.html")
    button = page.locator(f"article#{KNOWN_KEY} button.kd-copy")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_have_text("Copied")
    paper = built_site.catalogue.papers[KNOWN_KEY]
    assert page.evaluate("navigator.clipboard.readText()") == paper_to_bibtex(
        paper, built_site.catalogue
    )
    context.close()


def test_hostile_record_shows_as_text_and_runs_nothing(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    page = watched.page
    for url in (
        f"categories/{TRICKY_CATEGORY}.html",
        "categories/feature.html",
        "venues/xss-venue.html",
        f"papers/{XSS_KEY}.html",
    ):
        page.goto(site_url + url)
        assert page.evaluate("window.__xss") is None, url
        assert page.locator("img[src='x'], svg[onload]").count() == 0, url
    page.goto(site_url + f"categories/{TRICKY_CATEGORY}.html")
    card = page.locator(f"article#{XSS_KEY}")
    assert card.locator("h3 a").first.inner_text() == XSS_TITLE
    assert "<script>window.__xss=5</script> summary" in (
        card.locator("details").first.text_content() or ""
    )
    title = built_site.catalogue.categories[TRICKY_CATEGORY].title
    assert page.title() == f"{title} - Knowledge-distillation papers"
    expect(page.locator("article h1")).to_have_text(title)
    code = card.locator("a.kd-link", has_text="Code")
    assert (
        code.get_attribute("href")
        == "https://example.org/a%22%3E%3Cscript%3Ewindow.__xss=6%3C/script%3E"
    )
    _type_search(page, "onerror")
    expect(page.locator(".kd-search__title").first).to_have_text(XSS_TITLE)
    page.goto(site_url + "browse.html?q=script")
    expect(page.locator("#kd-results a").first).to_have_text(XSS_TITLE)
    assert page.evaluate("window.__xss") is None


def test_every_kind_of_page_renders_without_errors(watched: Watched, site_url: str) -> None:
    page = watched.page
    for name in KINDS_OF_PAGES:
        answer = page.goto(site_url + name)
        assert answer is not None and answer.ok, name
        expect(page.locator("article h1")).to_have_count(1)
        assert page.evaluate("window.__xss") is None, name


def test_site_works_opened_from_disk(watched: Watched, built_site: BuiltSite) -> None:
    page = watched.page
    page.goto(built_site.layout.public_dir.joinpath("browse.html").resolve().as_uri())
    total = tally(list(built_site.catalogue.papers.values()))
    expect(page.locator("#kd-count")).to_have_text(f"All {total}")
    _type_search(page, "neural network")
    expect(page.locator(".kd-search__title").first).to_have_text(KNOWN_TITLE)
    page.locator(".kd-search__link").first.click()
    page.wait_for_url(f"**/papers/{KNOWN_KEY}.html")
    expect(page.locator("article h1")).to_have_text(KNOWN_TITLE)
