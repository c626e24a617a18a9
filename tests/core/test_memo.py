"""Memos: values kept between builds by the digest of their inputs, never served stale."""

from __future__ import annotations

from pathlib import Path

from catalogue.incremental.memo import Memo, code_version, key, tree_version


def test_values_survive_a_save_and_only_used_entries_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "m.marshal"
    first = Memo(path, "v1")
    first.put(key("a"), "entry a")
    first.put(key("b"), ("entry", "b"))
    first.save()

    second = Memo(path, "v1")
    assert second.get(key("a")) == "entry a" and second.get(key("c")) is None
    assert (second.hits, second.misses) == (1, 1)
    second.save()  # "b" was not used in this run: it drops out
    assert Memo(path, "v1").get(key("b")) is None
    assert Memo(path, "v1").get(key("a")) == "entry a"


def test_a_memo_of_other_code_or_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "m.marshal"
    memo = Memo(path, "v1")
    memo.put(key("a"), "entry a")
    memo.save()
    assert Memo(path, "v2").get(key("a")) is None
    path.write_bytes(b"\x00 not marshal")
    assert Memo(path, "v1").get(key("a")) is None


def test_keys_separate_their_parts() -> None:
    assert key("ab", "c") != key("a", "bc")
    assert key(b"x", "y") == key("x", b"y")
    assert len(code_version()) == 32


def test_the_code_version_follows_every_file_of_the_code(tmp_path: Path) -> None:
    code, templates = tmp_path / "code", tmp_path / "templates"
    (code / "__pycache__").mkdir(parents=True)
    templates.mkdir()
    (code / "a.py").write_text("x = 1\n")
    (templates / "page.j2").write_text("{{ x }}\n")
    first = tree_version(code, templates)
    (code / "__pycache__" / "a.pyc").write_bytes(b"compiled")  # not code: no change
    assert tree_version(code, templates) == first
    (templates / "page.j2").write_text("{{ y }}\n")
    second = tree_version(code, templates)
    assert second != first
    (templates / "page.j2").rename(templates / "other.j2")  # same bytes, another name
    assert tree_version(code, templates) not in (first, second)
    assert tree_version(templates, code) != tree_version(code, templates)


def test_saving_an_unchanged_memo_does_not_rewrite_it(tmp_path: Path) -> None:
    path = tmp_path / "m.marshal"
    memo = Memo(path, "v1")
    memo.put(key("a"), "entry a")
    memo.save()
    again = Memo(path, "v1")
    again.get(key("a"))
    path.unlink()  # would be written again if save() thought something changed
    again.save()
    assert not path.exists()
