# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts a reviewer found read worse after this session's rules (review10 R3, R4, R7, R10,
R14), with the layouts those rules were written for kept. Titles and addresses are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


VENUE_LINK_FIRST = """\
# Awesome Gadgets

## Papers

- [ICLR 2020](https://openreview.net/forum?id=abc) Gadget Nets for Sprockets
- [NeurIPS 2021](https://proceedings.example.org/paper/2021/x.html) - Learning Widgets from Few Examples
- [ECCV 2022](https://arxiv.org/abs/2207.00001) Tracking Sprockets Everywhere
"""


def test_a_venue_link_in_front_of_the_title_gives_venue_and_year() -> None:
    """R3: ``[ICLR 2020](url) Title``: the link names the venue and year, the words after it
    are the title; the link is the entry's."""
    entries = [e.entry for e in _read(VENUE_LINK_FIRST).entries]
    assert [e.title for e in entries] == [
        "Gadget Nets for Sprockets",
        "Learning Widgets from Few Examples",
        "Tracking Sprockets Everywhere",
    ]
    assert [(e.venue, e.year) for e in entries] == [
        ("ICLR", 2020),
        ("NeurIPS", 2021),
        ("ECCV", 2022),
    ]
    assert [[x.url for x in e.links] for e in entries] == [
        ["https://openreview.net/forum?id=abc"],
        ["https://proceedings.example.org/paper/2021/x.html"],
        ["https://arxiv.org/abs/2207.00001"],
    ]


def test_a_venue_link_alone_is_still_an_entry() -> None:
    """A line that is only a venue and year link (a conference's page) stays an entry named by
    it, as before the venue-label rule."""
    text = "# Awesome Gadgets\n\n## Events\n\n- [AAAI 2019](https://aaai.example.org/2019)\n- [ICML 2020](https://icml.example.cc/2020)\n"
    assert [e.entry.title for e in _read(text).entries] == ["AAAI 2019", "ICML 2020"]


BARE_ADDRESSES = """\
# Awesome Widget Papers

## Papers

- Widget Learning at Scale, Lee et al., ICML 2021
  - https://arxiv.org/abs/2101.00021
  - https://github.com/lee/widget-scale

### Sprocket Parsing
- https://arxiv.org/abs/2201.30003
- https://github.com/park/sprocket-parsing

## Installation

- https://pypi.org/project/widget-tools/
- https://anaconda.org/conda-forge/widgetry

## Mirrors

1. https://mirror1.example.org/awesome-widgets
2. https://mirror2.example.org/awesome-widgets

## Reading

* https://developer.example.com/blog/inside-widgets/
* https://medium.com/@lee/what-is-zero-shot-widget-learning-53080995d45f
* https://lee.example.net/2020/05/zero-shot-gadget-classification/
"""


def test_bare_addresses_of_packages_mirrors_and_a_work_s_links_are_no_works() -> None:
    """R10: bare addresses are works titled by them only when they name pages by words (posts,
    articles); install lines, mirrors of the list and a paper's addresses under its heading are
    none."""
    entries = [e.entry for e in _read(BARE_ADDRESSES).entries]
    assert [e.line for e in entries] == [5, 25, 26, 27]
    assert [x.url for x in entries[0].links] == [
        "https://arxiv.org/abs/2101.00021",
        "https://github.com/lee/widget-scale",
    ]
    assert (
        entries[2].title == "https://medium.com/@lee/what-is-zero-shot-widget-learning-53080995d45f"
    )


TAB_ROWS = """\
# Widget Reading

## Papers

Widget Learning at Scale\tLee, Chan\thttps://arxiv.org/abs/2001.00001
Gadget Networks Revisited\tPark\thttps://example.org/gadget.pdf

## Snippets

```
make build\t# builds everything\thttps://example.org/build
```

Run the following\tthen open\thttps://localhost:8080 in your browser.
"""


def test_tab_separated_rows_without_blank_lines_are_one_work_each() -> None:
    """R7: rows pasted with no blank line between them are one work a line; a line of prose
    with tabs whose address is no field of its own is none. Also in a short list read in the
    block layout (no code block: paragraphs only)."""
    short = TAB_ROWS.replace("## Snippets", "## Setup").split("```")
    for text in (TAB_ROWS, short[0] + short[2].lstrip()):
        entries = [e.entry for e in _read(text).entries]
        assert [e.title for e in entries] == [
            "Widget Learning at Scale",
            "Gadget Networks Revisited",
        ]
    entries = [e.entry for e in _read(TAB_ROWS).entries]
    assert [e.title for e in entries] == ["Widget Learning at Scale", "Gadget Networks Revisited"]
    assert [[x.url for x in e.links] for e in entries] == [
        ["https://arxiv.org/abs/2001.00001"],
        ["https://example.org/gadget.pdf"],
    ]


def test_a_sentence_case_title_ending_its_enumeration_with_and_is_a_work() -> None:
    """R14: ``Gadget networks: a survey, taxonomy, and outlook`` is a title, not a keywords line
    (``Topics: widget memory, gadget tiling, occupancy`` still is)."""
    text = """\
# Awesome Widgets

## Surveys

- Widget learning: theory, algorithms, and applications (ICML 2020)
- Gadget networks: a survey, taxonomy, and outlook
- Sprocket detection: methods, datasets, metrics, and challenges
- Deep widgets for gadgets. Lee et al. NeurIPS 2019
- Topics: widget memory, gadget tiling, occupancy
"""
    assert [e.entry.title for e in _read(text).entries] == [
        "Widget learning: theory, algorithms, and applications",
        "Gadget networks: a survey, taxonomy, and outlook",
        "Sprocket detection: methods, datasets, metrics, and challenges",
        "Deep widgets for gadgets",
    ]
