# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in set 19d's lists, written here in our own words, each failing before its rule:
a table of benchmark results (method names and scores, no links) below a list of works."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


RESULTS_TABLE = """\
# Widget detection

## Papers

1. **Widget R-CNN: Finding Widgets in Clutter**, *A. Lee, B. Chan*, [[Arxiv](https://arxiv.org/abs/2001.00001)], `WRCNN`
2. **Gadget Pyramids for Small Widgets**, *C. Dee*, [[Arxiv](https://arxiv.org/abs/2001.00002)]

## Results

|Method| Backbone| Year | Input size | WidgetSet | GadgetSet |
|---| ---| ---| --- |---| --- |
|**Two-stage**|
|Widget R-CNN | Sprocket-16| 2020| Arbitrary| 61.0∗ |58.4†|
|Gadget Pyramids | Sprocket-101 |2020 |~600 × 1000| 70.2| -|
|**One-stage**|
|WOLO | Sprocket-16 |2021 |448 × 448| 66.4| 57.9|
|WOLO v2 | Sprocket-19 |2021| 544 × 544| 78.6| 73.5|
"""


def test_a_table_of_scores_without_links_is_no_list_of_works() -> None:
    result = _read(RESULTS_TABLE)
    assert [e.entry.line for e in result.entries] == [5, 6]
    reasons = [s.reason for s in result.skipped if s.line == 11]
    assert reasons and "results" in reasons[0]


WORKS_WITH_YEARS = """\
# Widgets

| Title | Year | Pages |
|---|---|---|
| Widget Learning in the Wild | 2020 | 12 |
| Gadget Pyramids for Small Widgets | 2021 | 9 |
| A Survey of Sprocket Methods | 2022 | 30 |
"""


def test_a_table_of_titles_with_years_and_counts_stays_a_list_of_works() -> None:
    # A guard on the rule above: numbers that are no scores (years, counts) keep the rows.
    titles = [e.entry.title for e in _read(WORKS_WITH_YEARS).entries]
    assert titles == [
        "Widget Learning in the Wild",
        "Gadget Pyramids for Small Widgets",
        "A Survey of Sprocket Methods",
    ]
