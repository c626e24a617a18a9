# ruff: noqa: E501  (list lines are as long as lists write them)
"""Guards for conditions of the importer that no other test checked (review7, section 6: each
condition could be dropped or flipped and every test still passed). Each test asserts what its
condition is for, on a list written here, and fails when the condition is taken out. This file:
an entry's fields (title, alias, venue); test_guards7.py: what is an entry."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


# _badges.badge_venue: a badge that is no shields.io badge says its venue in its alt text.
BADGE_ALT_TEXT = """\
# Widget papers

- [Bending Widgets for Fun and Profit](https://arxiv.org/abs/2101.00001) ![CVPR 2021](https://badges.example.org/cvpr2021.svg)
- [Twisting Gadgets at Scale](https://arxiv.org/abs/2102.00002) ![NeurIPS](https://img.shields.io/badge/NeurIPS-2021-blue)
"""


def test_a_badge_names_its_venue_in_its_alt_text() -> None:
    """Without the alt text, a badge on another host names no venue."""
    result = _read(BADGE_ALT_TEXT)
    assert [(e.entry.venue, e.entry.year) for e in result.entries] == [
        ("CVPR", 2021),
        ("NeurIPS", 2021),
    ]


# _inline: a <details> element folds away what follows an entry's words; one that opens the text
# (a table cell that is a folded title) holds the title itself.
DETAILS_FIRST_IN_A_CELL = """\
# Widget papers

| Paper | Venue | Link |
|-------|-------|------|
| <details><summary>Bending Widgets for Fun and Profit</summary>We bend widgets until they break.</details> | CVPR 2020 | [pdf](https://arxiv.org/abs/2001.00001) |
| Twisting Gadgets at Scale | ICML 2021 | [pdf](https://arxiv.org/abs/2102.00002) |
"""


def test_a_details_element_that_opens_a_cell_holds_its_title() -> None:
    """Without the words-before check, every <details> folded away: the row had no title."""
    result = _read(DETAILS_FIRST_IN_A_CELL)
    first = result.entries[0].entry
    # The folded text still runs on after the summary (no space between): the title starts right.
    assert (first.line, first.venue, first.year) == (5, "CVPR", 2020)
    assert first.title is not None and first.title.startswith("Bending Widgets for Fun and Profit")
    assert [x.url for x in first.links] == ["https://arxiv.org/abs/2001.00001"]
    assert result.skipped == []


# _entry._labelled_title_below: a short name over ``Paper: [Title](…)`` takes the label as the
# title when it is a longer title, never when it only says what the link is (``[Paper PDF]``).
NAME_OVER_ROLE_LINK = """\
## Methods

#### Lathe-Former
- Paper: [Lathe-Former: Turning Transformers into Widgets](https://arxiv.org/abs/2201.00001)
- Venue: ICML 2022

#### Chuck-Net
- Paper: [Paper PDF](https://arxiv.org/abs/2202.00002)
- Venue: CVPR 2022
"""


def test_a_role_label_of_two_words_below_a_short_name_is_no_title() -> None:
    """A two-word role label passes the length test: without ``not is_role_label``, Chuck-Net's
    lines were skipped as an entry without a title."""
    found = [
        (e.entry.title, e.entry.alias, e.entry.venue) for e in _read(NAME_OVER_ROLE_LINK).entries
    ]
    assert found == [
        ("Lathe-Former: Turning Transformers into Widgets", "Lathe-Former", "ICML"),
        ("Chuck-Net", None, "CVPR"),
    ]


# _plain_title._venue_code: a code span ends the title only when it holds a venue and a year and
# nothing else; a product named with its year inside a title (``SQL Server 2019``, a version
# and its year) stays in it.
CODE_SPAN_IN_A_TITLE = """\
# Widget talks

- Running Widget Models inside `SQL Server 2019` with Gadgets [slides](https://example.org/talks/sql-widgets.pdf)
- What Changed in `widgets v2.0 (2021)` for Gadget Users [blog](https://example.org/blog/v2)
- Sprocket Priors for Depth `ICCV 2023` [arXiv](https://arxiv.org/abs/2303.00011)
"""


def test_a_code_span_that_is_no_venue_tag_stays_in_the_title() -> None:
    """The first span reads as names (``not meta.authors`` keeps it in the title), the second
    leaves words besides its year (``meta.rest is None`` keeps it)."""
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue, e.entry.year)
        for e in _read(CODE_SPAN_IN_A_TITLE).entries
    ]
    assert found == [
        ("Running Widget Models inside SQL Server 2019 with Gadgets", [], None, None),
        ("What Changed in widgets v2.0 (2021) for Gadget Users", [], None, None),
        ("Sprocket Priors for Depth", [], "ICCV", 2023),
    ]


# _front._venue_year_lead: ``Venue Year:`` in front of a title is a venue tag when the lexicon
# knows the venue or when it is written as an acronym the lexicon does not know.
UNKNOWN_ACRONYM_LEAD = """\
# Graph widgets

## Surveys
1. TKDE 2021: A Comprehensive Survey on Widget Anomalies [[Paper]](https://arxiv.org/pdf/2106.00001.pdf)
2. WGSJ 2022: Gadget Graphs in the Wild [[Paper]](https://arxiv.org/pdf/2206.00002.pdf)
"""


def test_an_unknown_acronym_and_year_before_a_colon_is_the_venue() -> None:
    """Without the acronym path (``or all(looks_like_venue …)``), WGSJ 2022 stayed in the title."""
    found = [
        (e.entry.title, e.entry.venue, e.entry.year) for e in _read(UNKNOWN_ACRONYM_LEAD).entries
    ]
    assert found == [
        ("A Comprehensive Survey on Widget Anomalies", "TKDE", 2021),
        ("Gadget Graphs in the Wild", "WGSJ", 2022),
    ]


# _meta_text.venue_of: a venue written with its year among other parts (``Gadget Review, 2021,
# 5``) loses the year; the commas it stood between go with it, leaving no empty field.
VENUE_WITH_YEAR_AMONG_PARTS = """\
# Sprocket papers

**Sprocket Chains Revisited**
- **Authors:** Pia Qu
- **Venue:** Gadget Review, 2021, 5, 1-10
- **Paper:** [PDF](https://example.org/s4.pdf)
"""


def test_a_year_taken_out_of_a_venue_leaves_no_empty_comma_field() -> None:
    """Without the comma clean-up the venue was ``Gadget Review, , 5``."""
    entry = _read(VENUE_WITH_YEAR_AMONG_PARTS).entries[0].entry
    assert (entry.title, entry.year) == ("Sprocket Chains Revisited", 2021)
    assert entry.venue is not None and entry.venue.startswith("Gadget Review")
    assert all(part.strip() for part in entry.venue.split(","))


# _document.Inline._own_line: a bold label on an item's wrapped line (``**Venue:** …``) starts a
# field of its own, also below a linked title (no ``Title:`` label that _units.labelled_fields
# reads).
BOLD_LABELS_BELOW_A_LINKED_TITLE = """\
## Tracking

- [Tracking Sprockets Online](https://arxiv.org/abs/2106.00023)
  **Authors:** Ed Fox, Gil Ho
  **Venue:** ICCV 2021
"""


def test_a_bold_label_on_a_wrapped_line_below_a_title_link_starts_a_field() -> None:
    """Without the bold-label check, the Venue label ran on into the authors ('Gil Ho Venue')."""
    entry = _read(BOLD_LABELS_BELOW_A_LINKED_TITLE).entries[0].entry
    assert (entry.title, entry.authors) == ("Tracking Sprockets Online", ["Ed Fox", "Gil Ho"])
    assert (entry.venue, entry.year) == ("ICCV", 2021)
