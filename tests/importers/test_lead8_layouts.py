# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in this session's lists, written here in our own words, each failing before its
rule: a title whose head is two short phrases before a colon (``Sort Fast, Stack Slow: …``) is
no author followed by a title; a second sentence of title words (``Rethinking …``) is no author."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


CATCHY_HEADS = """\
# Efficient sorting

* Sort Fast, Stack Slow: Curriculum Widgets for Efficient Sorting. [[Paper]](https://arxiv.org/abs/2501.00001)
* Efficient Sorting with Small Widgets. [[Paper]](https://arxiv.org/abs/2501.00003)
* Gadgets Rest, Widgets Work: Dynamic Boundaries in Sprocket Models. [[Paper]](https://arxiv.org/abs/2501.00002)
* Sprocket Models Sort Faster Than You Think. [[Paper]](https://arxiv.org/abs/2501.00004)
* Ann Lee, Bo Chan, Widget Sorting at Scale: A Study, ICML 2020. [[Paper]](https://example.org/c)
* A. Lee, Sprocket Games: Learning to Stack, NeurIPS 2021. [[Paper]](https://example.org/d)
* Stacking Widgets in Sorted Order. [[Paper]](https://arxiv.org/abs/2501.00005)
* Learning to Sort Sprockets from Few Examples. [[Paper]](https://arxiv.org/abs/2501.00006)
* Gadget Sorting Benchmarks Revisited. [[Paper]](https://arxiv.org/abs/2501.00007)
* On the Limits of Widget Stacking. [[Paper]](https://arxiv.org/abs/2501.00008)
"""


def test_two_short_phrases_before_a_colon_are_the_title_not_an_author() -> None:
    got = [(e.entry.title, e.entry.authors) for e in _read(CATCHY_HEADS).entries]
    assert got == [
        ("Sort Fast, Stack Slow: Curriculum Widgets for Efficient Sorting", []),
        ("Efficient Sorting with Small Widgets", []),
        ("Gadgets Rest, Widgets Work: Dynamic Boundaries in Sprocket Models", []),
        ("Sprocket Models Sort Faster Than You Think", []),
        # Names before a colon title stay names: two of them, or one with an initial.
        ("Widget Sorting at Scale: A Study", ["Ann Lee", "Bo Chan"]),
        ("Sprocket Games: Learning to Stack", ["A. Lee"]),
        ("Stacking Widgets in Sorted Order", []),
        ("Learning to Sort Sprockets from Few Examples", []),
        ("Gadget Sorting Benchmarks Revisited", []),
        ("On the Limits of Widget Stacking", []),
    ]


QUESTION_TITLES = """\
# Sorting

* Can Small Widgets Beat Big Widgets? Rethinking Compute-Optimal Test-Time Sorting [[Paper]](https://arxiv.org/pdf/2502.00001)
* Widget Sorting at Scale [[Paper]](https://arxiv.org/pdf/2502.00002)
* Does Stacking Help? Ann Lee, Bo Chan. ICML 2020 [[Paper]](https://arxiv.org/pdf/2502.00003)
"""


def test_a_second_sentence_of_title_words_is_the_title_not_its_author() -> None:
    got = [(e.entry.title, e.entry.authors) for e in _read(QUESTION_TITLES).entries]
    assert got == [
        ("Can Small Widgets Beat Big Widgets? Rethinking Compute-Optimal Test-Time Sorting", []),
        ("Widget Sorting at Scale", []),
        ("Does Stacking Help?", ["Ann Lee", "Bo Chan"]),
    ]


SURVEY_SECTION = """\
# Awesome Widget Attacks

## Contents

- [Survey](#survey)
- [Attack](#attack)

## Survey

[Widget Attacks on Deep Sorting Networks: A Survey](https://arxiv.org/abs/1801.00001)

## Attack

- [Fooling Widget Sorters with Small Stickers](https://arxiv.org/abs/1801.00002)
"""


def test_a_section_named_by_its_one_paper_title_is_no_work_of_that_name() -> None:
    got = [(e.entry.line, e.entry.title) for e in _read(SURVEY_SECTION).entries]
    assert got == [
        (10, "Widget Attacks on Deep Sorting Networks: A Survey"),
        (14, "Fooling Widget Sorters with Small Stickers"),
    ]


DATA_SET_SPLITS = """\
# Widget data sets

<table>
<tr><th>Dataset</th><th>Split</th><th>Widgets</th><th>Paper</th></tr>
<tr><td rowspan="3"><a href="https://example.org/widgets-v1">WidgetSet-v1</a></td><td>train</td><td>2746</td><td rowspan="5"><a href="https://example.org/paper.pdf">[Link]</a></td></tr>
<tr><td>test-1</td><td>922</td></tr>
<tr><td>test-2</td><td>1041</td></tr>
<tr><td rowspan="2"><a href="https://example.org/gadgets">GadgetSet</a></td><td>train</td><td>6678</td></tr>
<tr><td>test</td><td>1200</td></tr>
</table>

<table>
<tr><th>Venue</th><th>Paper</th></tr>
<tr><td rowspan="2"><a href="https://example.org/venue">Widget Workshop</a></td><td>Sorting Widgets with Small Gadgets in Practice</td></tr>
<tr><td>Stacking Gadgets on Widgets at Scale</td></tr>
</table>
"""


def test_rows_spanned_by_a_linked_name_and_holding_only_short_values_are_lines_of_that_work() -> (
    None
):
    got = [(e.entry.line, e.entry.title) for e in _read(DATA_SET_SPLITS).entries]
    assert got == [
        (5, "WidgetSet-v1"),
        (8, "GadgetSet"),
        # Rows with a title of their own beside a spanning link are works of their own.
        (14, "Sorting Widgets with Small Gadgets in Practice"),
        (15, "Stacking Gadgets on Widgets at Scale"),
    ]


# Found in review (review8): a named work after a comma in a cell of works, section headings over
# a bare website link, names that start with a generic word, tools named like a reading list.
WORKS_CELLS = """\
| Area | Works |
|---|---|
| **Privacy** | [FedDAT](https://arxiv.org/abs/2301.00001), [Widget Benchmark](https://arxiv.org/abs/2301.00002); [RaFFM](https://arxiv.org/abs/2301.00003) |
| **Robust** | [FedX](https://arxiv.org/abs/2301.00004), [AAAI'24 version](https://ojs.aaai.org/index.php/AAAI/article/view/1); [FedY](https://arxiv.org/abs/2301.00006) |
| **Speed** | [FedZ](https://arxiv.org/abs/2301.00007); [FedW](https://arxiv.org/abs/2301.00008) |
"""


def test_a_work_named_after_a_comma_is_no_other_form_of_the_work_before_it() -> None:
    got = [(e.entry.title, len(e.entry.links)) for e in _read(WORKS_CELLS).entries]
    assert got == [
        ("FedDAT", 1),
        ("Widget Benchmark", 1),
        ("RaFFM", 1),
        ("FedX", 2),  # its AAAI version is a link of its own
        ("FedY", 1),
        ("FedZ", 1),
        ("FedW", 1),
    ]


TOOL_HEADINGS = """\
# Widget tools

## Tools

#### WidgetKit

A kit for widgets.

- [Website](https://widgetkit.example.org)

#### DataHub

A hub for widget data.

- [Website](https://datahub.example.org)

## Documentation

- [Website](https://docs.example.org)

## Other Resources

1. [owner/widget-kit](https://github.com/owner/widget-kit) - A toolkit that serves widget models.
2. [owner/multithreading-widgets](https://github.com/owner/multithreading-widgets) - Fast threaded widget serving.
3. [owner/gadget-lab](https://github.com/owner/gadget-lab) - A lab for gadgets.
"""


def test_tool_headings_over_their_website_are_works_and_a_section_over_one_is_not() -> None:
    got = [(e.entry.line, e.entry.title) for e in _read(TOOL_HEADINGS).entries]
    assert got == [
        (5, "WidgetKit"),
        (11, "DataHub"),  # ``Data`` starts it: still a name, not a generic word
        (23, "owner/widget-kit"),
        (24, "owner/multithreading-widgets"),  # ``reading`` inside a word is no reading list
        (25, "owner/gadget-lab"),
    ]


def test_a_bold_name_before_title_case_words_that_go_on_with_it_is_the_title() -> None:
    text = "# Widgets\n\n- **Graph Networks** For Text Classification of Widgets [paper](https://arxiv.org/abs/2101.00001)\n"
    assert [e.entry.title for e in _read(text).entries] == [
        "Graph Networks For Text Classification of Widgets"
    ]
