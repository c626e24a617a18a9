"""`catalogue build` skips its outputs when nothing they are made from changed, and only then."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalogue.build import BuildSettings, build
from catalogue.core.errors import DataError

from .conftest import project

PAPER = "data/papers"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return project(tmp_path, 60)


def settings(root: Path, **changes: object) -> BuildSettings:
    values: dict[str, object] = {
        "data_dir": root / "data",
        "project_dir": root,
        "site": False,  # the MkDocs build is the site tests' business; its inputs are keyed alike
        "cache_file": root / ".cache" / "parse.marshal",
    }
    return BuildSettings(**{**values, **changes})  # type: ignore[arg-type]


def outputs(root: Path) -> dict[str, tuple[int, bytes]]:
    found = [root / "README.md", *(root / "bib").rglob("*"), *(root / "site/docs").rglob("*")]
    return {
        p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
        for p in found
        if p.is_file()
    }


def test_nothing_changed_runs_load_and_check_only_and_touches_no_output(root: Path) -> None:
    first = build(settings(root))
    assert not first.up_to_date and "site-pages" in first.timings
    before = outputs(root)
    again = build(settings(root))
    assert again.up_to_date and set(again.timings) == {"load", "check"}
    assert len(again.catalogue.papers) == 60 and again.written == []
    assert outputs(root) == before


def test_an_edit_keeping_size_and_time_is_built(root: Path) -> None:
    build(settings(root))
    path = sorted((root / PAPER).iterdir())[0]
    text = path.read_text("utf-8")
    title = text.split("\ntitle: ", 1)[1].split("\n", 1)[0]
    stat = path.stat()
    path.write_text(text.replace(f"title: {title}\n", f"title: {title[::-1]}\n", 1), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = build(settings(root))
    assert not result.up_to_date
    assert title[::-1] in (root / "README.md").read_text("utf-8")


@pytest.mark.parametrize(
    "change",
    [
        "delete an output",
        "edit an output",
        "edit the hand-written README",
        "add a site asset",
        "add a manual page",
        "other settings",
    ],
)
def test_changed_outputs_sources_or_settings_are_built_again(root: Path, change: str) -> None:
    build(settings(root))
    wanted = settings(root)
    if change == "delete an output":
        (root / "bib/all.bib").unlink()
    elif change == "edit an output":
        page = root / "site/docs/index.md"
        page.write_text(page.read_text("utf-8") + "\nstray\n", "utf-8")
    elif change == "edit the hand-written README":
        readme = root / "README.md"
        readme.write_text(readme.read_text("utf-8").replace("by hand", "by me"), "utf-8")
    elif change == "add a site asset":
        (root / "site/assets").mkdir(parents=True)
        (root / "site/assets/extra.css").write_text("p {}\n", "utf-8")
    elif change == "add a manual page":
        (root / "docs").mkdir()
        (root / "docs/index.md").write_text("# Manual\n", "utf-8")
    else:
        wanted = settings(root, strict=False)
    result = build(wanted)
    assert not result.up_to_date and "site-pages" in result.timings
    assert (root / "bib/all.bib").is_file()
    assert "stray" not in (root / "site/docs/index.md").read_text("utf-8")
    if change == "add a site asset":
        assert (root / "site/docs/assets/extra.css").is_file()
    if change == "add a manual page":
        assert (root / "site/docs/manual/index.md").is_file()
    assert build(wanted).up_to_date  # and then it is fresh again


def test_a_new_source_date_builds_again_and_staging_leftovers_do_not(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build(settings(root))
    (root / "site/.public-new").mkdir(parents=True)  # left by a build that was killed
    (root / "site/.public-new/index.html").write_text("half", "utf-8")
    assert build(settings(root)).up_to_date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # e.g. CI dating the site by its commit
    assert not build(settings(root)).up_to_date
    assert build(settings(root)).up_to_date


def test_bad_data_fails_however_fresh_the_outputs_are(root: Path) -> None:
    build(settings(root))
    path = sorted((root / PAPER).iterdir())[0]
    good = path.read_bytes()
    path.write_text("key: [unclosed\n", "utf-8")
    with pytest.raises(DataError):
        build(settings(root))
    path.write_bytes(good)
    assert build(settings(root)).up_to_date  # the same inputs as the last good build


def test_without_a_cache_every_build_is_complete(root: Path) -> None:
    build(settings(root, cache_file=None))
    again = build(settings(root, cache_file=None))
    assert not again.up_to_date and "site-pages" in again.timings
