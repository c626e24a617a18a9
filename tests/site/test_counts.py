"""Every count the site shows agrees with the data and with the others: papers and talks counted
apart, written the same way on every page (the browse page's script included)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from catalogue.core.models import Paper
from catalogue.core.tree import descendants

from .conftest import BuiltSite, Watched
from .expected import has_code, tally

pytestmark = pytest.mark.browser


def _text(page: Page, selector: str) -> str:
    return " ".join(page.locator(selector).first.inner_text().split())


def test_the_same_counts_on_every_page(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    catalogue = built_site.catalogue
    records = list(catalogue.papers.values())
    talks = [p for p in records if p.kind == "talk"]
    with_code = [p for p in records if has_code(catalogue, p)]
    assert talks and any(p.categories for p in talks)  # the fixture has talks to keep apart
    page = watched.page

    page.goto(site_url)
    papers = sum(1 for p in records if p.kind == "paper")
    assert _text(page, '[data-count="papers"]') == str(papers)
    assert _text(page, '[data-count="talks"]') == str(len(talks))
    # "Papers with code" on home is the papers' part of the code page's count.
    assert _text(page, '[data-count="with-code"]') == str(sum(p.kind == "paper" for p in with_code))
    bars = page.locator("ol.kd-chart .kd-chart__count").all_inner_texts()
    dated_papers = [p for p in records if p.kind == "paper" and p.year]
    assert sum(int(n) for n in bars) == len(dated_papers)

    page.goto(site_url + "browse.html")
    assert _text(page, "#kd-count") == f"All {tally(records)}"
    page.goto(site_url + "browse.html?code=1")
    assert _text(page, "#kd-count") == f"{tally(with_code)} of {tally(records)}"
    page.goto(site_url + "code.html")
    assert _text(page, '[data-count="with-code"]') == tally(with_code)
    assert page.locator("ul.kd-entries--code > li").count() == len(with_code)

    page.goto(site_url + "talks.html")
    assert _text(page, '[data-count="here"]') == tally(talks) == f"{len(talks)} talks"

    def under(category: str) -> list[Paper]:
        below = descendants(catalogue.categories, category)
        return [p for p in records if below.intersection(p.categories)]

    page.goto(site_url + "categories/index.html")
    for node in catalogue.categories:
        item = page.locator(f'.kd-tree__item:has(> a[href="{node}.html"]) .kd-entry__meta')
        assert " ".join(item.first.inner_text().split()) == tally(under(node)), node
    page.goto(site_url + "categories/online.html")  # holds a talk
    here = [p for p in records if "online" in p.categories]
    assert any(p.kind == "talk" for p in here)
    assert _text(page, '[data-count="here"]') == tally(here)
    page.goto(site_url + "categories/feature.html")
    assert _text(page, '[data-count="total"]') == tally(under("feature"))
    page.goto(site_url + "browse.html?cat=feature")
    option = page.locator('select[name=cat] option[value="feature"]')
    assert tally(under("feature")) in option.inner_text()
    assert _text(page, "#kd-count") == f"{tally(under('feature'))} of {tally(records)}"

    page.goto(site_url + "years/index.html")
    for year in (2021, 2022):
        row = page.locator(f'tr:has(a[href="{year}.html"]) td').all_inner_texts()
        dated = [p for p in records if p.year == year]
        assert row[1:] == [
            str(len(dated) - sum(p.kind == "talk" for p in dated)),
            str(sum(p.kind == "talk" for p in dated)),
        ], year
    page.goto(site_url + "years/2021.html")
    assert _text(page, '[data-count="here"]') == tally([p for p in records if p.year == 2021])
