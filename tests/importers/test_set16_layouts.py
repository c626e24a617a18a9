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


EMOJI_BOLD_TITLE_PARAGRAPHS = """\
# 3D Widgets

## Single Widget Classification
:space_invader: <b>3D WidgetNets: A Deep Representation for Volumetric Widgets (2015)</b> [[Paper]](http://widgetnets.example.edu/)
<p align="center"><img width="50%" src="https://example.org/fig1.png" /></p>

:camera: <b>Multi-view Widget Networks for 3D Gadget Recognition (2015)</b> [[Paper]](http://vis.example.edu/mvwn/) [[Code]](https://github.com/ann/mvwn)
<p align="center"><img width="50%" src="http://vis.example.edu/mvwn.png" /></p>

:game_die: <b>PointWidget (2018)</b> [[Paper]](https://widgets.example.io/PointWidget/)
<p align="center"><img width="50%" src="http://example.li/pointwidget.png" /></p>
"""


def test_an_emoji_before_a_bold_title_with_its_links_is_no_bar_to_an_entry() -> None:
    result = _read(EMOJI_BOLD_TITLE_PARAGRAPHS)
    found = [(e.entry.title, e.entry.year) for e in result.entries]
    assert found == [
        ("3D WidgetNets: A Deep Representation for Volumetric Widgets", 2015),
        ("Multi-view Widget Networks for 3D Gadget Recognition", 2015),
        ("PointWidget", 2018),  # one name with its year
    ]
    assert _links(result)[1] == ["http://vis.example.edu/mvwn/", "https://github.com/ann/mvwn"]


HARVARD_REFERENCES = """\
# Widget Detection

## 4. Papers

### 4.1. Surveys

Chandler, V., Banner, A. and Kumar, V., 2009. Widget detection: A survey. *ACM computing surveys* , 41(3), p.15. [[Download PDF]](https://www.example.ch/papers/chandler09_widget-survey.pdf )

Campos, G.O., Zimmer, A. and Houle, M.E., 2016. On the evaluation of unsupervised widget detection: measures and datasets. *Data Mining and Knowledge Discovery*, 30(4), pp.891-927. [[HTML]](https://link.example.com/article/10.1007/s10618-015-0444-8"[HTML]")

### 4.2. Key Algorithms

**k Nearest Widgets (kNW) Outlier Detector**.
- Ramaswamy, S., Rastogi, R. and Shim, K., 2000, May. Efficient algorithms for mining widgets from large data sets. *ACM Sigmod Record*, 29(2), pp. 427-438). [[Download PDF]](https://example.ca/pub/ramaswamy.pdf)

**Isolation Widget**. Liu, F.T., Ting, K.M. and Zhou, Z.H., 2008, December. Isolation widget. In *ICDM '08*, pp. 413-422. IEEE. [[Download PDF]](https://example.cn/icdm08b.pdf)

### 4.3. Graph Widget Detection
Akoglu, L., Tong, H. and Koutra, D., 2015. Graph based widget detection and description: a survey. *Data Mining and Knowledge Discovery*, 29(3), pp.626-688. [[Download PDF]](https://arxiv.org/pdf/1404.04679.pdf)
"""


def test_harvard_references_are_entries_titled_by_the_sentence_after_the_year() -> None:
    result = _read(HARVARD_REFERENCES)
    found = [(e.entry.title, e.entry.year, e.entry.alias) for e in result.entries]
    assert found == [
        ("Widget detection: A survey", 2009, None),
        ("On the evaluation of unsupervised widget detection: measures and datasets", 2016, None),
        ("Efficient algorithms for mining widgets from large data sets", 2000, None),
        ("Isolation widget", 2008, "Isolation Widget"),  # a method's name, then its reference
        ("Graph based widget detection and description: a survey", 2015, None),
    ]  # the bold label over its bullets and the numbered section heading are no entries
    # a title glued to the address (``"[HTML]"``) is no part of it
    assert _links(result)[1] == ["https://link.example.com/article/10.1007/s10618-015-0444-8"]


BOLD_NAME_AND_ADDRESS = """\
## Toolbox & Datasets

### Datasets

**Widget Outlier Datasets**: https://widget-project.example.io/datasets/outlier

**Outlier Widget DataSets (OWDS)**: http://owds.example.edu/#table1
"""


def test_a_bold_name_a_colon_and_its_address_is_an_entry() -> None:
    result = _read(BOLD_NAME_AND_ADDRESS)
    assert [e.entry.title for e in result.entries] == [
        "Widget Outlier Datasets",
        "Outlier Widget DataSets (OWDS)",
    ]
    assert _links(result) == [
        ["https://widget-project.example.io/datasets/outlier"],
        ["http://owds.example.edu/#table1"],
    ]


BOLD_TITLE_THEN_VENUE_YEAR_AUTHORS = """\
# Knowledge Widgets

## Survey
__Knowledge widget embedding: A survey of approaches and applications__. TKDE 2017. _Wang, Quan and Mao, Zhendong_. [[Paper](https://example.com/files/Wang2017Widgets.pdf)]

__Knowledge widget refinement: A survey of evaluation methods__. Semantic Web 2017. _Paulheim, Heiko_. [[Paper](http://www.example.net/files/swj1167.pdf)]

## Papers

[Machine widget interpretability: A survey on methods and metrics](https://www.example.com/2079-9292/8/8/832), Electronics, 2019
"""


def test_a_bold_title_then_its_venue_year_and_role_links_is_an_entry() -> None:
    result = _read(BOLD_TITLE_THEN_VENUE_YEAR_AUTHORS)
    assert [e.entry.title for e in result.entries] == [
        "Knowledge widget embedding: A survey of approaches and applications",
        "Knowledge widget refinement: A survey of evaluation methods",
        "Machine widget interpretability: A survey on methods and metrics",  # venue, comma, year
    ]
    assert _links(result)[0] == ["https://example.com/files/Wang2017Widgets.pdf"]
