# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a thirteenth (development) set of public lists (issue 12), each written here in a
few lines of our own: works written as bold title paragraphs, each over a paragraph describing it."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


BOLD_PARAGRAPHS = """\
# Widgets in biology

A list of widget methods for biology. See also the [gadget list](https://github.com/someone/awesome-gadgets).

## Reviews

These are reviews rather than methods.

**Opportunities for Widgets in Medicine** [[bioRxiv preprint](http://biorxiv.org/content/early/2017/01/01/100001)]

A long review written in the open on [GitHub](https://github.com/someone/widget-review), with many points.

**Widget nets for gene expression** [[github](https://github.com/someone/widgetnet)][[paper](http://journals.example.org/widgetnet)]

A Theano implementation of widget nets; the authors first wrote a [conference paper](http://www.example.org/widget-conf) about it.

**Gadget – Predicting Foo from Bar with widgets** [[web server](http://gadget.example.edu/)]

Predicts foo from bar.
"""


def test_bold_title_paragraphs_with_bracketed_links_are_works_and_their_descriptions_are_not() -> (
    None
):
    result = _read(BOLD_PARAGRAPHS)
    entries = [(e.entry.line, e.entry.title) for e in result.entries]
    assert entries == [
        (9, "Opportunities for Widgets in Medicine"),
        (13, "Widget nets for gene expression"),
        (17, "Gadget – Predicting Foo from Bar with widgets"),
    ]
    urls = {e.entry.line: sorted(x.url for x in e.entry.links) for e in result.entries}
    assert urls[13] == [
        "http://journals.example.org/widgetnet",
        "https://github.com/someone/widgetnet",
    ]
    skipped = {s.line for s in result.skipped}
    assert {3, 11, 15, 19} <= skipped  # the introduction and the descriptions
