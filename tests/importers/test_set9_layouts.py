"""Layouts met on a ninth (development) set of public lists (issue 12), each written here in a few
lines of our own: list items whose content is a heading."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[str]:
    return [e.entry.title for e in _read(text).entries]


HEADING_ITEMS = """\
# Most-read Widget Papers
1. ### [Semi-Supervised Widget Classification with Gadgets](https://example.org/widgets/gcn/README.md)
1. ### [Inductive Widget Learning on Large Gadgets](https://arxiv.org/abs/1706.00216)
1. ### [Widget Attention Networks](https://example.org/widgets/gat/README.md)

# Surveys
- ## 2020
   * ### [Deep Widgets on Gadgets: A Survey](https://example.org/surveys/dwg/README.md)
   * ### [Adversarial Widgets on Gadget Data: A Survey](https://arxiv.org/abs/2003.00653)
- ## 2019
   * ### [Widget Networks: A Comprehensive Review](https://example.org/surveys/wn/README.md)
"""


def test_list_items_whose_content_is_a_heading_are_entries() -> None:
    result = _read(HEADING_ITEMS)
    found = [(e.entry.line, e.entry.title, e.entry.year) for e in result.entries]
    assert found == [
        (2, "Semi-Supervised Widget Classification with Gadgets", None),
        (3, "Inductive Widget Learning on Large Gadgets", 2017),
        (4, "Widget Attention Networks", None),
        (8, "Deep Widgets on Gadgets: A Survey", 2020),
        (9, "Adversarial Widgets on Gadget Data: A Survey", 2020),
        (11, "Widget Networks: A Comprehensive Review", 2019),
    ]
    links = [[link.url for link in e.entry.links] for e in result.entries]
    assert links[0] == ["https://example.org/widgets/gcn/README.md"]
