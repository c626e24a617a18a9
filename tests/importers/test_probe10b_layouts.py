# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in lists read this session (dev22b) that lost entries. Titles, names and addresses
here are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[str]:
    return [e.entry.title for e in _read(text).entries]


# A catalogue that writes each work as a paragraph of its own, no bullet: a linked name, then a
# dash and what it is, or the name alone; HTML anchors between the sections.
LINKED_NAME_PARAGRAPHS = """\
Awesome Widget Testing
======================

A curated list of widget testing resources.

<a name="courses" />
## Courses

[Widget School ( see videos for more )](https://videos.example.org/4401 ) - Made available freely by Ann Lee.

[Gadget Lab ( check the projects page ) ](https://gadgetlab.example.edu/127/) - by Bo Chan.

<a name="paid" />
### Paid
[Advanced Widget Breaking for Testers](https://training.example.com/widgets/)

[Sprocket Academy - Widget master class](https://blog.sprocket.example/2016/05/class/)

<a name="tools" />
## Tools

*Tools which help in breaking widgets*

[MiniWidget](https://download.example.com/details?id=21769) - Basic widget breaking tool.

[Widget Fuzzer (Linux only)]( http://widgetfuzz.example.org/wf/) - A widget fuzzer by Cy Dee

### Taint Analysis

[PANDORA ( Platform for Widget Analysis )](https://code.example.org/pandora)

[QUIRK (Widget Interactive Runtime)](http://quirk.example.me/)
"""


def test_linked_names_written_as_paragraphs_are_works() -> None:
    assert _titles(LINKED_NAME_PARAGRAPHS) == [
        "Widget School ( see videos for more )",
        "Gadget Lab ( check the projects page )",
        "Advanced Widget Breaking for Testers",
        "Sprocket Academy - Widget master class",
        "MiniWidget",
        "Widget Fuzzer (Linux only)",
        "PANDORA ( Platform for Widget Analysis )",
        "QUIRK (Widget Interactive Runtime)",
    ]


# The same written in the cells of an HTML table (a picture beside each work): the Markdown
# paragraph of each cell is a work, though HTML lines stand between them.
LINKED_NAME_CELLS = """\
# Awesome Widget Datasets

## Mixed Widgets

<table>
<tr><td align="center" width="220"><img src="gifs/one.gif" width="220"></a></td><td>

**[WIDGET-ONE](https://www.widgets.example.edu/widget-one/)** - **W**idgets from **O**pen **N**etworks (2023): Widgetville (Germany) · 6 drones, 30 Hz · CC-BY-NC 4.0 · [Direct Download](https://share.example.de/getlink/abc/) · [🔍](https://viewer.example.de/location/39)

</td></tr>
<tr><td align="center" width="220"><img src="gifs/two.gif" width="220"></td><td>

**[Widget Squares of Europe](https://zenodo.org/records/10000001)** - Includes 300,000 widget tracks from 190 hours of video (2024): 39 squares · CC-BY 4.0 · [Direct Download](https://zenodo.org/records/10000001) · [Paper](https://www.nature.example/articles/widgets-01)

</td></tr>
<tr><td align="center" width="220"><img src="gifs/three.gif" width="220"></td><td>

**[Gadget Data](https://gadget-data.example.com/de#dataset)**: Bavaria (Germany) · drone · 30 h · CC BY-ND / demo · [Data On Request](https://gadget-data.example.com/de/request)

</td></tr>
</table>
"""


def test_linked_names_in_html_table_cells_are_works() -> None:
    result = _read(LINKED_NAME_CELLS)
    titles = [e.entry.title for e in result.entries]
    assert titles[:2] == ["WIDGET-ONE", "Widget Squares of Europe"]
    assert len(titles) == 3 and titles[2].startswith("Gadget Data")
    assert [x.url for x in result.entries[2].entry.links] == [
        "https://gadget-data.example.com/de#dataset",
        "https://gadget-data.example.com/de/request",
    ]


# Prose paragraphs that open with a link are none: a link with a sentence after it, a pointer,
# a pair of language links.
LINKED_PROSE = """\
# Awesome Widgets

## About

[Widget Guide](https://guide.example.org/) is where we started; it explains every widget in depth.

[English](README.md) | [Deutsch](README_DE.md)

## Works

- [Widget Nets](https://arxiv.org/abs/2301.00001) - Ann Lee, ICML 2023.
"""


def test_prose_that_opens_with_a_link_is_no_work() -> None:
    assert _titles(LINKED_PROSE) == ["Widget Nets"]


# A survey's reading list with no links: plain titles as the leaves of nested bullets whose upper
# levels name categories (``Traditional Methods`` > ``Batch Mode`` > titles), in <details>.
LINKLESS_TITLE_TREE = """\
# Awesome Widget Computing

Our survey of deep learning for widgets, with the papers it covers.

## Widget Management

<details>
<summary>Pre-Processing</summary>

### Simplification

- Traditional Methods
    - Batch Mode
        - Algorithms for the Reduction of the Number of Widgets Required to Represent a Gadget
        - Direction-preserving widget simplification
    - Online Mode
        - An online algorithm for segmenting widget series
- Deep Learning Methods
    - Widget simplification with reinforcement learning
    - A Lightweight Framework for Fast Widget Simplification

### Storage

- Widget Management Systems
    - Widgetdb: An in-memory column-oriented widget storage
    - Elite: an elastic infrastructure for big widget collections
</details>
"""


def test_linkless_titles_below_category_bullets_are_works() -> None:
    result = _read(LINKLESS_TITLE_TREE)
    assert [(e.entry.line, e.entry.title) for e in result.entries] == [
        (
            14,
            "Algorithms for the Reduction of the Number of Widgets Required to Represent a Gadget",
        ),
        (15, "Direction-preserving widget simplification"),
        (17, "An online algorithm for segmenting widget series"),
        (19, "Widget simplification with reinforcement learning"),
        (20, "A Lightweight Framework for Fast Widget Simplification"),
        (25, "Widgetdb: An in-memory column-oriented widget storage"),
        (26, "Elite: an elastic infrastructure for big widget collections"),
    ]


# A link-less list whose paper titles carry a note below them: the notes are no works, the
# titles are (the title is no category).
LINKLESS_TITLES_WITH_NOTES = """\
# Widget Papers

## Papers

- Learning Widgets from Gadgets with Sprockets at Scale
    - Ann Lee, Bo Chan. CVPR 2020.
- Deep Widget Nets for Gadget Recognition in the Wild
    - Cy Dee. ICCV 2019.
- Sprocket Attention Is All You Need for Widgets
    - Di Eve and Fa Gu. NeurIPS 2021.
"""


def test_linkless_titles_with_notes_below_stay_works() -> None:
    assert _titles(LINKLESS_TITLES_WITH_NOTES) == [
        "Learning Widgets from Gadgets with Sprockets at Scale",
        "Deep Widget Nets for Gadget Recognition in the Wild",
        "Sprocket Attention Is All You Need for Widgets",
    ]


# A table whose delimiter cells have one dash each (``|:-:|``), with blank lines left among its
# rows (the row above the first one short of a cell): the rows after a blank line are rows of the
# table all the same.
GAPPED_SHORT_DELIMITER = """\
# Awesome Widgets

## Transfer Learning

|Venue|Paper Abbr|Project|
|:-:|:-:|:-:|
|ECCV'22[Scaling Open-Vocabulary Widget Segmentation with Image-Level Labels](https://arxiv.org/abs/2301.00001)|N/A|

|ECCV'22|[Open-world Widget Segmentation via Contrasting Gadgets](https://arxiv.org/abs/2301.00002)|N/A|
|CVPR'23|[WidgetDecoder](https://arxiv.org/abs/2301.00003)|[Code](https://github.com/widgetlab/fusion)|


|arXiv'23|[Segment Every Widget Everywhere](https://arxiv.org/abs/2301.00004)|[Code](https://github.com/widgetlab/sewe)|
"""


def test_rows_after_blank_lines_in_a_table_of_short_delimiters_are_its_rows() -> None:
    result = _read(GAPPED_SHORT_DELIMITER)
    assert [x.url for x in result.entries[0].entry.links] == ["https://arxiv.org/abs/2301.00001"]
    assert [(e.entry.line, e.entry.title) for e in result.entries[1:]] == [
        (9, "Open-world Widget Segmentation via Contrasting Gadgets"),
        (10, "WidgetDecoder"),
        (13, "Segment Every Widget Everywhere"),
    ]
    assert [x.url for x in result.entries[2].entry.links] == [
        "https://arxiv.org/abs/2301.00003",
        "https://github.com/widgetlab/fusion",
    ]


# A header of five columns over rows of three cells (the writer left two columns out): the
# header's title column is empty in every row; the row's linked name is its title.
SHORT_ROWS = """\
# Awesome Widgets

### 3D Detection

|Year|Venue|Keywords|Paper Abbr|Project|
|:-:|:-:|:-:|-|-|
|arXiv'22|[Open-Widget 3D Detection via Image-level Class and Debiased Gadgets](https://arxiv.org/abs/2301.00011)|N/A|
|NeurIPS'23|[CoWid](https://arxiv.org/abs/2301.00012)|[Project](https://cowid.example.io/)|
|arXiv'23|[WidgetSight](https://arxiv.org/abs/2301.00013)|N/A|
"""


def test_rows_shorter_than_their_header_are_titled_by_their_linked_name() -> None:
    result = _read(SHORT_ROWS)
    assert [e.entry.title for e in result.entries] == [
        "Open-Widget 3D Detection via Image-level Class and Debiased Gadgets",
        "CoWid",
        "WidgetSight",
    ]
    assert [x.url for x in result.entries[1].entry.links] == [
        "https://arxiv.org/abs/2301.00012",
        "https://cowid.example.io/",
    ]


# Each work an item of its own list, its venue (in code) and role links in a paragraph below it,
# not indented: the paragraph's links are the item's.
ITEM_OVER_ROLE_LINKS = """\
# Awesome Zero-shot Widgets

## Image-to-Widget Generation

- **[Transferable Decoding with Visual Widgets for Zero-Shot Captioning](https://arxiv.org/abs/2301.00021)**

```ICCV 2023``` [[paper]](https://arxiv.org/abs/2301.00021) [[code]](https://github.com/widgetlab/vidcap)

- **[WidgetCap: Controllable Zero-Shot Widget Captioning](https://openaccess.example.com/widgetcap.html)**

```CVPR 2023``` [[paper]](https://openaccess.example.com/widgetcap.html) [[code]](https://github.com/widgetlab/widgetcap) [[demo]](https://huggingface.co/spaces/widgetlab/widgetcap)
"""


def test_a_paragraph_of_role_links_below_an_item_is_its_links() -> None:
    result = _read(ITEM_OVER_ROLE_LINKS)
    assert [e.entry.title for e in result.entries] == [
        "Transferable Decoding with Visual Widgets for Zero-Shot Captioning",
        "WidgetCap: Controllable Zero-Shot Widget Captioning",
    ]
    urls = {x.url for x in result.entries[1].entry.links}
    assert "https://huggingface.co/spaces/widgetlab/widgetcap" in urls
    assert "https://github.com/widgetlab/widgetcap" in urls
