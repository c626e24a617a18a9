"""Pages generated with the fragments of an earlier build are the pages generated from nothing.

Each case edits one record file of the fixture catalogue after a build that kept its fragments,
then generates again with them and without any: the two must be byte-identical, and the edit must
show (fragments served stale would make the first fail, ones never read the hit counts).
"""

from __future__ import annotations

import enum
import json
import marshal
from collections.abc import Callable
from pathlib import Path

import pytest

from catalogue import api
from catalogue.core.models import Category, CodeLink, Paper
from catalogue.core.store import Catalogue, load
from catalogue.outputs.context import BuildContext
from catalogue.outputs.json_output import _layout
from catalogue.outputs.site import Generated, generate, paths
from catalogue.outputs.site.sync import sync_tree

from .conftest import copy_project
from .fixture_catalogue import KNOWN_KEY, XSS_KEY, write_fixture

VERSION = "test-code-version"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _context(data: Path, kept: Path | None, version: str = VERSION) -> BuildContext:
    """A build's context whose fragments are kept beside ``kept`` (None: this run only)."""
    return BuildContext(load(data), kept_beside=kept, version=version)


def _generate(project: Path, ctx: BuildContext) -> Generated:
    generated = generate(ctx, copy_project(project))
    # Paper pages are compared too: their parts are made (and kept) with the other pages.
    generated.files.update({paths.paper_page(k): v for k, v in generated.papers.items()})
    return generated


# Each edit changes one file under data/ and returns a text the new pages must show.
Edit = Callable[[Path], str]


def edit_paper_title(data: Path) -> str:
    _replace(data / f"papers/{KNOWN_KEY}.yml", "title: Distilling the", "title: Edited the")
    return "Edited the Knowledge in a Neural Network"


def edit_paper_venue(data: Path) -> str:
    _replace(data / f"papers/{KNOWN_KEY}.yml", "venue: arxiv", "venue: tpami")
    return f"@article{{{KNOWN_KEY},"  # a journal article now


def edit_code_link(data: Path) -> str:
    _replace(data / "code/impl0.yml", "https://github.com/impl/0", "https://github.com/impl/zero")
    return "https://github.com/impl/zero"


def edit_category_title(data: Path) -> str:
    _replace(data / "categories/foundations.yml", "title: Foundations", "title: Groundwork")
    return "Groundwork"


def edit_source_title(data: Path) -> str:
    _replace(data / "sources/seed-a.yml", "title: Awesome list A", "title: Awesome list Z")
    return "Awesome list Z</a> (line 3)"  # on the cards of the papers it lists


def edit_venue_name(data: Path) -> str:
    _replace(data / "venues/arxiv.yml", "name: arXiv preprint", "name: arXiv e-prints")
    return "howpublished  = {arXiv e-prints arXiv:1503.02531}"  # in the BibTeX entry


def edit_clashing_tag(data: Path) -> str:
    # "Vision" takes the page "vision" had: every card tagged "vision" now links elsewhere.
    path = data / f"papers/{KNOWN_KEY}.yml"
    path.write_text(path.read_text(encoding="utf-8") + "tags:\n- Vision\n", encoding="utf-8")
    return 'href="../tags/vision-2.html">vision</a>'


def retag_into_a_clash(data: Path) -> str:
    # As many tags as before, but "Vision" takes the page "vision" had (see above).
    _replace(data / f"papers/{XSS_KEY}.yml", "- <i>tag</i>", "- Vision")
    return 'href="../tags/vision-2.html">vision</a>'


def replace_category(data: Path) -> str:
    # As many categories as before, but papers filed only in "attention" lose their card's page.
    path = data / "categories/attention.yml"
    _replace(path, "id: attention", "id: attn")
    path.rename(data / "categories/attn.yml")
    return "_uncategorised.html#author2014feature22"


def remove_category(data: Path) -> str:
    # Papers filed only there lose their card's page: every link to it changes.
    (data / "categories/attention.yml").unlink()
    return "_uncategorised.html#author2014feature22"


@pytest.mark.parametrize(
    "edit",
    [
        edit_paper_title,
        edit_paper_venue,
        edit_code_link,
        edit_category_title,
        edit_source_title,
        edit_venue_name,
        edit_clashing_tag,
        retag_into_a_clash,
        replace_category,
        remove_category,
    ],
)
def test_warm_pages_after_an_edit_equal_cold_pages(tmp_path: Path, edit: Edit) -> None:
    data = write_fixture(tmp_path / "data")
    kept = tmp_path / "parse.marshal"
    first = _context(data, kept)
    before = _generate(tmp_path / "first", first).files
    first.save()

    shown = edit(data)
    warm_context = _context(data, kept)
    warm = _generate(tmp_path / "warm", warm_context).files
    cold = _generate(tmp_path / "cold", _context(data, None)).files

    assert sorted(warm) == sorted(cold)
    assert [name for name in cold if warm[name] != cold[name]] == []
    assert any(shown.encode() in text for text in cold.values())
    assert not any(shown.encode() in text for text in before.values())
    assert warm_context.counts()[0] > 0  # fragments were read, and the pages still came out right


def test_unchanged_papers_come_from_the_fragments(tmp_path: Path) -> None:
    data = write_fixture(tmp_path / "data")
    kept = tmp_path / "parse.marshal"
    first = _context(data, kept)
    _generate(tmp_path / "first", first)
    first.save()
    hits, made = first.counts()  # every card, entry, row and part, made once

    again = _context(data, kept)
    _generate(tmp_path / "again", again)
    assert again.counts() == (hits + made, 0)

    edit_paper_title(data)
    after_edit = _context(data, kept)
    _generate(tmp_path / "edited", after_edit)
    # The paper's card, its entries (year and venue pages), BibTeX entry, JSON part, browse row,
    # its own page, its RIS and CSL-JSON for the browse page's exports.
    assert 1 <= after_edit.counts()[1] <= 11
    assert after_edit.counts()[0] >= made - 11


def _stale(value: object) -> object:
    if isinstance(value, tuple):
        return ("<STALE>", *value[1:])
    return b"<STALE>" if isinstance(value, bytes) else "<STALE>"


def test_fragments_of_other_code_are_not_read(tmp_path: Path) -> None:
    data = write_fixture(tmp_path / "data")
    kept = tmp_path / "parse.marshal"
    old = _context(data, kept, "older-code")
    cold = _generate(tmp_path / "cold", old).files
    old.save()
    # What the older code kept, made unmistakable: each value replaced by a marker of its type
    # (a view's worked-out fields: its title).
    stores = sorted(tmp_path.glob("parse.*.marshal"))
    assert len(stores) >= 3  # the site's, BibTeX's and JSON's
    for store in stores:
        stored = marshal.loads(store.read_bytes())
        stored["entries"] = {k: _stale(v) for k, v in stored["entries"].items()}
        store.write_bytes(marshal.dumps(stored))

    served = _generate(tmp_path / "served", _context(data, kept, "older-code")).files
    assert any(b"<STALE>" in text for text in served.values())  # the marker shows when read

    newer = _context(data, kept, "newer-code")
    files = _generate(tmp_path / "newer", newer).files
    assert files == cold
    assert newer.counts() == old.counts()  # all made again, as at first


def test_records_made_in_memory_are_not_kept(tmp_path: Path) -> None:
    catalogue = Catalogue(root=tmp_path)
    catalogue.categories["cat"] = Category(id="cat", title="Cat")
    catalogue.papers["p2020a"] = Paper(key="p2020a", title="A", categories=["cat"], year=2020)
    catalogue.code["cc"] = CodeLink(key="cc", url="https://x.example/c", title="C", paper="p2020a")
    kept = tmp_path / "parse.marshal"
    context = BuildContext(catalogue, kept_beside=kept, version=VERSION)
    with_kept = generate(context, copy_project(tmp_path / "kept")).files
    without = generate(BuildContext(catalogue), copy_project(tmp_path / "none")).files
    assert with_kept == without
    context.save()
    # No file digests: no key could be trusted, and only the compiled templates are kept.
    stores = {p.name: marshal.loads(p.read_bytes())["entries"] for p in tmp_path.glob("*.marshal")}
    assert list(stores) == ["parse.site.marshal"]
    assert stores["parse.site.marshal"]
    assert all(key.startswith(b"jinja\0") for key in stores["parse.site.marshal"])
    assert context.counts()[0] == 0


def test_a_nul_in_the_data_leaves_the_pages_whole(tmp_path: Path) -> None:
    # Pages get their cards spliced in at markers made with NULs: text holding one of its own
    # (never from YAML nor the models, which refuse it; built here without validation) is laid
    # out by the template as text instead.
    catalogue = Catalogue(root=tmp_path)
    cat = Category.model_construct(id="cat", title="Cat", description="About \0 1 \0")
    catalogue.categories["cat"] = cat
    for key, title in (("p2020a", "A \0 0 \0 title"), ("p2020b", "B title")):
        paper = Paper.model_construct(key=key, title=title, categories=["cat"], year=2020)
        catalogue.papers[key] = paper
    page = generate(BuildContext(catalogue), copy_project(tmp_path)).files["categories/cat.md"]
    assert page.count(b'<article class="kd-card"') == 2
    assert b"A \0 0 \0 title" in page and b"About \0 1 \0" in page
    assert page.index(b'id="p2020a"') < page.index(b'id="p2020b"')  # by title, as laid out


def test_a_changed_output_file_is_written_again(tmp_path: Path) -> None:
    big = bytes(range(256)) * 1000  # several of the pieces sync_tree compares at a time
    files = {"big.bin": big, "small.md": b"text\n", "same.md": b"same\n"}
    assert sorted(sync_tree(tmp_path, files)) == sorted(files)
    # The same size with a late byte changed, a shorter file, and one left as it was.
    (tmp_path / "big.bin").write_bytes(big[:-1] + b"~")
    (tmp_path / "small.md").write_bytes(b"text")
    assert sorted(sync_tree(tmp_path, files)) == ["big.bin", "small.md"]
    assert all((tmp_path / name).read_bytes() == data for name, data in files.items())
    assert sync_tree(tmp_path, files) == []


class _Small(enum.IntEnum):
    THREE = 3


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        0,
        -(2**70),
        1.5,
        float("nan"),
        "",
        'q"b\\s\n\t\x00\u2028é😀',
        [],
        {},
        [[], {}],
        {"a": [1, [2, {"b": None, "c": []}]], "d": "x", "e": {}},
        [_Small.THREE, (1, "t"), ()],
        {1: "a key json converts", "b": {2: [None]}},
    ],
)
def test_json_parts_are_laid_out_as_the_standard_library_does(value: object) -> None:
    for pad in ("", "    "):
        expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)
        assert _layout(value, pad) == expected


def test_the_json_export_is_what_the_standard_library_writes(tmp_path: Path) -> None:
    text = api.export(load(write_fixture(tmp_path / "data")), "json").decode()
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
