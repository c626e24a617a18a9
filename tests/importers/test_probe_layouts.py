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


NAMES_BEFORE_VENUE = """\
## Compression
1. Widget Compression Revisited, Lu Moe, Max Noe, TPAMI 2023. [arXiv](https://arxiv.org/abs/2303.00707) [GitHub](https://github.com/lu/wcr)
1. Learning to Rank, Fast and Slow, CVPR 2019. [arXiv](https://arxiv.org/abs/1903.00808)
1. Widgets for Rain, Snow, and Fog, ICCV 2021. [arXiv](https://arxiv.org/abs/2103.00909)
"""


def test_names_between_a_title_and_its_venue_are_its_authors() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue) for e in _read(NAMES_BEFORE_VENUE).entries
    ]
    assert found == [
        ("Widget Compression Revisited", ["Lu Moe", "Max Noe"], "TPAMI"),
        # A title's own comma segments are no names.
        ("Learning to Rank, Fast and Slow", [], "CVPR"),
        ("Widgets for Rain, Snow, and Fog", [], "ICCV"),
    ]


QUOTED_ENTRIES = """\
# Widget papers

> A collection of widget papers.
>
> The organization of papers refers to our survey [**"A Survey of Widgets"**](https://arxiv.org/abs/2303.00001).

## 2023

> **Widget Tuning at Scale**
> Ann Lee, Bo Chan
> NeurIPS 2023 [[Paper]](https://arxiv.org/abs/2301.00101) [[Code]](https://github.com/ann/wt)

> **Sparse Widgets for All**
> Cy Dee
> ICML 2023 [[Paper]](https://arxiv.org/abs/2301.00202)

- [Widget Routing Without Tears](https://arxiv.org/abs/2302.00303)
> We route widgets without tears, and show that it works.
"""


def test_quotes_that_each_hold_a_work_are_entries() -> None:
    result = _read(QUOTED_ENTRIES)
    found = [(e.entry.line, e.entry.end_line, e.entry.title) for e in result.entries]
    assert found == [
        (9, 11, "Widget Tuning at Scale"),
        (13, 15, "Sparse Widgets for All"),
        # A quote right below an item, without a work of its own, is the item's abstract.
        (17, 18, "Widget Routing Without Tears"),
    ]
    assert result.entries[0].entry.authors == ["Ann Lee", "Bo Chan"]


ONE_PER_LINE = """\
# Widgets

## Papers

[Widget Tuning at Scale](https://arxiv.org/abs/2301.00101) - NeurIPS 2023
[Sparse Widgets for All](https://arxiv.org/abs/2301.00202) - ICML 2023

## More

Widget Memory Networks [paper](https://arxiv.org/abs/2303.00404)<br>
Widget Priors for Vision [paper](https://arxiv.org/abs/2303.00505)<br>

[A Primer on Widget Models](http://example.edu/~ann/primer.pdf)
Ann Lee. October 2015. A summary of the state of the art.
"""


def test_a_paragraph_whose_lines_each_name_a_work_is_one_entry_per_line() -> None:
    found = [(e.entry.line, e.entry.title, e.entry.venue) for e in _read(ONE_PER_LINE).entries]
    assert found == [
        (5, "Widget Tuning at Scale", "NeurIPS"),
        (6, "Sparse Widgets for All", "ICML"),
        (10, "Widget Memory Networks", None),
        (11, "Widget Priors for Vision", None),
        # A line without a link of its own belongs to the work above it.
        (13, "A Primer on Widget Models", None),
    ]


TASK_BOXES = """\
## Reading list

- [x] [Widget Tuning at Scale](https://arxiv.org/abs/2301.00101), NeurIPS 2023
- [ ] [Sparse Widgets for All](https://arxiv.org/abs/2301.00202), ICML 2023
"""


def test_a_reading_lists_task_boxes_are_no_tags_and_stop_nothing() -> None:
    found = [(e.entry.title, e.entry.tags) for e in _read(TASK_BOXES).entries]
    assert found == [("Widget Tuning at Scale", []), ("Sparse Widgets for All", [])]


GLYPH_BULLETS = """\
# Widgets

## Papers
• Widget Tuning at Scale [paper](https://arxiv.org/abs/2301.00101) NeurIPS 2023
• Sparse Widgets for All [paper](https://arxiv.org/abs/2301.00202) ICML 2023
• Widget Routing Without Tears [paper](https://www.example.org/routing.pdf) ICLR 2023
"""


def test_lines_bulleted_with_a_glyph_are_one_entry_each() -> None:
    found = [(e.entry.line, e.entry.title) for e in _read(GLYPH_BULLETS).entries]
    assert found == [
        (4, "Widget Tuning at Scale"),
        (5, "Sparse Widgets for All"),
        (6, "Widget Routing Without Tears"),
    ]


SHORT_TITLE_AFTER_NAMES = """\
## Books
- Ann P. Lee and Bo N. Chan, Widget-Dynamic Programming [[Book]](https://example.org/wdp)
- Deep Mutual Widgets, Cy Dee [[Book]](https://example.org/dmw)
"""


def test_names_with_initials_joined_by_and_leave_a_short_title_after_them() -> None:
    first, second = (e.entry for e in _read(SHORT_TITLE_AFTER_NAMES).entries)
    assert (first.title, first.authors) == (
        "Widget-Dynamic Programming",
        ["Ann P. Lee", "Bo N. Chan"],
    )
    assert second.title.startswith("Deep Mutual Widgets")


NAME_OVER_OWN_TITLE = """\
## Detection
  * WidgetFeat, Lab X [[Paper]](http://arxiv.org/pdf/1312.00101.pdf)
   * WidgetFeat: Integrated Finding, Placing and Naming of Widgets, ICLR, 2014.
  * R-Widget, Lab Y [[Paper]](http://arxiv.org/pdf/1311.00202.pdf)
   * Ann Lee, Bo Chan, Rich widget hierarchies for accurate widget detection, CVPR, 2014.
  * Fast R-Widget, Lab Z [[Paper]] (http://arxiv.org/pdf/1504.00303)
   * Cy Dee, Fast R-Widget, arXiv:1504.00303.
"""


def test_a_short_name_over_a_line_that_starts_with_it_takes_that_lines_title() -> None:
    first, second, third = (e.entry for e in _read(NAME_OVER_OWN_TITLE).entries)
    assert (first.title, first.alias, first.venue, first.year) == (
        "WidgetFeat: Integrated Finding, Placing and Naming of Widgets",
        "WidgetFeat",
        "ICLR",
        2014,
    )
    assert second.title == "Rich widget hierarchies for accurate widget detection"
    # The item's own name among the names and ids of the line below: the names are its authors.
    assert (third.title, third.authors) == ("Fast R-Widget", ["Cy Dee"])


def test_an_empty_link_or_an_empty_item_stops_no_import() -> None:
    # Both raised an IndexError that ended the whole import (found by mutating lists).
    empty_link = (
        "-[x]--\n[]()\n**Widget Networks**  \n**[Paper](https://arxiv.org/pdf/2310.00101)**\n"
    )
    found = [[x.url for x in e.entry.links] for e in _read(empty_link).entries]
    assert found == [["https://arxiv.org/pdf/2310.00101"]]
    empty_item = "https://github.com/ann/widgets/blob/master/Paper/Pruning.md  \n\n1. \n"
    assert _read(empty_item).entries == []


NOTICE = """\
# Widget merging

> [!IMPORTANT]
> Contributions welcome:
>
> - If you know a widget paper we missed, or want to discuss the [paper](https://arxiv.org/pdf/2401.00101), please [contact us](#contact)!

## Papers
- [Merging Widgets](https://arxiv.org/abs/2401.00202), ICML 2024
"""


def test_a_quoted_notice_with_a_bullet_is_no_entry() -> None:
    assert [e.entry.line for e in _read(NOTICE).entries] == [9]


SHORT_YEAR_IN_FRONT = """\
## Merging

- NeurIPS'23 [Gadget Merging by Weight Averaging](https://openreview.net/forum?id=gadget01)
- <sup>ICML'22</sup> [Gadget Merging by Weight Tying](https://openreview.net/forum?id=gadget02)
- Gadget Soup: Merging Many Gadgets (arXiv'23) [link to paper](https://arxiv.org/abs/2301.00031)
"""


def test_a_venue_with_a_two_digit_year_in_front_of_a_title_link_is_a_tag() -> None:
    found = [
        (e.entry.title, e.entry.venue, e.entry.year) for e in _read(SHORT_YEAR_IN_FRONT).entries
    ]
    assert found == [
        ("Gadget Merging by Weight Averaging", "NeurIPS", 2023),
        ("Gadget Merging by Weight Tying", "ICML", 2022),
        # A title in front of the link stays the title, its venue after it.
        ("Gadget Soup: Merging Many Gadgets", "arXiv", 2023),
    ]


HEADER_ROW_IS_A_WORK = """\
## Routing

| **[Gadget Routing in Mixtures](https://arxiv.org/abs/2301.00041)**<br>*Cy Dee, Di Eff*<br>ICLR 2023 | [![Stars](https://img.shields.io/github/stars/cy/route.svg)](https://github.com/cy/route) |
|---|---|
| **[Gadget Experts at Scale](https://arxiv.org/abs/2301.00042)**<br>*Ed Gee*<br>ICML 2023 | - |

| Paper | Venue |
|---|---|
| [Gadget Routers Revisited](https://arxiv.org/abs/2301.00043) | ICML 2023 |
"""


def test_a_table_whose_header_row_is_a_work_reads_it_as_one() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.authors, [x.url for x in e.entry.links])
        for e in _read(HEADER_ROW_IS_A_WORK).entries
    ]
    assert found == [
        (
            3,
            "Gadget Routing in Mixtures",
            ["Cy Dee", "Di Eff"],
            ["https://arxiv.org/abs/2301.00041", "https://github.com/cy/route"],
        ),
        (5, "Gadget Experts at Scale", ["Ed Gee"], ["https://arxiv.org/abs/2301.00042"]),
        (9, "Gadget Routers Revisited", [], ["https://arxiv.org/abs/2301.00043"]),
    ]


ROLE_LINKS_FIRST = """\
## Prompting

- [PDF](https://arxiv.org/pdf/2301.00052.pdf) **Gadget Prompting for Reasoning**, Ann Lee, 2023
- 📄 [arXiv](https://arxiv.org/abs/2301.00053) | 💻 [GitHub](https://github.com/ann/chains) | Gadget Chains of Thought
- [Paper](https://arxiv.org/pdf/2301.00054) / [Hugging Face Model](https://huggingface.co/ann/planner)
"""


def test_links_that_say_what_they_are_in_front_of_a_title_are_no_title() -> None:
    found = [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links])
        for e in _read(ROLE_LINKS_FIRST).entries
    ]
    assert found == [
        (3, "Gadget Prompting for Reasoning", ["https://arxiv.org/pdf/2301.00052.pdf"]),
        (
            4,
            "Gadget Chains of Thought",
            ["https://arxiv.org/abs/2301.00053", "https://github.com/ann/chains"],
        ),
    ]
    # Only more links after the role link, no words: no title is taken from them.
    assert all(e.entry.title != "Hugging Face Model" for e in _read(ROLE_LINKS_FIRST).entries)


ADDRESS_FIRST = """\
## Widgets

* https://arxiv.org/abs/1503.02531 - Widgets Distilled into Gadgets
* https://arxiv.org/abs/1805.04770: Born-Again Widgets
* Widgets All the Way Down — https://arxiv.org/abs/1901.01234
"""


def test_an_address_written_in_front_of_a_title_is_its_link_not_its_words() -> None:
    found = [(e.entry.title, [x.url for x in e.entry.links]) for e in _read(ADDRESS_FIRST).entries]
    assert found == [
        ("Widgets Distilled into Gadgets", ["https://arxiv.org/abs/1503.02531"]),
        ("Born-Again Widgets", ["https://arxiv.org/abs/1805.04770"]),
        ("Widgets All the Way Down", ["https://arxiv.org/abs/1901.01234"]),
    ]


LABELLED_AND_DESCRIBED = """\
## Widgets

- **Tiny Widget Benchmarks**: we release a benchmark of tiny widgets. [[link]](https://arxiv.org/abs/2303.00006)
- **WBench**: A Benchmark for Tiny Widgets. [[paper]](https://arxiv.org/abs/2303.00009)

Paper: [Widgets in the Wild](https://arxiv.org/abs/2302.00005)<br>
Code: https://github.com/dee/wild<br>
"""


def test_a_bold_name_over_a_description_in_lower_case_is_the_title() -> None:
    found = [(e.entry.title, e.entry.line) for e in _read(LABELLED_AND_DESCRIBED).entries]
    assert found[:2] == [("Tiny Widget Benchmarks", 3), ("A Benchmark for Tiny Widgets", 4)]


def test_a_paper_label_in_front_of_a_title_link_is_no_title() -> None:
    entry = _read(LABELLED_AND_DESCRIBED).entries[2].entry
    assert entry.title == "Widgets in the Wild"
    assert [x.url for x in entry.links] == [
        "https://arxiv.org/abs/2302.00005",
        "https://github.com/dee/wild",
    ]


NAMES_AND_YEAR_AFTER_TITLE = """\
## Widgets

* [Learning Gadgets (Lee et al., 2022)](https://arxiv.org/abs/2207.00005)
* [Tuning Widgets (Lee and Chan 2021)](https://arxiv.org/abs/2107.00006)
* [Gadget Priors (ICML 2020)](https://arxiv.org/abs/2007.00007)
"""


def test_names_and_a_year_after_a_title_are_no_venue() -> None:
    found = [
        (e.entry.title, e.entry.venue, e.entry.year)
        for e in _read(NAMES_AND_YEAR_AFTER_TITLE).entries
    ]
    assert found == [
        ("Learning Gadgets", None, 2022),
        ("Tuning Widgets", None, 2021),
        ("Gadget Priors", "ICML", 2020),
    ]


ONE_AUTHOR_EMPHASISED = """\
## Widgets

- Widget Parsing with Trees, *Ann Lee*, [pdf](https://arxiv.org/abs/1901.00005)
- Gadgets for Face Recognition. *Bo Chan*. ICML 2019.
- Learning with *Noisy Widgets* at Scale [pdf](https://arxiv.org/abs/1901.00006)
"""


def test_one_emphasised_name_set_off_after_a_title_is_its_author() -> None:
    found = [(e.entry.title, e.entry.authors) for e in _read(ONE_AUTHOR_EMPHASISED).entries]
    assert found == [
        ("Widget Parsing with Trees", ["Ann Lee"]),
        ("Gadgets for Face Recognition", ["Bo Chan"]),
        ("Learning with Noisy Widgets at Scale", []),
    ]
