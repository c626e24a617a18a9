"""A paper's own page in Chromium: what the record knows, its meta tags and JSON-LD read back and
checked against the record, its citations copied and downloaded, and a page for every paper."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from playwright.sync_api import Browser, Page, expect

from catalogue.core.models import Paper
from catalogue.outputs.bibtex import paper_to_bibtex
from catalogue.outputs.site import paths

from .conftest import BuiltSite, Watched
from .fixture_catalogue import FULL_KEY, KNOWN_KEY, XSS_KEY

pytestmark = pytest.mark.browser

META = """() => [...document.querySelectorAll('meta[name^="citation_"]')]
    .map(m => [m.getAttribute('name'), m.getAttribute('content')])"""


def test_every_paper_has_a_page_and_no_shell_is_published(built_site: BuiltSite) -> None:
    public = built_site.layout.public_dir
    pages = {p.name for p in (public / paths.PAPERS_DIR).iterdir()}
    assert pages == {f"{key}.html" for key in built_site.catalogue.papers}


def _open_full(watched: Watched, site_url: str, built_site: BuiltSite) -> tuple[Page, Paper]:
    """The page of the fixture's fullest record, and the record."""
    watched.page.goto(site_url + f"papers/{FULL_KEY}.html")
    return watched.page, built_site.catalogue.papers[FULL_KEY]


def test_meta_tags_and_json_ld_say_what_the_record_says(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    catalogue = built_site.catalogue
    page, paper = _open_full(watched, site_url, built_site)
    tags = page.evaluate(META)
    assert tags == [
        ["citation_title", paper.title],
        *[["citation_author", name] for name in paper.authors],
        ["citation_publication_date", str(paper.year)],
        ["citation_conference_title", catalogue.venues["cvpr"].name],
        ["citation_pdf_url", "https://openaccess.example.org/park.pdf"],
        ["citation_arxiv_id", paper.identifiers.arxiv],
        ["citation_doi", paper.identifiers.doi],
        ["citation_abstract", paper.abstract],
    ]
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content() or "")
    assert data["@type"] == "ScholarlyArticle" and data["name"] == paper.title
    assert [a["name"] for a in data["author"]] == paper.authors
    assert data["datePublished"] == "2019" and data["abstract"] == paper.abstract
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description == data["description"] and description.startswith(paper.title)
    assert page.title() == f"{paper.title} - Knowledge-distillation papers"
    expect(page.locator("article h1")).to_have_text(paper.title)
    # Descriptions are the page's own: no two paper pages share one.
    seen = set()
    for key in (KNOWN_KEY, FULL_KEY, "talk2021keynote"):
        page.goto(site_url + f"papers/{key}.html")
        seen.add(page.locator('meta[name="description"]').get_attribute("content"))
    assert len(seen) == 3


def test_the_page_shows_everything_the_record_knows(
    watched: Watched, site_url: str, built_site: BuiltSite
) -> None:
    catalogue = built_site.catalogue
    page, paper = _open_full(watched, site_url, built_site)
    expect(page.locator(".kd-paper__authors")).to_have_text(", ".join(paper.authors))
    expect(page.locator(".kd-paper__meta")).to_contain_text(
        "Computer Vision and Pattern Recognition"
    )
    expect(page.locator(".kd-paper__abstract")).to_have_text(paper.abstract or "")
    links = page.locator(".kd-paper__links a")
    assert links.all_inner_texts() == ["Paper", "PDF", "arXiv", "DOI"]
    assert links.evaluate_all("a => a.map(x => x.href)") == [
        "https://openaccess.example.org/park.html",
        "https://openaccess.example.org/park.pdf",
        "https://arxiv.org/abs/1904.05068",
        "https://doi.org/10.1109/cvpr.2019.00409",
    ]
    filed = page.locator(".kd-paper__filed a")
    assert filed.all_inner_texts() == ["Relational distillation", "Attention transfer", "vision"]
    sources = page.locator(".kd-paper__sources li").all_inner_texts()
    assert sources == ["Awesome list A, line 40", "List <B>, line 7"]
    assert page.locator("#kd-bibtex").text_content() == paper_to_bibtex(paper, catalogue)
    # A link to its card lands on the card.
    page.locator(".kd-paper__foot a").click()
    page.wait_for_url(f"**/categories/relation.html#{FULL_KEY}")
    assert page.evaluate("document.querySelector(':target').id") == FULL_KEY
    # Code records show their repository.
    page.goto(site_url + "papers/author2014teacher0.html")
    expect(page.locator(".kd-paper__code li")).to_contain_text("repository impl/0")
    # The hostile record shows as text and runs nothing.
    page.goto(site_url + f"papers/{XSS_KEY}.html")
    expect(page.locator("article h1")).to_have_text(catalogue.papers[XSS_KEY].title)
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[src='x'], svg[onload]").count() == 0


def test_citations_copy_and_download_in_every_format(
    browser: Browser, site_url: str, built_site: BuiltSite, tmp_path: Path
) -> None:
    catalogue = built_site.catalogue
    paper = catalogue.papers[FULL_KEY]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_url + f"papers/{FULL_KEY}.html")
    page.get_by_role("button", name="Copy BibTeX").click()
    assert page.evaluate("navigator.clipboard.readText()") == paper_to_bibtex(paper, catalogue)
    with page.expect_download() as bib:
        page.get_by_role("button", name="Download .bib").click()
    library = bibtexparser.parse_string(Path(bib.value.path()).read_text("utf-8"))
    assert [entry.key for entry in library.entries] == [FULL_KEY]
    # RIS and CSL-JSON: one click opens each.
    page.get_by_text("RIS (EndNote, Zotero, Mendeley)").click()
    page.get_by_role("button", name="Copy RIS").click()
    ris = page.evaluate("navigator.clipboard.readText()")
    assert ris.startswith("TY  - CPAPER\r\n") and "DO  - 10.1109/cvpr.2019.00409\r\n" in ris
    page.get_by_text("CSL-JSON (Zotero, Pandoc)").click()
    with page.expect_download() as csl:
        page.get_by_role("button", name="Download .json").click()
    assert csl.value.suggested_filename == f"{FULL_KEY}.json"
    [item] = json.loads(Path(csl.value.path()).read_text("utf-8"))
    assert item["title"] == paper.title and item["DOI"] == paper.identifiers.doi
    assert item["author"][-1] == {"family": "van der Maaten", "given": "Laurens"}
    context.close()
