"""Issue 15, item 1: a DOI (or any field) that tries to end its BibTeX entry early or to smuggle
a command into the .bbl. The records are built without validation (as a record the grammar
refuses would be), so that the writer is tried on its own."""

from __future__ import annotations

import re
from pathlib import Path

import bibtexparser
import pytest

from catalogue.core.models import Identifiers, Link, Paper
from catalogue.core.store import Catalogue
from catalogue.outputs.bibtex import paper_to_bibtex

from ..bibtex.test_clients import run_bibtex

INJECTIONS = {
    "doi-note-input": {"doi": "10.1234/a},note={\\input{/etc/hostname}"},
    "doi-closes-entry": {"doi": "10.1234/b}"},
    "doi-backslash": {"doi": "10.1234/\\write18{id}"},
    "arxiv-brace": {"arxiv": "1503.02531},note={\\input{x}"},
    "url-closes-entry": {"url": "https://a.org/x},note={\\input{/etc/hostname}"},
    "title-closes-entry": {"title": "T},note={\\input{/etc/hostname}"},
    "author-closes-entry": {"authors": ["A},note={\\input{/etc/hostname}"]},
    "title-controls": {"title": "A \x1b[31m\x07 \u202etitle"},
}


BENIGN: dict[str, object] = {
    "doi": "10.1234/plain",
    "arxiv": "1503.02531",
    "url": "https://example.org/plain",
    "title": "A plain title",
    "authors": ["Ann Author"],
}


def _paper(spec: dict[str, object]) -> Paper:
    ids = Identifiers.model_construct(arxiv=spec.get("arxiv"), doi=spec.get("doi"), other=[])
    url = spec.get("url", "https://example.org/paper")  # a field after doi: a cut entry loses it
    links = [Link.model_construct(kind="paper", url=url, label=None)]
    return Paper.model_construct(
        key="victim",
        kind="paper",
        title=spec.get("title", "A title"),
        authors=spec.get("authors", ["Ann Author"]),
        year=2020,
        venue=None,
        identifiers=ids,
        links=links,
    )


def _entry_text(spec: dict[str, object]) -> str:
    return paper_to_bibtex(_paper(spec), Catalogue(root=Path("data")))


@pytest.mark.parametrize("spec", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_bibtexparser_reads_one_entry_with_only_the_fields_written(spec: dict[str, object]) -> None:
    text = _entry_text(spec)
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == [], text
    assert [e.key for e in library.entries] == ["victim"], text
    names = [f.key for f in library.entries[0].fields]
    benign = bibtexparser.parse_string(_entry_text({k: BENIGN[k] for k in spec}))
    assert names == [f.key for f in benign.entries[0].fields], text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)


@pytest.mark.bibtex
@pytest.mark.parametrize("spec", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_bibtex_puts_no_injected_command_in_the_bbl(
    spec: dict[str, object], tmp_path: Path
) -> None:
    code, _ = run_bibtex(_entry_text(spec), tmp_path)
    bbl = (tmp_path / "cite.bbl").read_text(encoding="utf-8", errors="replace")
    assert code in (0, 1), bbl
    for command in ("\\input", "\\write"):
        assert command not in bbl, bbl
    assert bbl.count("\\bibitem{") == 1
