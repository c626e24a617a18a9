# ruff: noqa: E501  (list lines are as long as lists write them)
"""Guards for conditions of the importer that no other test checked (review7, section 6: each
condition could be dropped or flipped and every test still passed). Each test asserts what its
condition is for, on a list written here, and fails when the condition is taken out. This file:
what is an entry (headings, quotes, sections, HTML); test_guards7_fields.py: an entry's fields."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[int, str | None]]:
    return [(e.entry.line, e.entry.title) for e in result.entries]


# _headed.heading_entry, a described link heading: one tool, unless two or more of its bullets
# link works of their own (then it names a section, and the bullets are the works).
TOOL_HEADING_OVER_PAPERS = """\
## Tools

#### - [Widgetron](https://github.com/ann/widgetron) - is a library that bends widgets into new shapes.

Some notes on it.

#### - [Gadgetkit](https://github.com/bo/gadgetkit) - the papers this toolkit implements:

- [Bending Widgets for Fun and Profit](https://arxiv.org/abs/2001.00001)
- [Twisting Gadgets at Scale](https://arxiv.org/abs/2002.00002)

#### - [Mixer](https://github.com/cy/mixer) - mixes gadgets for training sets.
"""


def test_a_described_link_heading_over_linked_works_is_their_section() -> None:
    """Without the ``< 2`` count of linked bullets, Gadgetkit was one tool holding both papers."""
    result = _read(TOOL_HEADING_OVER_PAPERS)
    assert _found(result) == [
        (3, "Widgetron"),
        (9, "Bending Widgets for Fun and Profit"),
        (10, "Twisting Gadgets at Scale"),
        (12, "Mixer"),
    ]
    assert [x.url for x in result.entries[1].entry.links] == ["https://arxiv.org/abs/2001.00001"]


# _document._quoted_headings: only a quote holding headings with links is read as if unquoted; a
# quoted note with a heading of its own stays a quotation (its heading is no section).
QUOTED_NOTE_WITH_HEADING = """\
# Widget papers

## Pruning

> ### A word of caution
> Some of the papers below are preprints; see [the widget FAQ](https://widgets.example.org/faq) before citing.

- [Bending Widgets for Fun and Profit](https://arxiv.org/abs/2001.00001)
- [Twisting Gadgets at Scale](https://arxiv.org/abs/2002.00002)
"""


def test_a_quoted_note_with_an_unlinked_heading_stays_a_quotation() -> None:
    """Without ``c.inline.links``, the note's heading became a section of the papers below it."""
    result = _read(QUOTED_NOTE_WITH_HEADING)
    assert [e.entry.section for e in result.entries] == [["Pruning"], ["Pruning"]]
    assert [(s.line, s.reason) for s in result.skipped] == [(5, "quotation"), (6, "quotation")]


# _headed.heading_entry, a quote under a short name: links to a lab's or a person's page among
# the details are details too (people=True).
QUOTED_WORK_WITH_LAB_LINK = """\
# Efficient widgets

### SlimWidget
> **SlimWidget: Pruning Widget Models for Watches**
> Ann Lee, Bo Chan \\
> [Widget Lab](https://widgetlab.example.edu/) \\
> Paper: [[Arxiv]](https://arxiv.org/abs/2305.00005)

### BriefGadget
> **Brief Gadget Parsing Without Labels**
> Cy Dee \\
> Paper: [[Arxiv]](https://arxiv.org/abs/2306.00006)
"""


def test_a_lab_link_in_a_quoted_work_is_one_of_its_details() -> None:
    """Without ``people=True``, the lab link made the quote a section and its lines were skipped."""
    result = _read(QUOTED_WORK_WITH_LAB_LINK)
    assert _found(result) == [
        (3, "SlimWidget: Pruning Widget Models for Watches"),
        (9, "Brief Gadget Parsing Without Labels"),
    ]
    first = result.entries[0].entry
    assert (first.alias, first.authors) == ("SlimWidget", ["Ann Lee", "Bo Chan"])
    assert "https://arxiv.org/abs/2305.00005" in {x.url for x in first.links}


# generic._unit: only a news section gives up a table row of papers (``## What's New`` > a Title
# column); in another skipped section (contributors) such a row stays skipped.
PAPERS_UNDER_CONTRIBUTORS = """\
# Widget papers

## Contributors
| Name | Paper |
|------|-------|
| [Ann Lee](https://github.com/annlee) | [Twisting Gadgets at Scale](https://arxiv.org/abs/2002.00002) |

## Papers
- [Folding Widgets in Half](https://arxiv.org/abs/2101.00003)
"""


def test_a_paper_row_outside_a_news_section_stays_skipped() -> None:
    """Without ``is_news``, the contributors' table gave a paper entry."""
    result = _read(PAPERS_UNDER_CONTRIBUTORS)
    assert _found(result) == [(9, "Folding Widgets in Half")]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (6, "section 'Contributors' is not a list of works")
    ]


# _row.titled_row: a news row is a paper when its Title cell is a title of three words or more
# and the row links somewhere; a release named in two words stays news.
NEWS_TABLE_WITH_A_RELEASE = """\
# Widget papers

## What's New
| Date | Title | Notes |
|------|-------|-------|
| 2024-03-01 | [Release v2](https://github.com/ann/widgets/releases/tag/v2) | twelve papers added |
| 2024-05-10 | [Bending Widgets for Fun and Profit](https://arxiv.org/abs/2405.00001) | a new survey |
"""


def test_a_short_linked_title_in_a_news_table_stays_news() -> None:
    """Without the ``>= 3`` title words, the release note was a (code) entry."""
    result = _read(NEWS_TABLE_WITH_A_RELEASE)
    assert _found(result) == [(7, "Bending Widgets for Fun and Profit")]
    assert [s.line for s in result.skipped] == [6]


# _html: the text of a <pre> in an HTML block is no Markdown, even lines that look like items (a
# template showing contributors how to write an entry).
TEMPLATE_IN_PRE = """\
# Widget papers

<div>
To add a paper, copy this line:
<pre>
- [Bending Widgets for Fun and Profit](https://arxiv.org/abs/2001.00001) - CVPR 2020
</pre>
</div>

## Papers
- [Folding Widgets in Half](https://arxiv.org/abs/2101.00003)
"""


def test_an_item_inside_pre_is_no_entry() -> None:
    """Without ``_OPAQUE``, the template line was an entry."""
    result = _read(TEMPLATE_IN_PRE)
    assert _found(result) == [(11, "Folding Widgets in Half")]
    skipped = {s.line: s for s in result.skipped}
    assert skipped[6].reason == "HTML" and skipped[6].looks_like_entry


# _html_markdown.markdown_lines: lines an HTML comment hides (one left open to the end of the
# block) are not shown on the page, so an item there is no entry.
ITEM_IN_AN_OPEN_COMMENT = """\
# Widget papers

<details><summary>Older papers</summary>
- [Bending Widgets for Fun and Profit](https://arxiv.org/abs/2001.00001)
<!-- dropped, the link is dead:
- [Twisting Gadgets at Scale](https://arxiv.org/abs/2002.00002)
</details>

## Papers
- [Folding Widgets in Half](https://arxiv.org/abs/2101.00003)
"""


def test_an_item_an_unclosed_comment_hides_is_no_entry() -> None:
    """Without ``number in hidden``, the commented-out item was an entry."""
    result = _read(ITEM_IN_AN_OPEN_COMMENT)
    assert _found(result) == [
        (4, "Bending Widgets for Fun and Profit"),
        (10, "Folding Widgets in Half"),
    ]
    assert 6 in {s.line for s in result.skipped}
