"""parse_file and format choice: bad input gives a clear error naming the file, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core.errors import DataError, UsageError
from catalogue.ingest.importers import IMPORTERS, detect, get, parse_file

SEED_FORMATS = {
    "comma-authors",
    "venue-brackets",
    "heading-entries",
    "bold-italic-authors",
    "dated-summaries",
}


def test_registry_names_every_format() -> None:
    get("generic")  # loads the built-in importers
    # Other importers (e.g. BibTeX) may register beside these.
    assert SEED_FORMATS | {"generic"} <= set(IMPORTERS)
    assert all(IMPORTERS[name].description for name in SEED_FORMATS | {"generic"})


def test_unknown_format_names_the_choices(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [A](https://a.org)\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"unknown import format 'nope'.*generic"):
        parse_file(path, "nope", "src")


def test_source_id_must_be_a_key(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [A](https://a.org)\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"source id 'Bad Id' is not a valid id"):
        parse_file(path, "generic", "Bad Id")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        parse_file(tmp_path / "absent.md", "generic", "src")
    with pytest.raises(UsageError, match="is a folder"):
        parse_file(tmp_path, "generic", "src")


def test_bytes_that_are_not_utf8_are_located(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(b"# List\n\n- [Caf\xe9](https://a.org), A B, 2020\n")
    with pytest.raises(DataError) as caught:
        parse_file(path, "auto", "src")
    (diagnostic,) = caught.value.diagnostics
    assert (diagnostic.line, diagnostic.column, diagnostic.code) == (3, 7, "encoding")
    assert "UTF-8" in diagnostic.message and str(path) == diagnostic.path


def test_auto_refuses_a_text_with_no_entries() -> None:
    with pytest.raises(UsageError, match="cannot tell the format"):
        detect("Just some prose.\n\nNo list here.\n")


def test_byte_order_mark_and_crlf_do_not_disturb_lines(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    text = "\ufeff# Papers\r\n\r\n- [A Paper](https://arxiv.org/abs/2001.00001), Ann Bee, 2020\r\n"
    path.write_bytes(text.encode("utf-8"))
    result = parse_file(path, "comma-authors", "src")
    (item,) = result.entries
    assert (item.entry.line, item.entry.title, item.entry.year) == (3, "A Paper", 2020)
    assert result.consumed == {1, 2, 3}


def test_mojibake_title_is_repaired_with_the_original_kept(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [Itâ€™s Distillation](https://a.org/p), Ann Bee, 2020\n", encoding="utf-8")
    (item,) = parse_file(path, "comma-authors", "src").entries
    assert item.entry.title == "It’s Distillation"
    assert item.entry.title_original == "Itâ€™s Distillation"


def test_relative_link_in_an_entry_is_reported_not_dropped_silently(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text(
        "* [ICLR 2020] A Paper [paper](https://a.org/p) [code](code/readme.md)\n",
        encoding="utf-8",
    )
    result = parse_file(path, "venue-brackets", "src")
    assert [link.url for link in result.entries[0].entry.links] == ["https://a.org/p"]
    (warning,) = result.warnings
    assert warning.line == 1 and "code/readme.md" in warning.message
