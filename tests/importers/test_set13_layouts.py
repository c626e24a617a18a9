# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a thirteenth (development) set of public lists (issue 12), each written here in a
few lines of our own: works written as bold title paragraphs, each over a paragraph describing it."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


BOLD_PARAGRAPHS = """\
# Widgets in biology

A list of widget methods for biology. See also the [gadget list](https://github.com/someone/awesome-gadgets).

## Reviews

These are reviews rather than methods.

**Opportunities for Widgets in Medicine** [[bioRxiv preprint](http://biorxiv.org/content/early/2017/01/01/100001)]

A long review written in the open on [GitHub](https://github.com/someone/widget-review), with many points.

**Widget nets for gene expression** [[github](https://github.com/someone/widgetnet)][[paper](http://journals.example.org/widgetnet)]

A Theano implementation of widget nets; the authors first wrote a [conference paper](http://www.example.org/widget-conf) about it.

**Gadget – Predicting Foo from Bar with widgets** [[web server](http://gadget.example.edu/)]

Predicts foo from bar.
"""


def test_bold_title_paragraphs_with_bracketed_links_are_works_and_their_descriptions_are_not() -> (
    None
):
    result = _read(BOLD_PARAGRAPHS)
    entries = [(e.entry.line, e.entry.title) for e in result.entries]
    assert entries == [
        (9, "Opportunities for Widgets in Medicine"),
        (13, "Widget nets for gene expression"),
        (17, "Gadget – Predicting Foo from Bar with widgets"),
    ]
    urls = {e.entry.line: sorted(x.url for x in e.entry.links) for e in result.entries}
    assert urls[13] == [
        "http://journals.example.org/widgetnet",
        "https://github.com/someone/widgetnet",
    ]
    skipped = {s.line for s in result.skipped}
    assert {3, 11, 15, 19} <= skipped  # the introduction and the descriptions


GBT_CITATIONS = """\
# 2020
## Journal
* Lee A, Chan B, Dee C, et al. <b>Widget graphs for short-term gadget forecasting[J].</b> Journal of Widget Research, 2020, 112: 62-77. [Link](https://www.example.org/widget-graphs)

* Eng D, Fox E. <b>Gated widget networks for gadget demand[J]</b>. IEEE Transactions on Widgets, 2020. [Link](https://ieeexplore.ieee.org/document/9000001)

## Conference
* Gee F, Hay G. <b>Multi-view widget attention for taxi gadgets[C]</b>//Proceedings of the AAAI Conference on Artificial Intelligence. 2020. [Link](https://arxiv.org/abs/2001.00001)

* Ivy H. <b>A handbook of widget forecasting[M]</b>. Beijing: Widget Press, 2019. [Link](https://www.example.org/handbook)

* Jay I. <b>Online widget notes[EB/OL]</b>. 2021. [Link](https://www.example.org/notes)
"""


def test_a_document_type_code_after_the_title_is_no_part_of_it() -> None:
    titles = [e.entry.title for e in _read(GBT_CITATIONS).entries]
    assert titles == [
        "Widget graphs for short-term gadget forecasting",
        "Gated widget networks for gadget demand",
        "Multi-view widget attention for taxi gadgets",
        "A handbook of widget forecasting",
        "Online widget notes",
    ]


NAME_DASH_TITLE = """\
# The widget zoo

* FooGAN - [Learning Widgets with Adversarial Nets](https://arxiv.org/abs/1701.00001)
* Bayesian GAN - [Deep and Hierarchical Gadget Models](https://arxiv.org/abs/1701.00002)
* Context-RNN-GAN - [Contextual Widgets for Diagram Generation](https://arxiv.org/abs/1701.00003)
* S^2GAN - [Widget Modeling using Style and Structure](https://arxiv.org/abs/1701.00004)
"""


def test_a_short_name_and_a_spaced_dash_before_the_title_link_are_its_alias() -> None:
    entries = [(e.entry.title, e.entry.alias) for e in _read(NAME_DASH_TITLE).entries]
    assert entries == [
        ("Learning Widgets with Adversarial Nets", "FooGAN"),
        ("Deep and Hierarchical Gadget Models", "Bayesian GAN"),
        ("Contextual Widgets for Diagram Generation", "Context-RNN-GAN"),
        ("Widget Modeling using Style and Structure", "S^2GAN"),
    ]


SCRIPT_MADE = """\
# All about widgets

 1. Learning Widgets with Adversarial Nets? ( WidgetGAN ) - ([PDF](https://arxiv.org/pdf/1701.00011.pdf))
 ([arXiv](https://arxiv.org/abs/1701.00011))
 ([github](https://github.com/someone/widgetgan))
  > - `2017/8` `Citation: 0`

 2. A Study of Gadget Distributions? (  ) - ([PDF](https://arxiv.org/pdf/1701.00012.pdf))
 ([arXiv](https://arxiv.org/abs/1701.00012))
   > - `2017/11` `Citation: `

 3. Gadget Imaging by Adversarial Widgets?[WIDG MICCAI 2017] (  ) - ([PDF](https://link.example.org/chapter/1))
   > - `2017/9` `Citation: ` __`Medical: Reconstruction`__
"""


def test_a_padded_short_name_in_brackets_after_a_title_is_its_alias() -> None:
    entries = [(e.entry.title, e.entry.alias) for e in _read(SCRIPT_MADE).entries]
    assert entries == [
        ("Learning Widgets with Adversarial Nets?", "WidgetGAN"),
        ("A Study of Gadget Distributions?", None),
        ("Gadget Imaging by Adversarial Widgets?", None),
    ]


FULLWIDTH_NAMES = """\
## 1. 模型

* WidgetLM：
  * 地址：https://github.com/someone/WidgetLM
  * 简介：一个支持中英双语的小部件模型

* Gadget Chat：
  * 地址：https://huggingface.co/someone/gadget-chat
  * 简介：基于小部件的对话模型
"""


def test_a_fullwidth_colon_after_a_name_is_no_part_of_it() -> None:
    entries = [
        (e.entry.title, [x.url for x in e.entry.links]) for e in _read(FULLWIDTH_NAMES).entries
    ]
    assert entries == [
        ("WidgetLM", ["https://github.com/someone/WidgetLM"]),
        ("Gadget Chat", ["https://huggingface.co/someone/gadget-chat"]),
    ]


CHINESE_HEADERS = """\
## 基础大模型

|    模型    | 大小 | 时间    |                   下载                    |                       项目地址                        |            机构/个人             |
| :--------: | :--: | ------- | :---------------------------------------: | :---------------------------------------------------: | :------------------------------: |
| Widget-7B  |  7B  | 2023-06 | [ckpt](https://huggingface.co/x/widget-7b) | [Widget-Language-Models](https://github.com/x/widgetlm) | [小部件大学计算机视觉研究所](https://github.com/x) |
| Gadget-13B | 13B  | 2023-05 | [ckpt-13B](https://huggingface.co/y/gadget) | [GadgetHub](https://github.com/y/gadgethub)          | [某公司](https://github.com/y)   |
"""


def test_a_title_column_named_in_chinese_names_the_rows() -> None:
    titles = [e.entry.title for e in _read(CHINESE_HEADERS).entries]
    assert titles == ["Widget-7B", "Gadget-13B"]


POINTING_SENTENCES = """\
## Widget detection
* Scores are F1 for localisation.
  * (L) stands for score in [leader-board](http://board.example.org/).

* [Widget Text Detection with Gadgets](https://arxiv.org/abs/1701.00001)

## Learn more
* If you'd like to be mentored by someone on our team, check out the [Widget Fellows Program](http://widget.example/research).
* Please see the [gadget course](http://gadget.example.edu/course) for more.
"""


def test_a_sentence_that_goes_on_into_its_link_is_no_work() -> None:
    result = _read(POINTING_SENTENCES)
    assert [e.entry.title for e in result.entries] == ["Widget Text Detection with Gadgets"]
    reasons = {s.line: s.reason for s in result.skipped}
    assert (
        reasons[3]
        == reasons[8]
        == reasons[9]
        == "a sentence that points at a link (a note, no work)"
    )


REFERENCE_LISTS = """\
# All about widgets

### Reference repositories
* [[Widget zoo]](https://github.com/someone/the-widget-zoo) - A list of all named widgets!
* [[Adversarial Widget Papers]](https://github.com/someone/AdversarialWidgetPapers/) The classic about widgets

You can also check out the same data in a table with a quick search by title [here](https://github.com/someone/widgets/blob/master/widgets.tsv).

 1. Learning Widgets with Adversarial Nets ( WidgetGAN ) - ([PDF](https://arxiv.org/pdf/1701.00011.pdf))
"""


def test_other_lists_and_a_sentence_pointing_here_are_no_works() -> None:
    result = _read(REFERENCE_LISTS)
    assert [e.entry.line for e in result.entries] == [9]
    reasons = {s.line: s.reason for s in result.skipped}
    assert reasons[4] == reasons[5] == "another awesome list"
    assert 7 in reasons  # the pointer to the list's own table


def test_an_item_pointing_here_is_no_work() -> None:
    text = "## Widgets\n* You can also browse the same widgets in a table [here](https://github.com/x/w/blob/main/w.tsv).\n* [Deep Widget Nets](https://arxiv.org/abs/1701.00021)\n"
    result = _read(text)
    assert [e.entry.line for e in result.entries] == [3]
    assert {s.line: s.reason for s in result.skipped}[2] == (
        "a sentence that points at a link (a note, no work)"
    )


YEAR_AFTER_NAMES = """\
## Conference
* Ann Lee and Bo N. Chan. 2020. <b>Fine-grained Widget Forecasting with Graph Attention</b>. In Proceedings of The Web Conference 2020, 88–98. [Link](https://dl.acm.org/doi/10.1145/3366423.3380001)

* Cy Dee, Di Eng, and Fay Gee. 2019. <b>Widget Flow Prediction via Spatial Gadget Networks</b>. In Proceedings of WWW. [Link](https://dl.acm.org/doi/10.1145/3366423.3380002)
"""


def test_a_year_between_the_names_and_the_bold_title_leaves_the_title_alone() -> None:
    entries = [(e.entry.title, e.entry.authors) for e in _read(YEAR_AFTER_NAMES).entries]
    assert entries == [
        ("Fine-grained Widget Forecasting with Graph Attention", ["Ann Lee", "Bo N. Chan"]),
        ("Widget Flow Prediction via Spatial Gadget Networks", ["Cy Dee", "Di Eng", "Fay Gee"]),
    ]


MIXED_PARAGRAPHS = """\
## Methods

**Widget nets for gene expression** [[github](https://github.com/someone/widgetnet)][[paper](http://journals.example.org/widgetnet)]

[Gadget Models for Protein Folding](https://arxiv.org/abs/1701.00031) - ICML 2017

A toolbox for gadgets, described in a [blog post](http://blog.example.org/gadgets).
"""


def test_a_title_link_paragraph_below_a_bold_title_work_is_a_work_not_its_description() -> None:
    result = _read(MIXED_PARAGRAPHS)
    assert [e.entry.line for e in result.entries] == [3, 5]
