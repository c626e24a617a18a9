# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in session 9's dev set 21b (public lists of papers, tools and data sets), each
written here again with invented titles, names and addresses, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


CODE_TAG_GROUPS = """\
# Widget registration papers

Tags: `lf.` local features, `est.` direct estimation, `opt.` optimisation.

## 2019

- [[CVPR](https://widgets.example.org/cvpr19/lee.pdf)] WidgetNet: Learning Local Gadget Descriptors [`lf.`]

- [[ICCV](https://widgets.example.org/iccv19/chan.pdf)] Deep Closest Widget: Learning Gadget Representations [`est.` `lf.`]

- [[ICRA](https://widgets.example.org/icra19/dee.pdf)] Robust Low-overlap Widget Registration [`est.` `opt.` `oth.`] :fire:

- [[CVPR](https://widgets.example.org/cvpr19/ode.pdf)] Gadget Matching with Smoothed Widgets [[code](https://github.com/ode/gadget-match)] [`lf.`]
"""


def test_a_bracket_of_code_span_tags_after_a_title_is_no_part_of_it() -> None:
    # ``[`lf.` `est.`]``: the list's keyword tags, not title words (the full stops inside them
    # ended the title early: ``Title [est``).
    assert [e.entry.title for e in _read(CODE_TAG_GROUPS).entries] == [
        "WidgetNet: Learning Local Gadget Descriptors",
        "Deep Closest Widget: Learning Gadget Representations",
        "Robust Low-overlap Widget Registration",
        "Gadget Matching with Smoothed Widgets",
    ]
