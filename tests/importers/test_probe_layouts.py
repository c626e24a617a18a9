# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts no development set had, written here to probe the generic reader, each failing before
its rule: an HTML table without a header row; a title followed by its authors and venue after
commas; a quoted entry below a list item."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


HEADLESS_HTML_TABLE = """\
# Widget papers

<table>
<tr><td><a href="https://arxiv.org/abs/2306.01111">Widget Tables in HTML</a></td><td>KDD 2023</td></tr>
<tr><td><a href="https://arxiv.org/abs/2306.01212">More Widget Tables in HTML</a></td><td>WWW 2023</td></tr>
</table>

<table>
<tr><th>Paper</th><th>Venue</th></tr>
<tr><td><a href="https://arxiv.org/abs/2306.01313">Headed Widget Tables</a></td><td>KDD 2023</td></tr>
</table>
"""


def test_the_first_row_of_an_html_table_without_a_header_is_an_entry() -> None:
    found = [(e.entry.line, e.entry.title) for e in _read(HEADLESS_HTML_TABLE).entries]
    assert found == [
        (4, "Widget Tables in HTML"),
        (5, "More Widget Tables in HTML"),
        (10, "Headed Widget Tables"),
    ]
