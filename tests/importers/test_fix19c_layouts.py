"""Layouts of held-out set 19c, written here in our own words, each failing before its rule: one
work per bold title over bullets of labelled links (``- arxiv: <https://…>``, ``- github(Caffe):
…``, ``- intro: …``), and one work per heading over bullets that are only its labelled links."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(text: str) -> list[tuple[int, str, list[str]]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in _read(text).entries
    ]


BOLD_OVER_LABELLED_LINKS = """\
# Widget detection

## Two-stage widgets

**Rich Widget Hierarchies for Accurate Gadget Detection**

- intro: the first of its kind
- arxiv: <http://arxiv.org/abs/1311.00001>
- supp: <http://example.org/~ann/supp.pdf>
- github(official, Matlab): <https://github.com/ann/widgets>
- caffe-pr("Make widgets the default example"): <https://github.com/bvlc/caffe/pull/1>

**Fast Widgets**

- arxiv: <http://arxiv.org/abs/1504.00002>
- webcam demo: <https://github.com/ann/fast-widgets/pull/2>
- github:https://github.com/bo/fast-widgets

**Widget Pyramid Networks for Gadget Detection**

<https://arxiv.org/abs/1612.00003>

**Small Widget Detector: Tiny and Quick**

[![img](https://example.org/figure.png)](https://example.org/figure.png)

- intro: CVPR 2017. Widget University
- arxiv: <https://arxiv.org/abs/1705.00004>
"""


def test_a_bold_title_over_labelled_link_bullets_is_one_work() -> None:
    found = _found(BOLD_OVER_LABELLED_LINKS)
    assert [(line, title) for line, title, _ in found] == [
        (5, "Rich Widget Hierarchies for Accurate Gadget Detection"),
        (13, "Fast Widgets"),
        (19, "Widget Pyramid Networks for Gadget Detection"),
        (23, "Small Widget Detector: Tiny and Quick"),
    ]
    assert found[0][2] == [
        "http://arxiv.org/abs/1311.00001",
        "http://example.org/~ann/supp.pdf",
        "https://github.com/ann/widgets",
        "https://github.com/bvlc/caffe/pull/1",
    ]
    assert found[1][2] == [
        "http://arxiv.org/abs/1504.00002",
        "https://github.com/ann/fast-widgets/pull/2",
        "https://github.com/bo/fast-widgets",
    ]
    assert found[2][2] == ["https://arxiv.org/abs/1612.00003"]
    assert "https://arxiv.org/abs/1705.00004" in found[3][2]


BOLD_SECTION_OVER_NAMED_LINKS = """\
# Widget tools

**Toolkits**

- WidgetKit: <https://github.com/ann/widgetkit>
- GadgetLab: <https://github.com/bo/gadgetlab>
"""


def test_a_short_bold_line_over_links_labelled_by_names_stays_a_section() -> None:
    titles = [title for _, title, _ in _found(BOLD_SECTION_OVER_NAMED_LINKS)]
    assert "Toolkits" not in titles


HEADING_OVER_LABELLED_LINKS = """\
# Widget datasets

## Saliency

#### WDS

![picture](assets/wds.png)

* 项目: <https://example.org/wds/>
* 论文: [Widget Detection with Salient Gadgets](https://example.org/wds/paper.pdf)
* 下载:
  + [Google Drive](https://drive.google.com/open?id=abc)
  + [Baidu Yun](https://pan.baidu.com/s/xyz)

> 数据集包含一千张图片, 每张都有像素级标注.

#### Gadget-Seg 2

* Project: <https://example.org/gadget-seg/>
* Download: <https://example.org/gadget-seg/all.zip>

> Two thousand gadgets, each with a mask.
"""


def test_a_heading_over_bullets_of_labelled_links_is_one_work() -> None:
    found = _found(HEADING_OVER_LABELLED_LINKS)
    assert [(line, title) for line, title, _ in found] == [(5, "WDS"), (17, "Gadget-Seg 2")]
    assert found[0][2] == [
        "https://example.org/wds/",
        "https://example.org/wds/paper.pdf",
        "https://drive.google.com/open?id=abc",
        "https://pan.baidu.com/s/xyz",
    ]
    assert found[1][2] == [
        "https://example.org/gadget-seg/",
        "https://example.org/gadget-seg/all.zip",
    ]


HEADINGS_OVER_WORKS_LABELLED = """\
# Widget resources

### Websites

- Widget Index: <https://example.org/index/>
- Gadget Benchmarks: <https://example.org/bench/>

### Papers

- Paper: [Widget Detection with Salient Gadgets](https://example.org/a.pdf)
- Paper: [Gadget Segmentation in the Wild](https://example.org/b.pdf)
"""


def test_a_heading_over_things_named_by_labels_or_a_label_twice_stays_a_section() -> None:
    titles = [title for _, title, _ in _found(HEADINGS_OVER_WORKS_LABELLED)]
    assert "Websites" not in titles and "Papers" not in titles


BOLD_OVER_BADGES = """\
# Awesome Widget Lists

**A curated list of widget papers, sorted by
_where the widget sits_.**

[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)
[![arXiv](https://img.shields.io/badge/arXiv-XXXX.XXXXX-b31b1b.svg)](https://arxiv.org/abs/XXXX.XXXXX)
[![Stars](https://img.shields.io/github/stars/ann/widgets?style=social)](https://github.com/ann/widgets/stargazers)

## Papers

- [Widget Pruning at Scale](https://arxiv.org/abs/2101.00001), ICML 2021
"""


def test_a_bold_line_over_badges_is_no_work() -> None:
    assert [title for _, title, _ in _found(BOLD_OVER_BADGES)] == ["Widget Pruning at Scale"]


SECTION_OF_BOLD_WORKS = """\
# Widget detection

## WDet

**WDet: Learning Deep Widget Detectors from Scratch**

![img](https://example.org/wdet.png)

- intro: ICCV 2017. Widget University
- arxiv: <https://arxiv.org/abs/1708.00001>
- github:https://github.com/ann/wdet

**Gadget Detection from Scratch with Deep Supervision**

- Widget University & Gadget Institute
- arxiv: https://arxiv.org/abs/1809.00002
"""


def test_a_heading_over_two_bold_titled_works_is_their_section() -> None:
    found = _found(SECTION_OF_BOLD_WORKS)
    assert [(line, title) for line, title, _ in found] == [
        (5, "WDet: Learning Deep Widget Detectors from Scratch"),
        (13, "Gadget Detection from Scratch with Deep Supervision"),
    ]
    assert found[0][2] == ["https://arxiv.org/abs/1708.00001", "https://github.com/ann/wdet"]
    assert found[1][2] == ["https://arxiv.org/abs/1809.00002"]


DATASETS_AND_SURVEYS = """\
# Widget datasets

#### WSOD

* 项目: <https://example.org/wsod/>
* 下载
  + 官方: <https://example.org/wsod/wsod.zip>
  + 百度云: <https://pan.baidu.com/s/abc>

> 三百张图片, 每张由七个人标注.

## Reference

### [Salient Widget Detection: A Survey](https://arxiv.org/abs/1411.00001)

![img](./assets/survey.png)

详细评估: <https://example.org/bench/> (六种数据集的榜单).

### [Review of Widget Saliency with Gadget Information](https://arxiv.org/abs/1803.00002)

![dataset](./assets/review.png)
"""


def test_a_known_label_alone_over_nested_links_and_a_linked_paper_heading_over_a_figure() -> None:
    found = _found(DATASETS_AND_SURVEYS)
    assert [(line, title) for line, title, _ in found] == [
        (3, "WSOD"),
        (14, "Salient Widget Detection: A Survey"),
        (20, "Review of Widget Saliency with Gadget Information"),
    ]
    assert found[0][2] == [
        "https://example.org/wsod/",
        "https://example.org/wsod/wsod.zip",
        "https://pan.baidu.com/s/abc",
    ]
    assert found[1][2] == ["https://arxiv.org/abs/1411.00001", "https://example.org/bench/"]
    assert "下载" not in _read(DATASETS_AND_SURVEYS).entries[0].entry.authors  # a label


def test_cjk_title_marks_around_a_whole_title_are_quotes() -> None:
    text = (
        "# Surveys\n\n**《Recent Advances in Widget Detection》**\n\n"
        "- intro: a survey\n- arXiv: https://arxiv.org/abs/1809.00003\n"
    )
    assert [title for _, title, _ in _found(text)] == ["Recent Advances in Widget Detection"]


def test_a_note_in_lowercase_brackets_after_a_heading_name_is_no_title_word() -> None:
    text = (
        "# Widget datasets\n\n#### WSal[need some images]\n\n"
        "* 项目: <https://example.org/wsal/>\n* 论文: <https://example.org/wsal.pdf>\n\n"
        "#### Gadget-A [need help]\n\n* 论文: <https://example.org/gadget.pdf>\n"
    )
    assert [title for _, title, _ in _found(text)] == ["WSal", "Gadget-A"]


def test_a_plain_line_between_a_bold_title_and_its_labelled_links_is_the_works() -> None:
    text = (
        "# Widgets\n\n**One-Shot Widget Detection**\n\n"
        "WidgetNet: Representative-based metric learning for one-shot widgets\n\n"
        "- intro: Widget Research AI\n- arxiv:https://arxiv.org/abs/1806.00005\n- github: TODO\n"
    )
    found = _found(text)
    assert [(line, title) for line, title, _ in found] == [(3, "One-Shot Widget Detection")]
    assert found[0][2] == ["https://arxiv.org/abs/1806.00005"]


def test_a_contact_or_citation_heading_over_labelled_links_is_no_work() -> None:
    text = (
        "# List\n\n## Papers\n\n"
        "- [Widget Learning at Scale](https://arxiv.org/abs/2101.00001), ICML 2021\n\n"
        "## Contact\n\n- Email: ann@example.org\n- Code: https://github.com/ann/list\n\n"
        "## Citation\n\n- Paper: https://arxiv.org/abs/2301.00009\n- Project: https://example.org/survey\n"
    )
    assert [title for _, title, _ in _found(text)] == ["Widget Learning at Scale"]


def test_a_bold_line_or_heading_over_two_titled_links_stays_a_section() -> None:
    bullets = (
        "- Paper: [Gadget Nets for Widgets](https://arxiv.org/abs/2101.00002)\n"
        "- Paper: [Widget Nets for Gadgets](https://arxiv.org/abs/2101.00003)\n"
    )
    expected = ["Gadget Nets for Widgets", "Widget Nets for Gadgets"]
    assert [t for _, t, _ in _found("# List\n\n**CVPR 2021**\n\n" + bullets)] == expected
    assert [t for _, t, _ in _found("# List\n\n### CVPR\n\n" + bullets)] == expected


def test_a_year_heading_over_labelled_links_names_no_work() -> None:
    text = (
        "# List\n\n### 2021\n\n- Paper: https://arxiv.org/abs/2101.00002\n"
        "- Code: https://github.com/ann/x\n"
    )
    assert "2021" not in [title for _, title, _ in _found(text)]
