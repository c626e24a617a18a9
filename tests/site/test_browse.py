"""The browse page as a reader uses it: type, then click a result at once; export what is listed
and read the files back (bibtexparser for BibTeX, JSON for CSL-JSON)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode

import bibtexparser
import pytest
from playwright.sync_api import Browser, Page, expect

from catalogue.core.models import Paper

from .conftest import BuiltSite, Watched
from .expected import filtered

pytestmark = pytest.mark.browser


def _listed_keys(page: Page) -> list[str]:
    hrefs = page.locator("#kd-results a").evaluate_all("links => links.map(a => a.href)")
    return [h.rsplit("/", 1)[1].removesuffix(".html") for h in hrefs]


@pytest.mark.parametrize(("field", "text"), [("q", "teacher"), ("from", "2016"), ("to", "2020")])
def test_the_first_click_after_typing_opens_the_result(
    watched: Watched, site_url: str, field: str, text: str
) -> None:
    page = watched.page
    page.goto(site_url + "browse.html")
    expect(page.locator("#kd-count")).to_have_attribute("data-count", re.compile(r"\d+"))
    box = page.locator(f"input[name={field}]")
    box.click()
    box.press_sequentially(text, delay=20)
    first = page.locator("#kd-results a").first
    expect(first).to_be_visible()
    key = _listed_keys(page)[0]
    first.click()  # the field is still focused: the click also leaves it
    page.wait_for_url(f"**/papers/{key}.html", timeout=5000)


def _export(page: Page, name: str, tmp_path: Path) -> str:
    with page.expect_download() as download:
        page.locator("#kd-export").get_by_role("button", name=name, exact=True).click()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    return target.read_text("utf-8")


def test_exports_hold_exactly_what_is_listed(
    browser: Browser, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    params = {"cat": "feature", "from": "2015", "sort": "title"}
    page.goto(site_url + "browse.html?" + urlencode(params))
    catalogue = built_site.catalogue
    expected: list[Paper] = filtered(catalogue, category="feature", first=2015)
    expect(page.locator("#kd-count")).to_have_attribute("data-count", str(len(expected)))
    keys = _listed_keys(page)
    assert sorted(keys) == sorted(p.key for p in expected) and len(expected) > 3

    library = bibtexparser.parse_string(_export(page, "BibTeX", tmp_path))
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == keys
    first = library.entries[0]
    assert first.fields_dict["title"].value.strip("{}").replace("{", "").replace("}", "")

    items = json.loads(_export(page, "CSL-JSON", tmp_path))
    assert [item["id"] for item in items] == keys
    assert {item["title"] for item in items} == {catalogue.papers[k].title for k in keys}

    ris = _export(page, "RIS", tmp_path)
    assert ris.count("TY  - ") == len(keys) and ris.count("ER  -") == len(keys)
    assert [line[6:] for line in ris.splitlines() if line.startswith("ID  - ")] == keys

    assert _export(page, "Keys", tmp_path).splitlines() == keys

    # A narrower filter exports the narrower list.
    page.locator("input[name=q]").fill("relation")
    page.locator("input[name=q]").dispatch_event("input")
    narrower = filtered(catalogue, category="feature", first=2015, query="relation")
    expect(page.locator("#kd-count")).to_have_attribute("data-count", str(len(narrower)))
    assert _export(page, "Keys", tmp_path).splitlines() == _listed_keys(page)
    assert len(_listed_keys(page)) == len(narrower)
    context.close()
