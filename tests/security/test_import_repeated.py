"""Issue 15, item 4: a list repeating one entry imports in work linear in its length, into one
record that keeps every line's provenance; a long import says where it is; a list over the size
limit is refused, saying what the limit is."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import yaml

from catalogue import api
from catalogue.core import progress
from catalogue.ingest.lists import apply, plan, read_list
from catalogue.ingest.versions import diff_source

from .conftest import Cli

LINE = (
    "- Distilling the Knowledge in a Neural Network. Geoffrey Hinton, Oriol Vinyals, Jeff Dean."
    " NIPS Workshop 2015. [[paper]](https://arxiv.org/abs/1503.02531)"
    " [[code]](https://github.com/peterliht/knowledge-distillation-pytorch)\n"
)


def repeated(folder: Path, copies: int, name: str = "repeated.md") -> Path:
    path = folder / name
    path.write_text("# A list that repeats itself\n\n" + LINE * copies, encoding="utf-8")
    return path


def test_repeated_entries_collapse_into_one_record_keeping_every_line(
    cli: Cli, project: Path
) -> None:
    copies = 120
    path = repeated(project, copies)
    ran = cli("import", "--date", "2026-01-01", str(path))
    assert ran.code == 0, ran.err
    assert "Traceback" not in ran.err
    paper = yaml.safe_load((project / "data/papers/hinton2015distilling.yml").read_text())
    lines = [e["line"] for e in paper["sources"] if e["source"] == "repeated"]
    assert lines == [3 + i for i in range(copies)]  # every line, once each, in list order
    assert [link["url"] for link in paper["links"]].count(
        "https://github.com/peterliht/knowledge-distillation-pytorch"
    ) == 1  # the code link once, not once per copy
    papers = [p for p in (project / "data/papers").glob("*.yml") if "repeated" in p.read_text()]
    assert len(papers) == 1  # no second record for any copy
    again = cli("import", "--date", "2026-01-01", str(path))
    assert again.code == 0, again.err
    assert "0 file(s) written, 0 removed" in again.err


DATE = dt.date(2026, 1, 1)


def watched(filename: str) -> bool:
    """What an import does with entries once they are read (matching them with each other and
    with the records, weighing their claims, checking and writing): the reading itself goes
    entry by entry and is left out (tracing it would take minutes)."""
    name = filename.replace("\\", "/")
    if "/catalogue/ingest/" in name:
        return "/importers/" not in name
    return "/catalogue/core/" in name


@contextmanager
def counting_lines() -> Iterator[Counter[str]]:
    """Lines run in the watched modules, by module (a loop's every turn counts, comprehensions
    included): work, counted the same on any machine, unlike time."""
    counts: Counter[str] = Counter()

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if event == "line":
            counts[frame.f_code.co_filename.rsplit("/", 1)[-1]] += 1
        return local

    def call(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if watched(frame.f_code.co_filename) else None

    sys.settrace(call)
    try:
        yield counts
    finally:
        sys.settrace(None)


def work(project: Path, copies: int) -> Counter[str]:
    """Lines the import of ``copies`` copies runs (into a fresh copy of the project), then
    those of importing it again (the re-import matches every copy with the stored ones)."""
    project = Path(shutil.copytree(project, project.parent / f"copies-{copies}"))
    path = repeated(project, copies)
    cat = api.load(project / "data", cache=False)
    lists = [read_list(path, "auto", None, cat)]
    with counting_lines() as first:
        apply(cat, lists, plan(cat, lists, DATE))
    cat = api.load(project / "data", cache=False)
    lists = [read_list(path, "auto", None, cat)]
    with counting_lines() as again:
        diff_source(cat, lists[0].source.id, lists[0].result.entries)
        plan(cat, lists, DATE)
    return first + again


def test_work_grows_linearly_with_repeated_entries(project: Path) -> None:
    small, large = work(project, 100), work(project, 400)
    # Four times the entries: linear work is about four times as much; pairwise is sixteen.
    for module in sorted(set(small) | set(large)):
        assert large[module] <= 4.5 * small[module] + 1000, (module, small[module], large[module])
    assert sum(large.values()) <= 4.5 * sum(small.values())


def test_a_long_import_says_where_it_is(
    cli: Cli, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the import had run long already: every stage is shown, and the reading counts up.
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(progress, "SHOW_EVERY", 0.0)
    path = repeated(project, 30)
    ran = cli("import", "--date", "2026-01-01", str(path))
    assert ran.code == 0, ran.err
    shown = [line for line in ran.err.splitlines() if line.endswith("so far")]
    stages = [line.split(":", 1)[0] for line in shown]
    assert "reading list repeated" in stages
    assert any(s.startswith("matching 30 entries") for s in stages)
    assert "staging changed records" in stages
    reading = [line for line in shown if line.startswith("reading list repeated: ")]
    assert any(" of " in line for line in reading)  # counts as it goes: done of total
    assert shown.index(reading[0]) < stages.index("staging changed records")


def test_a_short_import_prints_no_progress(cli: Cli, project: Path) -> None:
    ran = cli("import", "--date", "2026-01-01", str(repeated(project, 3)))
    assert ran.code == 0, ran.err
    assert "so far" not in ran.err


def test_a_list_over_the_size_limit_is_refused_naming_the_limit(cli: Cli, project: Path) -> None:
    path = project / "huge.md"
    # 2.5 MB, most of it a comment (cheap to read when the limit allows it)
    path.write_text(f"# Huge\n\n{LINE}\n<!-- {'x' * (5 * 1024 * 1024 // 2)} -->\n")
    before = sorted(p.name for p in (project / "data/papers").iterdir())
    ran = cli("import", "--max-size", "2", "--date", "2026-01-01", str(path))
    assert ran.code == 2
    assert "Traceback" not in ran.err
    assert f"{path}: 2.5 MB, more than the 2 MB a list may have" in ran.err
    assert "--max-size 3" in ran.err
    assert sorted(p.name for p in (project / "data/papers").iterdir()) == before
    read = cli("import", "--max-size", "3", "--date", "2026-01-01", "--dry-run", str(path))
    assert read.code == 0, read.err
