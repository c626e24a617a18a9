# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on an eleventh (development) set of public lists (issue 12), each written here in a
few lines of our own: a short-name heading over a bold title, its authors and labelled link
bullets; authors-first items of three lines with related papers nested below them; a blog badge
in a table's paper column; dataset items with bare or scheme-less addresses, and the intro and
category items around them."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult, spans: bool = False) -> list[tuple[int | str | None, ...]]:
    """(line, title) of each entry; with ``spans``, (line, last line, title)."""
    if spans:
        return [(e.entry.line, e.entry.end_line, e.entry.title) for e in result.entries]
    return [(e.entry.line, e.entry.title) for e in result.entries]


def _links(result: ImportResult) -> list[dict[str, str]]:
    return [{link.url: str(link.kind) for link in e.entry.links} for e in result.entries]


HEADED_LINK_BULLETS = """\
# Widget Classification Papers

## Papers and code

### WNet
**Very Tall Widget Networks for Large-Scale Gadget Recognition.**<hard>
Ann Lee, Bo Chan
- pdf: [https://arxiv.org/abs/1501.00011](https://arxiv.org/abs/1501.00011)
- code: [official : https://github.com/annlee/wnet](https://github.com/annlee/wnet)
- code: [unofficial-keras : https://github.com/someone/keras-wnet](https://github.com/someone/keras-wnet)

### GadgetNet
**Going Sideways with Gadgets**<hard>
Cy Dee, Ed Fox, Gil Hu
- pdf: [https://arxiv.org/abs/1502.00022](https://arxiv.org/abs/1502.00022)
- code: [unofficial-torch : https://github.com/someone/gadgetnet-torch](https://github.com/someone/gadgetnet-torch)

### Stacked Widget Nets
**Stacking Widgets: Deeper Nets with Shortcuts**<hard>
Ann Lee
- pdf: [https://arxiv.org/abs/1503.00033](https://arxiv.org/abs/1503.00033)
- code: [unofficial-chainer : https://github.com/someone/stacked](https://github.com/someone/stacked)
""".replace("<hard>", "  ")  # a hard line break, as the lists write it


def test_a_short_name_heading_over_a_bold_title_and_labelled_link_bullets_is_one_entry() -> None:
    result = _read(HEADED_LINK_BULLETS)
    found = [(e.kind, e.entry.line, e.entry.title, e.entry.alias) for e in result.entries]
    assert found == [
        ("paper", 5, "Very Tall Widget Networks for Large-Scale Gadget Recognition", "WNet"),
        ("paper", 12, "Going Sideways with Gadgets", "GadgetNet"),
        ("paper", 18, "Stacking Widgets: Deeper Nets with Shortcuts", "Stacked Widget Nets"),
    ]
    assert _links(result)[0] == {
        "https://arxiv.org/abs/1501.00011": "arxiv",
        "https://github.com/annlee/wnet": "code",
        "https://github.com/someone/keras-wnet": "code",
    }
    assert "https://github.com/someone/gadgetnet-torch" in _links(result)[1]
    assert [e.entry.authors for e in result.entries][1] == ["Cy Dee", "Ed Fox", "Gil Hu"]
    assert result.entries[0].entry.year == 2015


AUTHORS_FIRST = """\
# Widget vision papers

## Tracking
- <a name="Lee06"></a>Lee, A., Chan, B., Dee, C.,<hard>
*[Tracking Widgets with an Asynchronous Gadget Sensor](https://doi.org/10.1000/wt.2006.1)*,<hard>
Int. Workshop on Widget Signals, 2006, pp. 1-8. [PDF](https://example.org/papers/wt2006.pdf)
    - <a name="Lee07"></a>Lee, A., Fox, E.,<hard>
*[Estimating Widget Speed from Gadget Events](https://doi.org/10.1000/wt.2007.2)*,<hard>
Widget Transportation Conf. (WTC), 2007. [PDF](https://example.org/papers/ws2007.pdf)
    - <a name="Chan08"></a>Chan, B.,<hard>
*[A Small Camera for Fast Widgets](https://doi.org/10.1000/wt.2008.3)*,<hard>
Gadget Cameras Conf., 2008.
- <a name="Hu12"></a>Hu, G. Ito, J., Kim, K.,<hard>
*[Visual Shape Tracking of Tiny Widgets](https://doi.org/10.1000/wt.2012.4)*,<hard>
IEEE Trans. Widgets, 28(5):1-9, 2012. [YouTube](https://youtu.be/abcdefghijk)
""".replace("<hard>", "  ")


def test_authors_first_items_take_the_title_link_and_nested_references_are_entries() -> None:
    result = _read(AUTHORS_FIRST)
    assert _titles(result, spans=True) == [
        (4, 6, "Tracking Widgets with an Asynchronous Gadget Sensor"),
        (7, 9, "Estimating Widget Speed from Gadget Events"),
        (10, 12, "A Small Camera for Fast Widgets"),
        (13, 15, "Visual Shape Tracking of Tiny Widgets"),
    ]
    assert _links(result)[0] == {
        "https://doi.org/10.1000/wt.2006.1": "doi",
        "https://example.org/papers/wt2006.pdf": "pdf",
    }
    assert "https://example.org/papers/ws2007.pdf" in _links(result)[1]
    assert result.entries[0].entry.authors == ["A. Lee", "B. Chan", "C. Dee"]
    assert result.entries[2].entry.authors == ["B. Chan"]


BADGE_TABLE = """\
| Date | Name | Title | Paper | Code |
|:-:|:-:|:-|:-:|:-:|
| 2025-02 | `WidgetLM` | WidgetLM: Teaching Gadgets to Reason | [![Paper](https://img.shields.io/badge/paper-red)](https://arxiv.org/abs/2502.01234) | [![Stars](https://img.shields.io/github/stars/ann/widgetlm)](https://github.com/ann/widgetlm) |
| - | `GadgetQ` | GadgetQ: Scaling Widget Reasoning | [![Blog](https://img.shields.io/badge/Blog-blue)](https://gadgetq.example.io/blog/gadgetq/) | [![Stars](https://img.shields.io/github/stars/bo/gadgetq)](https://github.com/bo/gadgetq) |
| - | `Widget-4` | Widget 4 Technical Report | [![Blog](https://img.shields.io/badge/Blog-blue)](https://widget.example.com/blog/report.pdf) | - |
"""


def test_a_blog_badge_in_the_paper_column_is_the_works_link() -> None:
    result = _read(BADGE_TABLE)
    found = [(e.kind, e.entry.title) for e in result.entries]
    assert found == [
        ("paper", "WidgetLM: Teaching Gadgets to Reason"),
        ("paper", "GadgetQ: Scaling Widget Reasoning"),
        ("paper", "Widget 4 Technical Report"),
    ]
    links = [set(x) for x in _links(result)]
    assert links[1] == {"https://gadgetq.example.io/blog/gadgetq/", "https://github.com/bo/gadgetq"}
    assert links[2] == {"https://widget.example.com/blog/report.pdf"}


DATASET_ITEMS = """\
# widget-imaging-datasets

* A list of widget imaging datasets. Source : https://sites.example.org/widgets/datasets
* A second, partly overlapping list can be found at : https://github.com/someone/widget-data

### Gadget scans

* Widget Scan Archive (WSA), neonatal widgets (X-ray, MR) http://www.wsa.example.edu/atlas/
* Gadget Imaging Suite (GIS) https://portal.example.org/gis/index.php
* Tomography (Ultrasound, X-Ray, CT, MRI, etc.)
* Widget images from the GadgetExpress database www.gadgetexpress.net
* The Open Widget Series (OWS) http://www.ows.example.org/ (Collections)
"""


def test_an_address_written_www_first_is_a_link() -> None:
    result = _read(DATASET_ITEMS)
    found = {e.entry.line: e.entry.title for e in result.entries}
    assert found[11] == "Widget images from the GadgetExpress database"
    assert _links(result)[list(found).index(11)] == {"http://www.gadgetexpress.net": "other"}


def test_items_that_point_at_lists_are_no_entries() -> None:
    result = _read(DATASET_ITEMS)
    assert not {3, 4} & {e.entry.line for e in result.entries}
    assert {3, 4} <= {s.line for s in result.skipped}


def test_a_category_label_written_as_an_item_is_no_entry() -> None:
    result = _read(DATASET_ITEMS)
    assert 10 not in {e.entry.line for e in result.entries}
    assert [e.entry.line for e in result.entries if e.entry.line > 4] == [8, 9, 11, 12]


INTRO_PROSE = """\
# Deep Learning for Widgets

The aim of this curated list is to gather articles, theses and reports that apply deep learning to widgets.
The list is still being written, so feel free to add the missing fields and other resources you know of.
Most of what is here comes from my own reading for a thesis on the subject, for which a review is being written.
Surveys already exist for [widget generation](https://arxiv.org/pdf/1709.00001.pdf) and [gadget separation](https://arxiv.org/pdf/1708.00002.pdf).
They do not cover the widget retrieval tasks that this repository gathers, however.

| Title | Code |
|---|---|
| [Widget nets for gadget tagging](https://arxiv.org/pdf/1706.00003.pdf) | No |
| [Sorting widgets with deep gadgets](https://arxiv.org/pdf/1706.00004.pdf) | [GitHub](https://github.com/ann/sorting) |
"""


def test_an_introduction_that_speaks_of_the_list_is_no_entry() -> None:
    result = _read(INTRO_PROSE)
    assert _titles(result) == [
        (11, "Widget nets for gadget tagging"),
        (12, "Sorting widgets with deep gadgets"),
    ]
    assert {s.line for s in result.skipped} >= {3, 4, 5, 6, 7}


AUTHORS_FIRST_NO_LINK = """\
# Widgets

- Lee, A., Chan, B.,<hard>
*Sorting Widgets in the Wild*,<hard>
Widget Conf., 2019.
- Dee, C.,<hard>
**Gadgets Considered Harmful**.<hard>
J. of Gadgets, 2020. [PDF](https://example.org/g.pdf)
""".replace("<hard>", "  ")


def test_authors_first_items_with_an_emphasised_title_and_no_link_to_it() -> None:
    result = _read(AUTHORS_FIRST_NO_LINK)
    assert _titles(result) == [
        (3, "Sorting Widgets in the Wild"),
        (6, "Gadgets Considered Harmful"),
    ]
    assert [e.entry.authors for e in result.entries] == [["A. Lee", "B. Chan"], ["C. Dee"]]
    assert [e.entry.year for e in result.entries] == [2019, 2020]


HEADED_ROLE_BULLETS = """\
# Widget nets

### WNet
**Very Tall Widget Networks for Gadget Recognition**
- [pdf](https://arxiv.org/abs/1501.00011)
- [code](https://github.com/annlee/wnet)

### GNet
**Going Sideways with Gadgets**
- [paper](https://arxiv.org/abs/1502.00022) | [github](https://github.com/someone/gnet)
"""


def test_a_short_name_heading_over_a_bold_title_and_bullets_of_role_links_is_one_entry() -> None:
    result = _read(HEADED_ROLE_BULLETS)
    assert _titles(result) == [
        (3, "Very Tall Widget Networks for Gadget Recognition"),
        (8, "Going Sideways with Gadgets"),
    ]
    assert _links(result)[0] == {
        "https://arxiv.org/abs/1501.00011": "arxiv",
        "https://github.com/annlee/wnet": "code",
    }
    assert [e.entry.alias for e in result.entries] == ["WNet", "GNet"]


def test_an_authors_first_item_takes_its_year_from_its_venue_line() -> None:
    # ``Int. Workshop on Widget Signals, 2006, pp. 1-8.``, ``IEEE Trans. Widgets, 28(5):1-9, 2012.``
    assert [e.entry.year for e in _read(AUTHORS_FIRST).entries] == [2006, 2007, 2008, 2012]
