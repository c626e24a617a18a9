# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a sixteenth (development) set of public lists (issue 12), each written here in a
few lines of our own."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _links(result: ImportResult) -> list[list[str]]:
    return [sorted(link.url for link in e.entry.links) for e in result.entries]


HEADING_PER_PAPER = """\
# Widget Pose Estimation

## Preprints

##### • [\\[arXiv:2101.00101\\]](https://arxiv.org/abs/2101.00101) Gripping Widgets with Tiny Nets. [\\[PDF\\]](https://arxiv.org/pdf/2101.00101.pdf)  [\\[Code\\]](https://github.com/ann/grip)
_Ann Lee, Bo Chan_

##### • [\\[arXiv:2102.00202\\]](https://arxiv.org/abs/2102.00202) Counting Gadget Fingers Fast. [\\[PDF\\]](https://arxiv.org/pdf/2102.00202.pdf)
*Cy Dee*

## Journals

##### • \\[2020 TPAMI\\] Widget Pose from Shadows. [\\[PDF\\]](https://example.org/shadows.pdf) [\\[Project\\]](https://example.org/shadows)
_Dan Eve, Fay Gus_
"""


def test_a_heading_that_carries_its_papers_links_over_an_authors_line_is_an_entry() -> None:
    result = _read(HEADING_PER_PAPER)
    found = [(e.entry.title, e.entry.line, e.entry.end_line) for e in result.entries]
    assert found == [
        ("Gripping Widgets with Tiny Nets", 5, 6),
        ("Counting Gadget Fingers Fast", 8, 9),
        ("Widget Pose from Shadows", 13, 14),
    ]
    assert _links(result)[0] == [
        "https://arxiv.org/abs/2101.00101",
        "https://arxiv.org/pdf/2101.00101.pdf",
        "https://github.com/ann/grip",
    ]
    assert (result.entries[2].entry.venue, result.entries[2].entry.year) == ("TPAMI", 2020)


BOLD_ITEM_WITH_ITS_LINKS = """\
# Papers

## Surveys

- **Learning from widget data (IEEE TKDE, 2009, 6000+ citations) [[**Paper**](https://example.org/tkde-widgets)]**
  - A classic survey of widget learning.

## Ensembles

  - **Widget Ensemble (ICDE 2020, 20+ citations) [[**Paper**](https://arxiv.org/pdf/1909.00101.pdf)][[**Code**](https://github.com/ann/widget-ensemble)]**
    > **NOTE:** a versatile solution.

  - **GadgetBoost (2003, 1100+ citations) [[**Paper**]](https://example.org/gadgetboost.pdf)[[**Code**](https://github.com/ann/gadgetboost)]** - Gadget Boosting for widgets
"""


def test_an_item_bold_with_its_links_inside_has_the_bold_name_as_title() -> None:
    result = _read(BOLD_ITEM_WITH_ITS_LINKS)
    found = [(e.entry.title, str(e.entry.venue), e.entry.year) for e in result.entries]
    assert found == [
        ("Learning from widget data", "TKDE", 2009),
        ("Widget Ensemble", "ICDE", 2020),
        ("GadgetBoost", "None", 2003),  # a count of citations is no venue
    ]
    assert _links(result)[1] == [
        "https://arxiv.org/pdf/1909.00101.pdf",
        "https://github.com/ann/widget-ensemble",
    ]


YEAR_VENUE_DASH_PARAGRAPHS = """\
# Learning with Noisy Widgets
A list of resources for learning with noisy widgets


**Papers**

[-] 2012-ICML - Learning to Label Widgets from Noisy Data. [[Paper]](https://example.org/noisy_widgets.pdf)

[-] 2014 - A Comprehensive Introduction to Widget Noise. [[Paper]](https://example.org/widget-noise.pdf)

[-] 2014-Survey - Classification in the Presence of Widget Noise: a Survey. [[Paper]](https://example.org/survey.pdf) [[Code]](https://github.com/ann/noise)

[-] 201- - . [[Paper]]()
"""


def test_a_year_and_venue_then_a_dash_before_the_title_are_no_title_words() -> None:
    result = _read(YEAR_VENUE_DASH_PARAGRAPHS)
    found = [(e.entry.title, e.entry.year) for e in result.entries]
    assert found == [
        ("Learning to Label Widgets from Noisy Data", 2012),
        ("A Comprehensive Introduction to Widget Noise", 2014),
        ("Classification in the Presence of Widget Noise: a Survey", 2014),
    ]  # the template line at the end is no entry
    assert str(result.entries[0].entry.venue) == "ICML"
    assert result.entries[2].entry.venue is None  # ``Survey`` names no venue


HTML_TABLE_WITH_LISTS_IN_CELLS = """\
# Results for widget problems

- [Supervised](https://github.com/ann/widget-results#supervised)
- [Unsupervised](https://github.com/ann/widget-results/blob/master/README.md#unsupervised)

## Supervised

<table>
  <tbody>
    <tr>
      <th width="30%">Research Paper</th>
      <th align="center" width="20%">Datasets</th>
      <th align="center" width="20%">Source Code</th>
      <th align="center" width="10%">Year</th>
    </tr>
    <tr>
      <td><a href='https://arxiv.org/abs/1706.00202'>Widgets Are All You Need</a></td>
      <td align="left"> <ul><li>WMT 2014 English-to-Widget </li><li>WMT 2014 Widget-to-German </li></ul></td>
      <td align="left"> <ul><li><a href='https://github.com/bo/widgets-pytorch'>PyTorch</a> </li><li> <a href='https://github.com/cy/widget2widget'>Tensorflow</a></li></ul></td>
      <td align="left">2017</td>
    </tr>
    <tr>
      <td><a href='https://arxiv.org/pdf/1711.00303.pdf'>UNSUPERVISED WIDGET TRANSLATION
USING GADGET CORPORA ONLY</a></td>
      <td align="left"> <ul><li> WMT16 </li></ul></td>
      <td align="left"><ul><li><a href=''>NOT FOUND</a></ul></li></td>
      <td align="left">2017</td>
    </tr>
    <tr>
      <td><a href='http://www.example.org/2017-go.pdf'>Mastering the game of Widgets</a></td>
      <td align="left"> the game of Widgets </td>
      <td align="left"> <a href=https://github.com/dee/leela-widget> C++ </td>
      <td align="left">2017</td>
    </tr>
  </tbody>
</table>

## Unsupervised
"""


def test_html_table_rows_span_their_lines_and_lists_in_cells_are_cell_text() -> None:
    result = _read(HTML_TABLE_WITH_LISTS_IN_CELLS)
    found = [(e.entry.title, e.entry.line, e.entry.end_line) for e in result.entries]
    assert found == [
        ("Widgets Are All You Need", 16, 21),
        ("UNSUPERVISED WIDGET TRANSLATION USING GADGET CORPORA ONLY", 22, 28),
        ("Mastering the game of Widgets", 29, 34),
    ]  # the contents' links to sections of the list's page are no entries
    assert _links(result) == [
        [
            "https://arxiv.org/abs/1706.00202",
            "https://github.com/bo/widgets-pytorch",
            "https://github.com/cy/widget2widget",
        ],
        ["https://arxiv.org/pdf/1711.00303.pdf"],
        ["http://www.example.org/2017-go.pdf", "https://github.com/dee/leela-widget"],
    ]
