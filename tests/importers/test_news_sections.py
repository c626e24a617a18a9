"""A news section covers its own lines: news items are skipped, but paper sections a list put
under its news heading (``## Update log`` above ``### Graph papers``) are the list's sections,
while dated sub-headings of the news (``### 2024``) stay news."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


NEWS_ABOVE_SECTIONS = """\
# Papers on federated graphs

## Update log

- 2024-03-01: [Split Graphs at the Edge](https://arxiv.org/abs/2403.00011) added.

### 2023

- 2023-11-20: the list moved to a new home, see [here](https://example.org/home).

### Graph papers

| Title | Venue | Year |
| --- | --- | --- |
| [Clients That Share Subgraphs](https://arxiv.org/abs/2301.00021) | KDD | 2023 |
| [Neighbours Across Silos](https://arxiv.org/abs/2302.00031) | ICML | 2022 |

### Private GNNs

- [Noisy Messages Between Nodes](https://arxiv.org/abs/2303.00041), WWW 2023
"""


def test_paper_sections_under_a_news_heading_are_read_and_the_news_is_not() -> None:
    result = _read(NEWS_ABOVE_SECTIONS)
    assert [(e.entry.line, e.entry.title) for e in result.entries] == [
        (15, "Clients That Share Subgraphs"),
        (16, "Neighbours Across Silos"),
        (20, "Noisy Messages Between Nodes"),
    ]
    assert result.entries[0].entry.section == ["Update log", "Graph papers"]
    skipped = {s.line for s in result.skipped}
    assert {5, 9} <= skipped  # the news items, under the heading and under a dated sub-heading
