"""Pages generated with a memo of an earlier build are the pages generated from nothing.

Each case edits one record file of the fixture catalogue after a build that filled the memo, then
generates again with that memo and without any: the two must be byte-identical, and the edit must
show (a memo that served stale cards would make the first fail, one that was never read the
hit counts).
"""

from __future__ import annotations

import enum
import json
import marshal
from collections.abc import Callable
from pathlib import Path

import pytest

from catalogue.core.models import Category, CodeLink, Paper
from catalogue.core.store import Catalogue, load
from catalogue.incremental.memo import Memo
from catalogue.outputs.exporters.json import _layout, catalogue_to_json
from catalogue.outputs.site import Generated, generate
from catalogue.outputs.site.sync import sync_tree

from .conftest import copy_project
from .fixture_catalogue import KNOWN_KEY, XSS_KEY, write_fixture

VERSION = "test-code-version"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _generate(project: Path, data: Path, memo: Memo | None) -> Generated:
    return generate(load(data), copy_project(project), memo=memo)


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
    memo_file = tmp_path / "site.marshal"
    first = Memo(memo_file, VERSION)
    before = _generate(tmp_path / "first", data, first).files
    first.save()

    shown = edit(data)
    warm_memo = Memo(memo_file, VERSION)
    warm = _generate(tmp_path / "warm", data, warm_memo).files
    cold = _generate(tmp_path / "cold", data, None).files

    assert sorted(warm) == sorted(cold)
    assert [name for name in cold if warm[name] != cold[name]] == []
    assert any(shown.encode() in text for text in cold.values())
    assert not any(shown.encode() in text for text in before.values())
    assert warm_memo.hits > 0  # the memo was read, and the pages still came out right


def test_unchanged_papers_come_from_the_memo(tmp_path: Path) -> None:
    data = write_fixture(tmp_path / "data")
    memo_file = tmp_path / "site.marshal"
    first = Memo(memo_file, VERSION)
    _generate(tmp_path / "first", data, first)
    first.save()
    made = first.misses  # every card, entry, row and part, made once

    again = Memo(memo_file, VERSION)
    _generate(tmp_path / "again", data, again)
    assert (again.hits, again.misses) == (first.hits + made, 0)

    edit_paper_title(data)
    after_edit = Memo(memo_file, VERSION)
    _generate(tmp_path / "edited", data, after_edit)
    # The paper's card, its entries (year and venue pages), BibTeX entry, JSON part, browse row.
    assert 1 <= after_edit.misses <= 8
    assert after_edit.hits >= made - 8


def _stale(value: object) -> object:
    if isinstance(value, tuple):
        return ("<STALE>", *value[1:])
    return b"<STALE>" if isinstance(value, bytes) else "<STALE>"


def test_a_memo_of_other_code_is_not_read(tmp_path: Path) -> None:
    data = write_fixture(tmp_path / "data")
    memo_file = tmp_path / "site.marshal"
    old = Memo(memo_file, "older-code")
    cold = _generate(tmp_path / "cold", data, old).files
    old.save()
    # What the older code kept, made unmistakable: each value replaced by a marker of its type
    # (a view's worked-out fields: its title).
    stored = marshal.loads(memo_file.read_bytes())
    stored["entries"] = {k: _stale(v) for k, v in stored["entries"].items()}
    memo_file.write_bytes(marshal.dumps(stored))

    same_version = Memo(memo_file, "older-code")
    served = _generate(tmp_path / "served", data, same_version).files
    assert any(b"<STALE>" in text for text in served.values())  # the marker shows when read

    newer = Memo(memo_file, "newer-code")
    files = _generate(tmp_path / "newer", data, newer).files
    assert files == cold
    assert (newer.hits, newer.misses) == (old.hits, old.misses)  # all made again, as at first


def test_records_made_in_memory_are_not_memoised(tmp_path: Path) -> None:
    catalogue = Catalogue(root=tmp_path)
    catalogue.categories["cat"] = Category(id="cat", title="Cat")
    catalogue.papers["p2020a"] = Paper(key="p2020a", title="A", categories=["cat"], year=2020)
    catalogue.code["cc"] = CodeLink(key="cc", url="https://x.example/c", title="C", paper="p2020a")
    memo = Memo(tmp_path / "site.marshal", VERSION)
    with_memo = generate(catalogue, copy_project(tmp_path / "memo"), memo=memo).files
    without = generate(catalogue, copy_project(tmp_path / "none"), memo=None).files
    assert with_memo == without
    memo.save()
    # No file digests: no key could be trusted, and only the compiled templates are kept.
    kept = marshal.loads((tmp_path / "site.marshal").read_bytes())["entries"]
    assert kept and all(key.startswith(b"jinja ") for key in kept)
    assert memo.hits == 0


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
    page = generate(catalogue, copy_project(tmp_path), memo=None).files["categories/cat.md"]
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
    text = catalogue_to_json(load(write_fixture(tmp_path / "data")))
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
