"""The store: every kind of bad input gets a located message; canonical files round-trip."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from catalogue.core import store
from catalogue.core.errors import DataError
from catalogue.core.models import PATTERN_HINTS, URL_PATTERN, Paper

REPO_DATA = Path(__file__).resolve().parents[2] / "data"
PAPER = "papers/romero2015fitnets.yml"


def messages(root: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        store.load(root)
    return [
        f"{Path(d.path).relative_to(root)}:{d.line}:{d.column}: {d.message}"
        for d in caught.value.diagnostics
    ]


def test_valid_catalogue_loads(data: Path) -> None:
    cat = store.load(data)
    assert list(cat.papers) == ["romero2015fitnets"]
    assert cat.code["fitnets-theano"].paper == "romero2015fitnets"
    assert cat.locate(store.PAPERS, "romero2015fitnets", "year")[1:] == (6, 1)


# (file content, expected "path:line:column: message") — positions are those of the bad field.
BAD_INPUTS = [
    pytest.param(
        b"key: romero2015fitnets\ntitle: caf\xe9\n",
        f"{PAPER}:2:11: not UTF-8 (byte 0xe9): save the file as UTF-8",
        id="not-utf8",
    ),
    pytest.param(b"", f"{PAPER}:1:1: the file is empty: write the record's fields", id="empty"),
    pytest.param(
        b"# only a comment\n",
        f"{PAPER}:1:1: the file is empty: write the record's fields",
        id="only-comment",
    ),
    pytest.param(
        b"- key: romero2015fitnets\n  title: T\n",
        f"{PAPER}:1:1: expected a mapping of fields (key: value) for one Paper record,"
        " found a list: one file holds one record",
        id="list-not-mapping",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: !!python/object:os.system T\n",
        f"{PAPER}:2:8: YAML tag '!!python/object:os.system' is not allowed: write a plain value",
        id="python-tag",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: !custom T\n",
        f"{PAPER}:2:8: YAML tag '!custom' is not allowed: write a plain value",
        id="local-tag",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: A\nyear: 2015\ntitle: B\n",
        f"{PAPER}:4:1: duplicate key 'title' (first given on line 2): keep one",
        id="duplicate-key",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: &t A\nsummary: *t\n",
        f"{PAPER}:3:1: YAML aliases (*name) are not allowed: write the value out",
        id="alias",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: [unclosed\n",
        f"{PAPER}:3:1: invalid YAML: did not find expected ',' or ']'",
        id="syntax",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: T\nyaer: 2015\n",
        f"{PAPER}:3:1: yaer: unknown field: remove it or check its spelling",
        id="unknown-field",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: T\nyear: 1066\n",
        f"{PAPER}:3:1: year: Input should be greater than or equal to 1900",
        id="year-range",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: T\nlinks:\n- kind: pdf\n  url: https://a.org/x.pdf\n"
        b"- kind: code\n  url: ftp://example.org/x\n",
        f"{PAPER}:7:3: links.1.url: {PATTERN_HINTS[URL_PATTERN]}",
        id="non-http-url",
    ),
    pytest.param(
        b"key: Romero 2015\ntitle: T\n",
        f"{PAPER}:1:1: key: must be lower-case letters and digits, words joined by single hyphens,"
        " starting with a letter (such as hinton2015distilling)",
        id="bad-key",
    ),
    pytest.param(
        b"key: romero2015fitnets\nauthors:\n- A\n",
        f"{PAPER}:1:1: title: required field is missing: add it",
        id="missing-title",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: T\nidentifiers:\n  doi: 10.1109/CVPR.2019.1\n",
        f"{PAPER}:4:3: identifiers.doi: Value error, must be a lower-case DOI such as"
        " 10.1109/cvpr.2019.00409 (no URL prefix)",
        id="doi-case",
    ),
    pytest.param(
        b"key: romero2015fitnets\ntitle: T\nidentifiers:\n  arxiv: 1412.6550v2\n",
        f"{PAPER}:4:3: identifiers.arxiv: must be an arXiv id without version,"
        " such as 1503.02531 or hep-th/9901001",
        id="arxiv-version",
    ),
]


@pytest.mark.parametrize(("content", "expected"), BAD_INPUTS)
def test_bad_input_is_located(data: Path, content: bytes, expected: str) -> None:
    (data / PAPER).write_bytes(content)
    assert messages(data) == [expected]


def test_every_error_of_a_run_is_reported(data: Path) -> None:
    (data / PAPER).write_bytes(b"key: romero2015fitnets\ntitle: T\nyaer: 1\nyear: x\n")
    (data / "venues/iclr.yml").write_bytes(b"")
    found = messages(data)
    assert found == [
        f"{PAPER}:3:1: yaer: unknown field: remove it or check its spelling",
        f"{PAPER}:4:1: year: Input should be a valid integer, unable to parse string as an integer",
        "venues/iclr.yml:1:1: the file is empty: write the record's fields",
    ]


def test_same_key_in_two_files_is_refused(data: Path) -> None:
    shutil.copy(data / PAPER, data / "papers/copy.yml")
    assert messages(data) == [
        f"{PAPER}:1:1: key 'romero2015fitnets' is already used by"
        f" {data / 'papers/copy.yml'}: give this record another key"
    ]


def test_save_is_atomic_and_canonical(data: Path) -> None:
    paper = Paper(key="zeta2020x", title="Zeta: a title with ünïcode", year=2020)
    path = store.save(data, paper)
    assert path == data / "papers/zeta2020x.yml"
    assert path.read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schema/paper.schema.json\n"
        "key: zeta2020x\ntitle: 'Zeta: a title with ünïcode'\nyear: 2020\n"
    )
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_multiline_summary_round_trips(data: Path) -> None:
    paper = Paper(key="zeta2020x", title="T", summary="Line one.\nLine two: with colon.")
    path = store.save(data, paper)
    record = store.load_record(path, store.PAPERS)
    assert record == paper
    assert "summary: |-\n  Line one.\n" in path.read_text(encoding="utf-8")


def test_round_trip_of_the_repository_data_is_byte_identical() -> None:
    files = 0
    for collection in store.COLLECTIONS:
        for path in store.iter_files(REPO_DATA, collection):
            record = store.load_record(path, collection)
            assert store.to_yaml(record).encode("utf-8") == path.read_bytes(), path
            files += 1
    assert files >= 10


def test_format_files_rewrites_non_canonical(data: Path) -> None:
    store.format_files(data, check=False)  # the fixture is written without modelines
    path = data / PAPER
    original = path.read_bytes()
    path.write_bytes(
        b"title: 'FitNets: Hints for Thin Deep Nets'\n"
        + original.replace(b"title: 'FitNets: Hints for Thin Deep Nets'\n", b"")
    )
    changed, problems = store.format_files(data, check=True)
    assert (changed, problems) == ([path], [])
    assert path.read_bytes() != original
    store.format_files(data, check=False)
    assert path.read_bytes() == original
