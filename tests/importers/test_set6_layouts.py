# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a sixth set of public lists (issue 12), each written here in a few lines of our
own: tables folded in ``<details>`` whose ``<summary>`` holds a heading; emphasis that marks a
field (an emphasised title after names, emphasised authors and venue after a title)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


FOLDED_TABLES = """\
# Forecasting papers

## News.
🚩 2024/01/02: **We added a new category of models.**

<details><summary><h2 style="display: inline;">Surveys.</h2></summary>

Date|Method|Venue|Paper Title|Code
-----|----|-----|-----|-----
21-03-04|[Seer](https://arxiv.org/abs/2103.00401)|Arxiv 2021|Looking Far Ahead in Noisy Series|None
22-05-06|[Tide](https://arxiv.org/abs/2205.00402)|KDD 2022|Tides of Traffic: A Survey|[tide](https://github.com/someone/tide)

</details>
"""


def test_a_summary_holding_a_heading_is_a_section_of_that_level_and_ends_the_news() -> None:
    result = _read(FOLDED_TABLES)
    assert [(e.entry.line, e.entry.title) for e in result.entries] == [
        (10, "Looking Far Ahead in Noisy Series"),
        (11, "Tides of Traffic: A Survey"),
    ]
    assert result.entries[0].entry.section == ["Surveys."]
    assert (result.entries[1].entry.venue, result.entries[1].entry.year) == ("KDD", 2022)


EMPHASISED_FIELDS = """\
## Segmentation

**2019**
1. Masks From Few Labels by Contrast (**2019**), *Kim Park et al, Arxiv.* [pdf](https://arxiv.org/pdf/1901.00501.pdf)
1. Shape Priors for Small Organs, *Ana Ruiz et al, MICCAI.* (***Semi-supervised***) [pdf](https://example.org/priors.pdf)
1. Segmenting *Everything* at Once [pdf](https://example.org/everything.pdf)
1. Distilling Small Students for _Face Recognition_. ECCV 2020 [pdf](https://example.org/faces.pdf)

## Recommenders

* Marsh et al. **Ranking Items for Many Users: A Survey.** ACM TWEB, 2012.

* Oduya and Lin. **Social signals in recommendation: a review.** SNAM, 2014.
"""


def test_an_emphasised_authors_field_after_a_title_ends_it() -> None:
    found = {e.entry.line: e.entry for e in _read(EMPHASISED_FIELDS).entries}
    first = found[4]
    assert first.title == "Masks From Few Labels by Contrast"
    assert (first.authors, first.venue, first.year) == (["Kim Park"], "arXiv", 2019)
    assert found[5].title == "Shape Priors for Small Organs"
    assert found[5].venue == "MICCAI"
    # Emphasis inside a title that names nobody, or not set off from it, is the title's.
    assert found[6].title == "Segmenting Everything at Once"
    assert found[7].title == "Distilling Small Students for Face Recognition"


def test_names_then_an_emphasised_title_give_authors_title_and_venue() -> None:
    found = {e.entry.line: e.entry for e in _read(EMPHASISED_FIELDS).entries}
    survey = found[11]
    assert survey.title == "Ranking Items for Many Users: A Survey"
    assert (survey.authors, survey.year) == (["Marsh"], 2012)
    review = found[13]
    assert review.title == "Social signals in recommendation: a review"
    assert (review.authors, review.venue, review.year) == (["Oduya", "Lin"], "SNAM", 2014)


DASH_TAILS = """\
### Pre-training
* [Word Vectors in Context - NAACL 2018)](https://arxiv.org/abs/1802.00601)
* [Shorter Summaries by Design - Wan-Li Chen(2019)](https://arxiv.org/pdf/1904.00602.pdf)
* [Pointers and Copies - A Practical Guide](https://arxiv.org/pdf/1704.00603.pdf)
* [Reading Long Documents - Part II](https://arxiv.org/pdf/1705.00604.pdf)
"""


def test_a_venue_or_a_name_after_a_spaced_dash_in_link_text_is_no_part_of_the_title() -> None:
    found = {e.entry.line: e.entry for e in _read(DASH_TAILS).entries}
    first = found[2]
    assert (first.title, first.venue, first.year) == ("Word Vectors in Context", "NAACL", 2018)
    second = found[3]
    assert (second.title, second.authors, second.year) == (
        "Shorter Summaries by Design",
        ["Wan-Li Chen"],
        2019,
    )
    # A title's own dash is followed by neither a venue nor a name.
    assert found[4].title == "Pointers and Copies - A Practical Guide"
    assert found[5].title == "Reading Long Documents - Part II"


CITATION_PARAGRAPHS = """\
## 1.1 Survey

**[1]** Doe, Jane, Rob Roe, and Ann Poe. "**Learning in layers**." Journal of Things 12.3 (2013): 40-52. [[pdf]](https://example.org/layers.pdf) **(A classic)**

## 1.2 Nets

**[2]** Roe, Rob, et al. "**Going wider with filters**." Proceedings of Some Conference. 2014. [[pdf]](https://example.org/wider.pdf)

Read the papers in this order, and see [our notes](https://example.org/notes) for more.
"""


def test_citation_paragraphs_outside_a_list_are_entries_even_without_an_identifier() -> None:
    found = {e.entry.line: e.entry for e in _read(CITATION_PARAGRAPHS).entries}
    assert sorted(found) == [3, 7]
    first = found[3]
    assert first.title == "Learning in layers"
    assert first.authors[:1] == ["Jane Doe"]
    assert first.year == 2013
    assert [x.url for x in first.links] == ["https://example.org/layers.pdf"]
    assert found[7].title == "Going wider with filters"


SHARING = """\
## Sharing
+ [Share on Twitter](http://twitter.com/home?status=https://example.org/awesome-things)
+ [Share on LinkedIn](http://www.linkedin.com/shareArticle?mini=true&url=https://example.org/awesome-things)

## Papers
+ [Seeing Far With Small Nets](https://arxiv.org/abs/1601.00701), 2016
+ [Tell your friends](https://twitter.com/intent/tweet?url=https://example.org/awesome-things) 2024
"""


def test_sharing_sections_and_share_links_are_no_works() -> None:
    result = _read(SHARING)
    assert [(e.entry.line, e.entry.title) for e in result.entries] == [
        (6, "Seeing Far With Small Nets")
    ]


def test_an_item_that_links_only_into_the_page_is_navigation_even_with_a_year() -> None:
    text = """\
## Contents
*(Over one hundred papers)*
- [Classic Papers](#classic-papers) : Before 2012
- [Recent Papers](#recent-papers)

## Classic Papers
- [Counting Sheep With Nets](https://example.org/sheep.pdf), 2010
"""
    assert [(e.entry.line, e.entry.title) for e in _read(text).entries] == [
        (7, "Counting Sheep With Nets")
    ]


NAMED_GROUPS = """\
## Recognition
* SockNet (ICASSP2017) : Sorting Socks by Their Sound
* Tiny-ASR(interspeech2016): TINY MODELS HEAR WELL
* Quiet Blog(2019): Listening in Small Rooms
* wave2sock - Convolutions Over Raw Sock Audio : http://arxiv.org/pdf/1609.00801v2.pdf
* [Hearing Socks](https://arxiv.org/abs/1811.00802) (Ann Lee et al., 2018) [:octocat:](https://github.com/someone/socks)
"""


def test_a_short_name_with_its_venue_and_year_before_a_colon_is_no_part_of_the_title() -> None:
    found = {e.entry.line: e.entry for e in _read(NAMED_GROUPS).entries}
    first = found[2]
    assert (first.title, first.alias, first.venue, first.year) == (
        "Sorting Socks by Their Sound",
        "SockNet",
        "ICASSP",
        2017,
    )
    assert (found[3].title, found[3].venue, found[3].year) == (
        "TINY MODELS HEAR WELL",
        "Interspeech",
        2016,
    )
    assert (found[4].title, found[4].year) == ("Listening in Small Rooms", 2019)
    # A URL written as text ends the title; an emoji link after authors in brackets is no name.
    assert found[5].title == "wave2sock - Convolutions Over Raw Sock Audio"
    assert found[6].title == "Hearing Socks"


def test_a_link_broken_by_a_space_keeps_its_url_and_its_label_leaves_the_title() -> None:
    text = "* Counting Crowds in One Look [[Paper]] (http://arxiv.org/abs/1506.00901)\n"
    (item,) = _read(text).entries
    assert item.entry.title == "Counting Crowds in One Look"
    assert [x.url for x in item.entry.links] == ["http://arxiv.org/abs/1506.00901"]
    assert item.entry.identifiers.arxiv == "1506.00901"


MISINDENTED_DETAILS = """\
### Detection
  * Fast Boxes, Some Lab [[Paper]](http://arxiv.org/pdf/1504.00911)
   * Ann Lee, Fast Boxes, arXiv:1504.00911.
  * Seeing Crowds [[Paper]](http://arxiv.org/abs/1506.00912)
   * Bo Chan, Cy Dee, Seeing Crowds, arXiv:1506.00912
  * Another Paper Entirely, with an id of its own
   * Di Eck, Other Things, arXiv:1601.00913
"""


def test_a_detail_line_indented_too_little_to_nest_is_part_of_the_entry_above() -> None:
    found = {e.entry.line: e.entry for e in _read(MISINDENTED_DETAILS).entries}
    # Lines 3 and 5 are the entries' own detail lines; line 7 names an id line 6 does not.
    assert sorted(found) == [2, 4, 6, 7]
    assert found[2].end_line == 3
    assert found[4].end_line == 5


SHORT_NAMES = """\
### Classification
  * SockNet, Some Lab [[Paper]](http://arxiv.org/pdf/1512.00921v1.pdf)
    * Ann Lee, Bo Chan, Cy Dee, and Di Eck, Sorting Socks with Residual Nets, arXiv:1512.00921.
  * PairNet [[Paper]](https://example.org/pairnet.pdf)
    * Ed Fox and Flo Gray, Pairing Socks by Colour, NIPS, 2012.
  * Tiny Nets [[Paper]](https://example.org/tiny.pdf)
    * Gus Hale, Ida Ives, CVPR, 2015.
"""


def test_a_short_name_over_a_full_reference_line_takes_its_title_from_that_line() -> None:
    found = {e.entry.line: e.entry for e in _read(SHORT_NAMES).entries}
    first = found[2]
    assert (first.title, first.alias) == ("Sorting Socks with Residual Nets", "SockNet, Some Lab")
    assert first.authors == ["Ann Lee", "Bo Chan", "Cy Dee", "Di Eck"]
    second = found[4]
    assert (second.title, second.alias) == ("Pairing Socks by Colour", "PairNet")
    assert (second.authors, second.venue, second.year) == (["Ed Fox", "Flo Gray"], "NeurIPS", 2012)
    # A line of names and a venue only names no title: the short name stays the title.
    assert found[6].title == "Tiny Nets"
