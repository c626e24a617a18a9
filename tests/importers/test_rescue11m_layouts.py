# ruff: noqa: E501  (list lines are as long as lists write them)
"""The safety net for entries that hold several works (``_rescue_merged``): a quoted list of badge
links under a folded caption, a table cell of works separated by ``;`` or ``；``, each work with
its own identifier, read before as one entry; and what stays one entry (a paper with its code,
project, slides and video, a paper's arXiv and CVF links, a 'see also' remark, a predecessor it
extends, a tool's plug-ins, a labelled field, a tag in brackets, a line of facts). Written here
with invented names and addresses; the reading tests fail before the net."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[str | None]:
    return [e.entry.title for e in result.entries]


QUOTED = """\
# Awesome Gadgets

## Detection

<details open>
<summary><b> Few-shot</b></summary>

> - [![GZA](https://img.shields.io/badge/AAAI'22-GZA-fdd7e6?style=for-the-badge)](https://arxiv.org/abs/2109.01111)
    [![Star](https://img.shields.io/github/stars/lee/GZA.svg?style=social&label=Star)](https://github.com/lee/GZA)
> - [![WMC](https://img.shields.io/badge/NeurIPS'22-WMC-fdd7e6?style=for-the-badge)](https://arxiv.org/abs/2211.02222)
    [![Star](https://img.shields.io/github/stars/chan/WMC.svg?style=social&label=Star)](https://github.com/chan/WMC)
> - [![PLX](https://img.shields.io/badge/ICLR'24-PLX-fdd7e6?style=for-the-badge)](https://openreview.net/forum?id=xYz123AbC)
</details>
"""


def test_quoted_badge_list_is_one_entry_per_work() -> None:
    result = _read(QUOTED)
    assert _titles(result) == ["GZA", "WMC", "PLX"]
    assert [(e.entry.line, e.entry.end_line) for e in result.entries] == [
        (8, 9),
        (10, 11),
        (12, None),
    ]
    assert [x.url for x in result.entries[1].entry.links] == [
        "https://arxiv.org/abs/2211.02222",
        "https://github.com/chan/WMC",
    ]
    assert {s.line for s in result.skipped} >= {5, 6}  # the caption names the group


CELLS = """\
# Awesome Gadgets

| Area | Topic | Approaches |
|---|---|---|
| **Gadgets** | **Noise** | [WidgetDAT](https://arxiv.org/abs/2308.11111), [AAAI version](https://dl.acm.org/doi/10.1609/aaai.v38i10.11111); [GadgetFM](https://arxiv.org/abs/2310.22222); [WidKC](https://dl.acm.org/doi/10.1145/3485447.3333333) |
| **Gadgets** | **Privacy** | [Private Widget Tuning](https://arxiv.org/abs/2305.05555) |
"""

CELLS_ZH = """\
# 小工具论文

| 方向 | 论文 |
|---|---|
| 剪枝 | [稀疏小部件网络](https://arxiv.org/abs/2401.01111)；[小部件蒸馏方法](https://openreview.net/forum?id=QwErTy789) |
| 量化 | [低比特小部件](https://arxiv.org/abs/2402.02222) |
"""


def test_cell_of_works_separated_by_semicolons() -> None:
    result = _read(CELLS)
    assert _titles(result) == ["WidgetDAT", "GadgetFM", "WidKC", "Private Widget Tuning"]
    assert [x.url for x in result.entries[0].entry.links] == [
        "https://arxiv.org/abs/2308.11111",
        "https://dl.acm.org/doi/10.1609/aaai.v38i10.11111",
    ]
    assert [e.entry.line for e in result.entries] == [5, 5, 5, 6]


def test_cell_of_works_separated_by_fullwidth_semicolons() -> None:
    result = _read(CELLS_ZH)
    assert _titles(result) == ["稀疏小部件网络", "小部件蒸馏方法", "低比特小部件"]


ONE_WORK = """\
# Awesome Gadgets

## Papers

- [Deep Widget Survey](https://arxiv.org/abs/2301.00011)
  - [Code](https://github.com/lee/widget-survey)
  - [Project](https://lee.github.io/widgets)
  - [Slides](https://example.org/slides.pdf)
  - [Video](https://youtube.com/watch?v=abc)
- [A Survey of Gadget Learning](https://arxiv.org/abs/2306.02222)
  - see also: [Gadget Learning Revisited](https://arxiv.org/abs/2307.03333)
- [Gadget Learning v2](https://arxiv.org/abs/2308.04444)
  - extends [Gadget Learning v1](https://arxiv.org/abs/2201.05555)
- [WidgetKit](https://widgetkit.example.org/) - a toolkit
  - [Source](https://github.com/widgets/widgetkit)
  - Plug-ins: [widgetkit-ros](https://github.com/widgets/widgetkit-ros)
- [Widget Nets for Gadgets](https://arxiv.org/abs/2309.09999)
  - [lee/widget-nets](https://github.com/lee/widget-nets)
- **Widget Sora** – [Widget Website](https://widget.example.com/sora/)
  - *Survey Paper:* [Widget Sora Review](https://arxiv.org/pdf/2402.17177)

Mimic. *CVPR 2017*.
[[CVF](http://openaccess.thecvf.com/content_cvpr_2017/html/Lee_Mimic_CVPR_2017_paper.html)]
[[Springer](https://link.springer.com/chapter/10.1007/978-3-031-20080-9_27)]

- **[Widget Labs: a review](https://pubmed.ncbi.nlm.nih.gov/40852582/)** — A review of widget labs.<br>
  Year 2025 · Status **verified** · Evidence A · [Paper](https://doi.org/10.1098/rsos.250646)
"""


def test_one_work_with_its_links_remarks_and_fields_stays_one_entry() -> None:
    titles = _titles(_read(ONE_WORK))
    assert "Code" not in titles and "CVF" not in titles and "Springer" not in titles
    assert "Gadget Learning Revisited" not in titles
    assert "Gadget Learning v1" not in titles  # a predecessor it extends: the entry's remark
    assert "Source" not in titles and "widgetkit-ros" not in titles  # the tool's own code
    assert "lee/widget-nets" not in titles  # a paper's code
    assert "Widget Sora Review" not in titles  # a labelled field of the entry
    assert not any(t and t.startswith("Year 2025") for t in titles)


LINES = """\
# Awesome Gadgets

## Item with breaks

- [Widget Learning at Scale](https://arxiv.org/abs/2101.01111) - Ann Lee, 2021<br>[Gadget Fusion Networks](https://arxiv.org/abs/2102.02222) - Bo Chan, 2021<br>[Sparse Widget Coding](https://arxiv.org/abs/2103.03333) - Cy Dee, 2021

## Numbered item of lines

1. [Widget Graphs for Retrieval](https://doi.org/10.1145/1234567.1111111) (SIGIR 2021)
   [Gadget Graphs for Ranking](https://doi.org/10.1145/1234567.2222222) (SIGIR 2021)
   [Widget Ranking Revisited](https://doi.org/10.1145/1234567.3333333) (SIGIR 2022)

## HTML

<ul>
<li><a href="https://arxiv.org/abs/2106.06666">Widget Sampling Theory</a> (ICML 2021)<br><a href="https://arxiv.org/abs/2107.07777">Gadget Sampling Practice</a> (ICML 2021)</li>
<li><a href="https://arxiv.org/abs/2108.08888">Widget Sampling Redux</a> (ICML 2022)</li>
</ul>
"""


def test_lines_and_br_parts_of_an_item_are_works() -> None:
    result = _read(LINES)
    assert _titles(result) == [
        "Widget Learning at Scale",
        "Gadget Fusion Networks",
        "Sparse Widget Coding",
        "Widget Graphs for Retrieval",
        "Gadget Graphs for Ranking",
        "Widget Ranking Revisited",
        "Widget Sampling Theory",
        "Gadget Sampling Practice",
        "Widget Sampling Redux",
    ]
    assert [e.entry.line for e in result.entries] == [5, 5, 5, 9, 10, 11, 16, 16, 17]
    assert [x.url for x in result.entries[1].entry.links] == ["https://arxiv.org/abs/2102.02222"]
