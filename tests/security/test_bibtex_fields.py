"""Hostile field values through the one BibTeX escaping function (``escape_field``).

Hypothesis writes entries whose every field tries to break out: closing braces, ``},note={``,
``\\input{…}``, TeX specials, control characters, bidi overrides, stray ``@`` and ``=``. Whatever
the value, bibtexparser must read back exactly the fields that were written, and Debian's
``bibtex`` (plain.bst) must put no command into the .bbl that the writer did not make itself
from a character (no ``\\input``, ``\\write``, ``\\def`` …).
"""

from __future__ import annotations

import re
from pathlib import Path

import bibtexparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pylatexenc.latexencode import get_builtin_uni2latex_dict

from catalogue.outputs.bibtex import NAME_FIELDS, VERBATIM_FIELDS, Entry, escape_field

from ..bibtex.test_clients import run_bibtex

FRAGMENTS = [
    "}",
    "{",
    "\\",
    "},note={\\input{/etc/hostname}",
    "\\input{/etc/hostname}",
    "\\immediate\\write18{id}",
    "\\def\\x{y}",
    "\\catcode`\\@=11",
    "\\\\",
    "%",
    "#",
    "&",
    "~",
    "^",
    "$",
    "_",
    "@",
    '"',
    ",",
    "=",
    " and ",
    "others",
    "\x1b[31m",
    "\x07",
    "\x00",
    "\x85",
    "\u202e",
    "\u2066",
    "\n",
    "\t",
    '{\\"o}',
    "Schölkopf",
    "BERT",
    "10.1234/a",
    "https://x.org/a?b=c#d",
]
hostile = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), min_size=1, max_size=8
).map("".join)
FIELDS = ["title", "author", "editor", "booktitle", "journal", "howpublished", "note", "key"]
FIELDS += sorted(VERBATIM_FIELDS)


@st.composite
def entries(draw: st.DrawFn, key: str = "k") -> Entry:
    entry = Entry("misc", key)
    names = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=6, unique=True))
    for name in names:
        if name in NAME_FIELDS:
            entry.add(name, draw(st.lists(hostile, min_size=1, max_size=3)))
        else:
            entry.add(name, draw(hostile))
    return entry


def _braces_balance(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@given(entries())
@settings(max_examples=300)
def test_bibtexparser_reads_back_exactly_the_fields_written(entry: Entry) -> None:
    library = bibtexparser.parse_string(entry.text())
    assert library.failed_blocks == []
    assert [e.key for e in library.entries] == [entry.key]
    read = [(f.key, f.value) for f in library.entries[0].fields]
    assert read == entry.fields
    for _, value in entry.fields:
        assert _braces_balance(value)


@pytest.mark.parametrize("name", FIELDS)
def test_every_field_escapes_an_attempt_to_end_the_entry(name: str) -> None:
    value = "a},note={\\input{/etc/hostname}"
    written = escape_field(name, [value] if name in NAME_FIELDS else value)
    assert "\\input" not in written and _braces_balance(written)


_COMMAND = re.compile(r"\\([A-Za-z@]+|[^A-Za-z@])")


def _commands(text: str) -> set[str]:
    return set(_COMMAND.findall(text))


# Every command the encoder may write for a character (pylatexenc's table and the brace rule),
# and the characters it escapes with a backslash (``\%``, ``\&``, accents such as ``\"``).
ENCODER = {c for latex in get_builtin_uni2latex_dict().values() for c in _commands(latex)}
ENCODER |= {"textbraceleft", "textbraceright"}


def _bibtex(folder: Path, bib: str) -> tuple[int, str]:
    """bibtex's exit code and the .bbl it wrote."""
    code, _ = run_bibtex(bib, folder)
    return code, (folder / "cite.bbl").read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def plain_commands(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """What plain.bst writes by itself for an ordinary entry."""
    benign = Entry("misc", "benign")
    for name in FIELDS:
        benign.add(name, ["Ann Author"] if name in NAME_FIELDS else "Plain words")
    code, bbl = _bibtex(tmp_path_factory.mktemp("plain"), benign.text())
    assert code in (0, 1)
    return _commands(bbl)


@pytest.mark.bibtex
@given(batch=st.lists(entries(), min_size=1, max_size=8))
@settings(max_examples=25)
def test_bibtex_writes_no_command_the_input_did_not_hold(
    batch: list[Entry], plain_commands: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    for i, entry in enumerate(batch):
        entry.key = f"k{i}"
    bib = "\n".join(entry.text() for entry in batch)
    assert _commands(bib) <= ENCODER, "the writer let a command through"
    code, bbl = _bibtex(tmp_path_factory.mktemp("hostile"), bib)
    assert code in (0, 1), bbl  # 2 and up: errors (an unbalanced or cut entry)
    # bibtex changes the case of a title's special characters ({\AE} -> {\ae}): that is the
    # one way a command of the .bbl may differ from one of the .bib.
    written = {c.lower() for c in _commands(bib)}
    made = {c for c in _commands(bbl) - plain_commands if c.lower() not in written}
    assert made == set(), bbl
    assert bbl.count("\\bibitem{") == len(batch)


def test_the_command_check_sees_an_injection() -> None:
    """The check above can fail: a raw value's ``\\input`` is neither plain.bst's nor the
    encoder's."""
    assert "input" in _commands("doi = {10.1234/a},note={\\input{/etc/hostname}}")
    assert "input" not in ENCODER
