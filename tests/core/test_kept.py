"""Kept values: found again by key in a later run, never read when another version kept them."""

from __future__ import annotations

from pathlib import Path

from catalogue.incremental.kept import KeptValues
from catalogue.incremental.versions import code_version, parts_digest, tree_version


def test_values_survive_a_save_and_only_used_entries_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "m.marshal"
    first = KeptValues(path, "v1")
    first.put(b"a", "entry a")
    first.put(b"b", ("entry", "b"))
    first.save()

    second = KeptValues(path, "v1")
    assert second.get(b"a") == "entry a" and second.get(b"c") is None
    assert (second.hits, second.misses) == (1, 1)
    second.save()  # "b" was not used in this run: it drops out
    assert KeptValues(path, "v1").get(b"b") is None
    assert KeptValues(path, "v1").get(b"a") == "entry a"


def test_values_of_another_version_or_a_damaged_file_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "m.marshal"
    kept = KeptValues(path, "v1")
    kept.put(b"a", "entry a")
    kept.save()
    assert KeptValues(path, "v2").get(b"a") is None
    path.write_bytes(b"\x00 not marshal")
    assert KeptValues(path, "v1").get(b"a") is None


def test_digests_separate_their_parts() -> None:
    assert parts_digest("ab", "c") != parts_digest("a", "bc")
    assert parts_digest(b"x", "y") == parts_digest("x", b"y")
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


def test_saving_unchanged_values_does_not_rewrite_the_file(tmp_path: Path) -> None:
    path = tmp_path / "m.marshal"
    kept = KeptValues(path, "v1")
    kept.put(b"a", "entry a")
    kept.save()
    again = KeptValues(path, "v1")
    again.get(b"a")
    path.unlink()  # would be written again if save() thought something changed
    again.save()
    assert not path.exists()
