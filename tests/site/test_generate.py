"""The generated pages and files: deterministic, complete, escaped, and in step with the data."""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from pathlib import Path

import pytest

from catalogue import api
from catalogue.core.models import Category, CodeLink, Identifiers, Link, Paper
from catalogue.core.store import Catalogue, load
from catalogue.defaults import SITE
from catalogue.outputs.context import BuildContext
from catalogue.outputs.site import SiteLayout, generate, paths
from catalogue.outputs.site.browse_data import GLOBAL, browse_bytes
from catalogue.outputs.site.chart import year_chart
from catalogue.outputs.site.model import Tally, build_model, tag_slugs
from catalogue.outputs.site.pages import render_docs
from catalogue.outputs.site.views import links

from .conftest import REPO, BuiltSite, copy_project
from .fixture_catalogue import XSS_KEY, XSS_TITLE, write_fixture


def test_same_data_gives_byte_identical_files(tmp_path: Path, built_site: BuiltSite) -> None:
    layout = copy_project(tmp_path)
    shutil.copytree(REPO / "docs", tmp_path / "docs")  # as the session's site has the manual
    again = generate(BuildContext(load(write_fixture(tmp_path / "data"))), layout)
    assert again.files == built_site.generated.files
    assert again.nav == built_site.generated.nav
    assert (
        generate(BuildContext(load(tmp_path / "data")), layout).changed == []
    )  # nothing rewritten


def test_removed_category_page_is_deleted(tmp_path: Path) -> None:
    layout = copy_project(tmp_path)
    data = write_fixture(tmp_path / "data")
    generate(BuildContext(load(data)), layout)
    assert (layout.docs_dir / "categories/attention.md").is_file()
    (data / "categories/attention.yml").unlink()
    changed = generate(BuildContext(load(data)), layout).changed
    assert "categories/attention.md" in changed
    assert not (layout.docs_dir / "categories/attention.md").exists()
    assert not (layout.docs_dir / "downloads/attention.bib").exists()


def test_downloads_equal_the_bibtex_export(built_site: BuiltSite) -> None:
    files, catalogue = built_site.generated.files, built_site.catalogue
    assert files["downloads/all.bib"].decode() == api.export(catalogue, "bibtex").decode()
    for category in catalogue.categories:
        expected = api.export(catalogue, "bibtex", category).decode()
        name = f"downloads/{category}.bib"
        assert files.get(name, b"").decode() == expected, category


def test_catalogue_json_is_the_json_export(built_site: BuiltSite) -> None:
    text = built_site.generated.files["downloads/catalogue.json"].decode()
    assert text == api.export(built_site.catalogue, "json").decode()
    assert len(json.loads(text)["papers"]) == len(built_site.catalogue.papers)


def test_every_card_page_holds_every_paper_of_its_category(built_site: BuiltSite) -> None:
    files, catalogue = built_site.generated.files, built_site.catalogue
    for key, paper in catalogue.papers.items():
        homes = [paths.category_page(c) for c in paper.categories if c in catalogue.categories]
        if not homes:
            homes = [paths.TALKS if paper.kind == "talk" else paths.UNCATEGORISED]
        for page in homes:
            assert f'<article class="kd-card" id="{key}">' in files[page].decode(), (key, page)


def test_hostile_text_is_escaped_in_every_file(built_site: BuiltSite) -> None:
    for name, body in built_site.generated.files.items():
        if name.startswith(("assets/", "downloads/")):
            continue
        text = body.decode()
        for raw in ("<script>window.__xss", '<img src=x onerror="window', '<svg onload="'):
            assert raw not in text, (name, raw)
    card = built_site.generated.files["categories/tricky.md"].decode()
    escaped = XSS_TITLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped.replace('"', "&quot;") in card
    code = "https://example.org/a%22%3E%3Cscript%3Ewindow.__xss=6%3C/script%3E"
    assert f'href="{code}"' in card
    assert f'id="{XSS_KEY}"' in card


def test_front_matter_titles_are_escaped_json_strings(built_site: BuiltSite) -> None:
    page = built_site.generated.files["categories/tricky.md"].decode()
    front = page.split("---\n")[1]
    assert front.startswith('title: "Tricks \\u0026lt;b\\u0026gt;\\u0026amp;amp;')
    assert "<" not in front and ">" not in front


@pytest.mark.parametrize(
    ("here", "target", "anchor", "expected"),
    [
        ("index.md", "categories/a.md", None, "categories/a.html"),
        ("index.md", "categories/a.md", "key1", "categories/a.html#key1"),
        ("categories/a.md", "categories/b.md", "k", "b.html#k"),
        ("categories/a.md", "categories/a.md", "k", "#k"),
        (
            "years/2019.md",
            "categories/_uncategorised.md",
            "k",
            "../categories/_uncategorised.html#k",
        ),
        ("tags/x.md", "downloads/all.bib", None, "../downloads/all.bib"),
        ("categories/a.md", "index.md", None, "../index.html"),
    ],
)
def test_relative_links(here: str, target: str, anchor: str | None, expected: str) -> None:
    assert paths.relative(here, target, anchor) == expected


def test_tag_slugs_are_unique_and_never_empty() -> None:
    slugs = tag_slugs(["vision", "Vision", "Ünïcode tag", "日本語", "---", "a b", "Index"])
    assert slugs == {
        "---": "tags/tag.md",
        "a b": "tags/a-b.md",
        "Index": "tags/index-2.md",  # tags/index.md lists the tags
        "Ünïcode tag": "tags/unicode-tag.md",
        "Vision": "tags/vision.md",
        "vision": "tags/vision-2.md",
        "日本語": "tags/tag-2.md",
    }


def test_card_links_in_reading_order_once_per_url() -> None:
    paper = Paper(
        key="p2020x",
        title="X",
        identifiers=Identifiers(arxiv="2001.00001", doi="10.1234/x"),
        links=[
            Link(kind="code", url="https://github.com/a/b", label="code"),
            Link(kind="video", url="https://v.example/1"),
            Link(kind="arxiv", url="https://arxiv.org/abs/2001.00001"),
            Link(kind="pdf", url="https://x.example/p.pdf", label="PDF"),
        ],
    )
    code = [CodeLink(key="jax-code", url="https://github.com/o/c", title="C", framework="JAX")]
    found = [(link.kind, link.label, link.url) for link in links(paper, code)]
    assert found == [
        ("pdf", "PDF", "https://x.example/p.pdf"),
        ("arxiv", "arXiv", "https://arxiv.org/abs/2001.00001"),
        ("doi", "DOI", "https://doi.org/10.1234/x"),
        ("code", "Code", "https://github.com/a/b"),
        ("code", "Code (JAX)", "https://github.com/o/c"),
        ("video", "Video", "https://v.example/1"),
    ]


def test_chart_has_a_bar_per_year_with_papers_and_marks_the_gaps() -> None:
    html = year_chart({2015: 2, 2016: 0, 2018: 8, 2019: 1}, lambda y: f"years/{y}.html")
    assert html.startswith('<ol class="kd-chart" aria-label="Papers per year, 2015 to 2019:')
    items = re.findall(r"<li .*?</li>", html)
    assert [re.search(r'href="years/(\d+)\.html"', item).group(1) for item in items] == [
        "2015",
        "2018",
        "2019",
    ]
    # Years without papers are left out; the bar after them says so.
    assert ["kd-chart__item--gap" in item for item in items] == [False, True, False]
    assert "height: 25%" in items[0] and "height: 100%" in items[1]
    text = [re.sub(r"<[^>]*>", "", item) for item in items]
    assert text == ["2 papers in 2015", "8 papers in 2018", "1 paper in 2019"]
    assert year_chart({}, lambda y: "x") == "" == year_chart({2020: 0}, lambda y: "x")


def test_counts_keep_papers_and_talks_apart() -> None:
    assert [Tally(*n).text for n in [(0, 0), (1, 0), (1234, 0), (2, 1), (0, 2), (0, 1)]] == [
        "0 papers",
        "1 paper",
        "1,234 papers",
        "2 papers and 1 talk",
        "2 talks",
        "1 talk",
    ]


def test_browse_script_cannot_end_its_script_element(tmp_path: Path) -> None:
    catalogue = Catalogue(root=tmp_path)
    catalogue.categories["cat"] = Category(id="cat", title="C </script><!-- \u2028\u2029 x")
    catalogue.papers["p2020a"] = Paper(
        key="p2020a", title="T </script> \u2028 end", categories=["cat"], year=2020
    )
    text = browse_bytes(build_model(catalogue)).decode()
    assert "<" not in text and "\u2028" not in text
    data = json.loads(text[len(f"window.{GLOBAL}=") : -2])
    assert data["papers"][0][1] == "T </script> end"  # titles are shown with spaces collapsed
    assert data["categories"][0]["title"] == "C </script><!-- \u2028\u2029 x"


def test_site_layout_paths(tmp_path: Path) -> None:
    layout = SiteLayout(tmp_path)
    # Without a MkDocs project of its own, a project builds with the shipped one.
    assert layout.config_file == SITE / "mkdocs.yml" and not layout.own_config
    (tmp_path / "site").mkdir()
    (tmp_path / "site/mkdocs.yml").write_text("site_name: Ours\n")
    assert layout.config_file == tmp_path / "site/mkdocs.yml" and layout.own_config
    assert layout.docs_dir == tmp_path / "site/docs"
    assert layout.public_dir == tmp_path / "site/public"


def test_passthrough_keeps_generated_html_whole() -> None:
    import markdown

    from catalogue.outputs.site.passthrough import wrap

    html = '<article id="a1"><p>x *not emphasis* &amp; <b>b</b></p>\n\n<p>y</p></article>'
    source = f"# T\n\n{wrap(html)}\n\n*after*\n\n<!-- catalogue:html -->\n<p>unclosed</p>\n"
    out = markdown.markdown(source, extensions=["catalogue.outputs.site.passthrough"])
    assert html in out and "<p><article" not in out
    assert "<em>after</em>" in out  # Markdown around the block is still Markdown
    assert "<p>unclosed</p>" in out  # an unclosed marker leaves ordinary raw HTML


def test_built_pages_carry_no_markers(built_site: BuiltSite) -> None:
    for page in built_site.layout.public_dir.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "catalogue:html" not in text and "<p><article" not in text, page


def _variants(tmp_path: Path) -> dict[str, Catalogue]:
    empty = Catalogue(root=tmp_path)
    talk_only = Catalogue(root=tmp_path)
    talk_only.categories["talks-cat"] = Category(id="talks-cat", title="Keynotes")
    talk_only.papers["talk2020a"] = Paper(
        key="talk2020a", kind="talk", title="A talk", year=2020, categories=["talks-cat"]
    )
    clash = Catalogue(root=tmp_path)
    clash.categories["index"] = Category(id="index", title="Index")
    clash.papers["p2020index"] = Paper(
        key="p2020index", title="P", categories=["index"], tags=["index"]
    )
    return {"empty": empty, "categorised talk only": talk_only, "id index": clash}


@pytest.mark.parametrize("variant", ["empty", "categorised talk only", "id index"])
def test_every_generated_link_points_at_a_generated_file(tmp_path: Path, variant: str) -> None:
    import re

    catalogue = _variants(tmp_path)[variant]
    docs = render_docs(BuildContext(catalogue), build_model(catalogue), REPO / "site/assets")
    # Paper pages too: their parts are made with the rest, and joined to the theme's page later.
    files = {**docs.files, **{paths.paper_page(k): v for k, v in docs.papers.items()}}
    built = {paths.html_path(name) for name in files}
    for name, body in files.items():
        if not name.endswith(".md"):
            continue
        for target in re.findall(r'href="([^"#?]*)', body.decode()):
            if target and not target.startswith(("http://", "https://")):
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(name), target))
                assert resolved in built, (variant, name, target)
