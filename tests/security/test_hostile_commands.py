"""Commands given hostile input end with a message and an exit code, never a traceback, and
leave no hostile character in the records (issue 15, items 3, 6 and 7).

Each row: what to put in the project, the command, the exit code, words the output must hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalogue.core.store import load

from .conftest import Cli

# Written out here, not taken from the package: C0 but tab and newline, DEL, C1, bidi overrides.
CONTROLS_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LIST_HEAD = "# Hostile list\n\n## Distillation\n\n"


def _entry(title: str, url: str, authors: str, year: int) -> str:
    return f"- [{title}]({url}), {authors}, {year}\n"


PLAIN_LIST = LIST_HEAD + "".join(
    _entry(f"A paper on distillation number {i}", f"https://example.org/{i}", "Ann Author", 2019)
    for i in range(3)
)


@dataclass(frozen=True)
class Case:
    id: str
    setup: Callable[[Path], None]
    args: tuple[str, ...]
    code: int
    words: str


def _write(name: str, text: str) -> Callable[[Path], None]:
    def setup(project: Path) -> None:
        (project / name).write_text(text, encoding="utf-8")

    return setup


def _folder(name: str) -> Callable[[Path], None]:
    def setup(project: Path) -> None:
        (project / name).mkdir(parents=True)

    return setup


BRACKET_HOST = (
    LIST_HEAD
    + _entry(
        "Distilling across brackets in a host", "https://arxiv.org[]/abs/1503.02531", "A B", 2015
    )
    + PLAIN_LIST.removeprefix(LIST_HEAD)
)
CONTROL_LIST = LIST_HEAD + "".join(
    [
        _entry("A second paper \x1b about teachers\x07", "https://example.org/a", "Ann", 2019),
        _entry("Third \u202e paper on students", "https://example.org/b\u202e", "Bob \x9bB", 2020),
        _entry("Fourth paper\x0bwith a vertical tab", "https://example.org/c", "Cy \u2066D", 2021),
    ]
)

CASES = [
    Case("fmt-folder-named-yml", _folder("data/papers/x.yml"), ("fmt",), 1, "x.yml"),
    Case("fmt-check-folder", _folder("data/papers/x.yml"), ("fmt", "--check"), 1, "x.yml"),
    Case("check-folder", _folder("data/papers/x.yml"), ("check",), 1, "x.yml"),
    Case("import-brackets-in-host", _write("list.md", BRACKET_HOST), ("import", "list.md"), 0, ""),
    Case(
        "import-named-like-a-source-record",
        _write("seed-000.yml", PLAIN_LIST),
        ("import", "seed-000.yml"),
        2,
        "--source seed-000",
    ),
    Case("import-hidden-name", _write(".hidden.md", PLAIN_LIST), ("import", ".hidden.md"), 0, ""),
    Case("import-yml-name", _write("mylist.yml", PLAIN_LIST), ("import", "mylist.yml"), 0, ""),
    Case("import-control-name", _write("a\x1bb.md", PLAIN_LIST), ("import", "a\x1bb.md"), 0, ""),
    Case("import-controls", _write("list.md", CONTROL_LIST), ("import", "list.md"), 0, ""),
    Case("import-a-folder", _folder("list.md"), ("import", "list.md"), 2, "folder"),
]


def _records_hold_no_control(project: Path) -> None:
    for path in (project / "data").rglob("*.yml"):
        text = path.read_text(encoding="utf-8")
        found = CONTROLS_RE.search(text)
        assert found is None, f"{path}: {unicodedata.name(found.group(), hex(ord(found.group())))}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input_gets_a_message_not_a_traceback(
    cli: Cli,
    project: Path,
    case: Case,
) -> None:
    before = (project / "data/sources/seed-000.yml").read_bytes()
    case.setup(project)
    ran = cli(*case.args)
    assert "Traceback" not in ran.err
    assert ran.code == case.code, ran.err
    assert case.words in ran.err
    if ran.code == 0 and case.args[0] == "import":
        load(project / "data")  # what the import wrote is valid
        _records_hold_no_control(project)
    # Whatever the list file is called, a source record is never replaced by a list's text.
    assert (project / "data/sources/seed-000.yml").read_bytes() == before


def test_imported_text_keeps_its_words_without_the_controls(cli: Cli, project: Path) -> None:
    (project / "list.md").write_text(CONTROL_LIST, encoding="utf-8")
    assert cli("import", "list.md").code == 0
    titles = {p.title for p in load(project / "data").papers.values()}
    assert "A second paper about teachers" in titles
    assert "Third paper on students" in titles
    assert "Fourth paper with a vertical tab" in titles
