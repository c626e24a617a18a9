# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a ninth (development) set of public lists (issue 12), each written here in a few
lines of our own: list items whose content is a heading; a paper's URL in square brackets after a
short name; a table of datasets named by its Dataset column."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[int, str | None, int | None]]:
    return [(e.entry.line, e.entry.title, e.entry.year) for e in result.entries]


def _titles(text: str) -> list[str]:
    return [e.entry.title for e in _read(text).entries]


HEADING_ITEMS = """\
# Most-read Widget Papers
1. ### [Semi-Supervised Widget Classification with Gadgets](https://example.org/widgets/gcn/README.md)
1. ### [Inductive Widget Learning on Large Gadgets](https://arxiv.org/abs/1706.00216)
1. ### [Widget Attention Networks](https://example.org/widgets/gat/README.md)

# Surveys
- ## 2020
   * ### [Deep Widgets on Gadgets: A Survey](https://example.org/surveys/dwg/README.md)
   * ### [Adversarial Widgets on Gadget Data: A Survey](https://arxiv.org/abs/2003.00653)
- ## 2019
   * ### [Widget Networks: A Comprehensive Review](https://example.org/surveys/wn/README.md)
"""


def test_list_items_whose_content_is_a_heading_are_entries() -> None:
    result = _read(HEADING_ITEMS)
    assert _found(result) == [
        (2, "Semi-Supervised Widget Classification with Gadgets", None),
        (3, "Inductive Widget Learning on Large Gadgets", 2017),
        (4, "Widget Attention Networks", None),
        (8, "Deep Widgets on Gadgets: A Survey", 2020),
        (9, "Adversarial Widgets on Gadget Data: A Survey", 2020),
        (11, "Widget Networks: A Comprehensive Review", 2019),
    ]
    links = [[link.url for link in e.entry.links] for e in result.entries]
    assert links[0] == ["https://example.org/widgets/gcn/README.md"]


BRACKETED_URLS = """\
### Widget segmentation
- W-Net [https://arxiv.org/pdf/1505.01234.pdf] [2015]
	+ https://github.com/ann/wnet [Keras][![GitHub stars](https://img.shields.io/github/stars/ann/wnet.svg)](https://github.com/ann/wnet)
	+ https://widgets.example.edu/people/bo/w-net/ [Caffe + Matlab]
- GadgetNet [http://www.example.edu/~cy/pdfs/gadgetnet17.pdf] [?]
	+ https://github.com/cy/gadgetnet [PyTorch]
- PSWNet [https://arxiv.org/pdf/1612.05678.pdf,https://dee.github.io/projects/pswnet/] [2017]
	+ https://github.com/dee/pswnet [Caffe]
"""


def test_a_url_in_square_brackets_after_a_short_name_is_the_papers_link() -> None:
    result = _read(BRACKETED_URLS)
    found = [(e.kind, e.entry.title, e.entry.year) for e in result.entries]
    assert found == [
        ("paper", "W-Net", 2015),
        ("paper", "GadgetNet", None),
        ("paper", "PSWNet", 2017),
    ]
    links = [{link.url: str(link.kind) for link in e.entry.links} for e in result.entries]
    assert links[0]["https://arxiv.org/pdf/1505.01234.pdf"] == "pdf"
    assert links[0]["https://github.com/ann/wnet"] == "code"
    assert "https://widgets.example.edu/people/bo/w-net/" in links[0]
    assert links[1]["http://www.example.edu/~cy/pdfs/gadgetnet17.pdf"] == "pdf"
    assert links[2] == {
        "https://arxiv.org/pdf/1612.05678.pdf": "pdf",
        "https://dee.github.io/projects/pswnet/": "project",
        "https://github.com/dee/pswnet": "code",
    }
    assert result.entries[0].entry.identifiers.arxiv == "1505.01234"
    # ``https://github.com/… [Keras]``: the framework names the link, it is no summary.
    assert [e.entry.summary for e in result.entries] == [None, None, None]


DATASET_TABLE = """\
#### Whole Gadget
| Dataset | Description | Official Website | Release Date | Challenge |
|:--|:--|:--|:--|:--|
| [WG-ORG](./resources/WG-ORG.md) | 3D CT, 140 Cases, 6 Categories of Widget Segmentation | [Github](https://github.com/ann/wg-org) | 2020 | - |
| [AutoWidget](./resources/AutoWidget.md) | 3D PET-CT, 1214 Cases, 1 Category of Widget Tumour Segmentation | [Grand Challenge](https://autowidget.example.org/), [Grand Challenge](https://autowidget-ii.example.org/) | 2022-04 | MICCAI'2022 |
| [Widget Atlas V2](./resources/WidgetAtlas.md) | 3D MR, 298 Cases, 56 Categories of Gadget Segmentation | [Project Homepage](https://osf.example.org/abcde/) | 2023 | - |
"""


def test_a_dataset_tables_name_column_names_the_work() -> None:
    result = _read(DATASET_TABLE)
    found = [(e.entry.title, e.entry.year) for e in result.entries]
    assert found == [("WG-ORG", 2020), ("AutoWidget", 2022), ("Widget Atlas V2", 2023)]
    assert [link.url for link in result.entries[1].entry.links] == [
        "https://autowidget.example.org/",
        "https://autowidget-ii.example.org/",
    ]


BY_AUTHORS = """\
## Papers
1. Widget Matrix Factorisation for Gadget-Aware Recommendation by Ann Lee, Bo Chan, Cy Dee, RecSys 2016.<br>
Source: http://widgets.example.edu/~ann/WMF/, Code: https://github.com/ann/WMF
2. A Neural Autoregressive Approach to Widget Filtering by Di Eng et all.<br>
Source: http://proceedings.mlr.press/v48/eng16.pdf
3. Recurrent Widget Networks for Dynamic Recommenders by Eve-Li Fu. ACML 2016 <br>
Source: http://proceedings.mlr.press/v63/fu101.pdf
4. Deep content-based gadget recommendation by Flo van der Gee. <br>
Source: https://papers.nips.cc/paper/5004-deep-content-based-gadget-recommendation.pdf
5. Hybrid Widget Filtering with Neural Networks by Hu
Source: https://arxiv.org/pdf/1606.01234.pdf
6. WIDGET-AWARE COLLABORATIVE RECOMMENDATION USING PRE-TRAINED NETWORKS. <br>
Source: http://ismir.example.org/articles/290_Paper.pdf
7. Learning by Watching Widgets Move by Ida Jo. <br>
Source: https://arxiv.org/abs/1704.01234
"""


def test_a_list_that_writes_title_by_authors_leaves_the_authors_out_of_the_title() -> None:
    result = _read(BY_AUTHORS)
    assert [e.entry.title for e in result.entries] == [
        "Widget Matrix Factorisation for Gadget-Aware Recommendation",
        "A Neural Autoregressive Approach to Widget Filtering",
        "Recurrent Widget Networks for Dynamic Recommenders",
        "Deep content-based gadget recommendation",
        "Hybrid Widget Filtering with Neural Networks",
        "WIDGET-AWARE COLLABORATIVE RECOMMENDATION USING PRE-TRAINED NETWORKS",
        "Learning by Watching Widgets Move",
    ]
    assert result.entries[2].entry.venue == "ACML"
    # ``Source: http://…`` below the title is the label of a link, no author and no summary.
    assert not any("Source" in f"{e.entry.summary} {e.entry.authors}" for e in result.entries)
    assert [link.url for link in result.entries[4].entry.links] == [
        "https://arxiv.org/pdf/1606.01234.pdf"
    ]


def test_by_in_a_title_stays_where_the_list_does_not_write_authors_so() -> None:
    text = """\
- Distilling Small Widgets by Mimicking Gadgets [[paper]](https://arxiv.org/abs/2001.00001)
- Learning by Watching Widgets [[paper]](https://arxiv.org/abs/2001.00002)
- Widget Priors for Vision [[paper]](https://arxiv.org/abs/2001.00003)
"""
    assert _titles(text) == [
        "Distilling Small Widgets by Mimicking Gadgets",
        "Learning by Watching Widgets",
        "Widget Priors for Vision",
    ]


NAME_BEFORE_BOLD = """\
### Widget-style Language Models
- WG-3 **"Language Widgets are Few-Shot Learners"**. NeurIPS 2020. [[Paper](https://arxiv.org/abs/2005.01234)]
- chinwidget **"Training Compute-Optimal Widget Models"**. *Ann Lee et al.* arXiv 2022. [[Paper](https://arxiv.org/abs/2203.01234)]
- DistilWidget **DistilWidget, a distilled version of Widget: smaller, faster, cheaper and lighter**, 2019, [Paper](https://arxiv.org/abs/1910.01234)
- Use **widget priors** to train small gadgets [Paper](https://arxiv.org/abs/2102.01234)
"""


def test_a_models_name_before_a_bold_title_is_its_alias() -> None:
    found = [(e.entry.title, e.entry.alias) for e in _read(NAME_BEFORE_BOLD).entries]
    assert found == [
        ("Language Widgets are Few-Shot Learners", "WG-3"),
        ("Training Compute-Optimal Widget Models", "chinwidget"),
        (
            "DistilWidget, a distilled version of Widget: smaller, faster, cheaper and lighter",
            "DistilWidget",
        ),
        ("Use widget priors to train small gadgets", None),
    ]


PARAGRAPHS = """\
# Reading List for Widget Learning

## Recent Content

[Widget Intelligence in Gadgets](https://widget-intelligence.github.io/) @ ICRA 2021

## Surveys

[A Survey of Socially Interactive Widgets](https://www.cs.example.edu/~ann/PAPERS/widgetsurvey.pdf), 2003

[Widget Representation Learning: A Survey](https://ieeexplore.ieee.org/abstract/document/8712345), arXiv 2019

[Learning Transferable Widget Models From Gadget Supervision](https://cdn.example.com/papers/widgets.pdf), arXiv 2020 [[blog]](https://example.com/blog/widgets/) [[code]](https://github.com/ann/widgets)

[Multimodal Learning with Deep Widget Machines](https://dl.acm.org/citation.cfm?id=2691234), JMLR 2014

See also [our Widget Course](https://widgets.example.edu/course/), Fall 2020
"""


def test_a_paragraph_that_is_a_title_link_a_venue_and_a_year_is_an_entry() -> None:
    result = _read(PARAGRAPHS)
    assert _found(result) == [
        (9, "A Survey of Socially Interactive Widgets", 2003),
        (11, "Widget Representation Learning: A Survey", 2019),
        (13, "Learning Transferable Widget Models From Gadget Supervision", 2020),
        (15, "Multimodal Learning with Deep Widget Machines", 2014),
    ]
    assert len(result.entries[2].entry.links) == 3


TALKS_AND_COURSES = """\
## Papers

 - A. Lee, B. Chan, and C. Dee, **Incentivizing Widgets In Gadget Learning**, Arxiv, 2015. [arxiv](http://arxiv.org/abs/1507.01234)
 - E. Fu, *[Representation Learning with Contrastive Widget Coding].(https://arxiv.org/abs/1807.01234)*, Arxiv, 2018.

## Talks/Slides

 - D. Eng, **Deep Widget Learning**, ICLR 2015, 2015. [video1](https://www.youtube.com/watch?v=abcdefghijk) [video2](https://www.youtube.com/watch?v=bcdefghijkl)

## Courses

 - [WG 294 Deep Widget Learning, Fall 2015](http://widgets.example.edu/course/)
"""


def test_one_name_with_initials_before_a_bold_title_and_a_broken_link_and_a_course_term() -> None:
    entries = [e.entry for e in _read(TALKS_AND_COURSES).entries]
    assert [(e.title, e.authors) for e in entries] == [
        ("Incentivizing Widgets In Gadget Learning", ["A. Lee", "B. Chan", "C. Dee"]),
        ("Representation Learning with Contrastive Widget Coding", ["E. Fu"]),
        ("Deep Widget Learning", ["D. Eng"]),
        ("WG 294 Deep Widget Learning, Fall 2015", []),
    ]
    assert entries[3].venue is None  # a course's term is no venue
    # ``ICLR 2015, 2015``: the venue may repeat the year; ``[video1]`` names a link, no summary.
    assert (entries[2].venue, entries[2].year, entries[2].summary) == ("ICLR", 2015, None)


POINTER_SECTIONS = """\
# Widget Reading List

## Recent Content

Widget Lab's work on [WidgetVL](https://widgets.example.com/blog/widgetvl/): [blog](https://widgets.example.com/blog/widgetvl/), [paper](https://arxiv.org/abs/2101.01234).

## Related Resources
* Widget models on gadgets: A comprehensive survey [[paper](https://arxiv.org/pdf/2312.01234)]
* [Awesome-Widgets](https://github.com/ann/awesome-widgets)

## Papers
* WidgetNet: Widgets as Gadgets [[paper](https://arxiv.org/pdf/2401.01234)]
"""


def test_a_paper_under_related_resources_is_a_work_and_recent_content_is_news() -> None:
    result = _read(POINTER_SECTIONS)
    assert [(e.entry.line, e.entry.title) for e in result.entries] == [
        (8, "Widget models on gadgets: A comprehensive survey"),
        (12, "WidgetNet: Widgets as Gadgets"),
    ]
    assert {s.line for s in result.skipped} >= {5, 9}


VENUE_GROUPS_FIRST = """\
## Widgets as Prefix
- (SIGIR'2024) WidgetGPT: Widget Instruction Tuning for Gadgets [[paper](https://arxiv.org/abs/2310.01234)]
- (arxiv'2023) WidgetLLM: Boosting widget reasoning [[paper](https://arxiv.org/abs/2310.02234)]
- (Computers in Widgets and Gadget Studies) WG-Mol: A multi-modal widget model for gadget science [[paper](https://arxiv.org/abs/2308.01234)]
- (EMNLP'2023) WidgetCA: Widget-language modeling [[paper](https://arxiv.org/abs/2310.03234)]
"""


def test_a_list_that_puts_venues_in_brackets_first_puts_a_journal_there_too() -> None:
    assert _titles(VENUE_GROUPS_FIRST) == [
        "WidgetGPT: Widget Instruction Tuning for Gadgets",
        "WidgetLLM: Boosting widget reasoning",
        "WG-Mol: A multi-modal widget model for gadget science",
        "WidgetCA: Widget-language modeling",
    ]
