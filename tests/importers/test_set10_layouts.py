# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a tenth (development) set of public lists (issue 12), each written here in a few
lines of our own: a date and a venue written before the title link; directories of venues and of
people."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


DATE_FIRST = """\
## 2019
- 20190312 arXiv [Widget Transfer for Gadget Domains](https://arxiv.org/abs/1903.00101)
	- English: Transfer widgets across gadgets
- 20190301 ICML-19 一篇用小部件做迁移的文章：[Learning to Widget](https://arxiv.org/abs/1903.00202)
- 20180524 arXiv 与之前的 learning to learning 类似，这里提供了一个 learning to widget 框架：[Learning to Multiwidget](https://arxiv.org/abs/1805.00303)
"""


def test_a_date_and_a_venue_before_the_title_link_are_no_title() -> None:
    titles = [e.entry.title for e in _read(DATE_FIRST).entries]
    assert titles == [
        "Widget Transfer for Gadget Domains",
        "Learning to Widget",
        "Learning to Multiwidget",
    ]


DIRECTORIES = """\
## 1. Books
* [Widget Systems: The Textbook](https://example.org/widget-textbook.pdf) (2016, Ann Lee)

## 2. Conferences
* [AAAI](https://www.aaai.org/) (AAAI Conference on Artificial Intelligence)
* [ICML](https://icml.cc/) (International Conference on Machine Learning)

## 3. Researchers
* [Bo Chan](http://cs.example.edu/~bchan/) (University of Somewhere)
* [Cy D. Dee](https://www.example.org/people/cdee) (Widget Lab)

## 4. Papers
* [Deep Widgets](https://www.example.org/deep-widgets) (Lab X)
* [Widget Priors for Vision](https://arxiv.org/abs/2303.00505) (2023, Di Eng)
"""


def test_items_of_venue_and_people_directories_are_no_works() -> None:
    result = _read(DIRECTORIES)
    assert [e.entry.line for e in result.entries] == [2, 13, 14]
    reasons = {s.line: s.reason for s in result.skipped}
    assert reasons[5] == reasons[6] == "a venue's page (a list of venues)"
    assert reasons[9] == reasons[10] == "a person's page (a list of people)"


WORKSHOP_VENUE = """\
## Quantization
- WidgetQuant: Cheap Widget Quantization for LLMs, <ins>NeurIPS-WOW, 2023</ins> [[Paper](https://arxiv.org/abs/2308.00101)]
- TinyWidget: Small Widgets at Speed, <ins>ICLR, 2023</ins> [[Paper](https://arxiv.org/abs/2308.00202)]
"""


def test_a_known_venues_workshop_written_with_a_dash_is_no_part_of_the_title() -> None:
    found = [(e.entry.title, e.entry.year) for e in _read(WORKSHOP_VENUE).entries]
    assert found == [
        ("WidgetQuant: Cheap Widget Quantization for LLMs", 2023),
        ("TinyWidget: Small Widgets at Speed", 2023),
    ]


PDF_IN_A_PAPER_LIST = """\
## 5. Papers
* [A Survey of Widget Filtering](https://github.com/ann/Widget-Papers/raw/master/Survey/A%20Survey%20of%20Widget%20Filtering.pdf) (2014, Bo Chan)
* [Widget-Papers](https://github.com/ann/Widget-Papers) (a list of widget papers)
"""


def test_a_pdf_kept_in_a_repository_of_papers_is_a_paper_not_another_list() -> None:
    result = _read(PDF_IN_A_PAPER_LIST)
    assert [e.entry.title for e in result.entries] == ["A Survey of Widget Filtering"]
    assert {s.line: s.reason for s in result.skipped}[3] == "another awesome list"


CHINESE_SECTIONS = """\
# Awesome widget papers

- Introduction:
    - A `*` after a title marks papers read by [me](https://github.com/ann).
- 介绍：
    - 论文标题后的`*`号表示[我](https://github.com/ann)仔细读过。
    - 如果 [Papers With Code](https://paperswithcode.com/) 上有代码，则给出链接。

## 目录
- [普通小部件](#普通小部件)

### 普通小部件
- [Widget Transfer for Gadgets](https://arxiv.org/abs/1903.00101), ICML 2019
"""


def test_introduction_and_contents_named_in_chinese_hold_no_works_but_cover_only_their_lines() -> (
    None
):
    result = _read(CHINESE_SECTIONS)
    assert [e.entry.line for e in result.entries] == [13]


MORE_DIRECTORIES = """\
## Conferences
* [WIDGETCONF](http://widgetconf.acm.org) (ACM Conference on Computer-Supported Widget Work)

## Researchers
* [Ann P. Lee](https://www.cs.example.edu/APLee) (University of Illinois at Chicago)
* [Bo V.S. Chan](https://www.cs.example.edu/~bo/) (University of British Columbia)
"""


def test_a_venue_unknown_to_the_lexicon_and_people_with_initials_are_directory_items() -> None:
    result = _read(MORE_DIRECTORIES)
    assert result.entries == []
    reasons = {s.line: s.reason for s in result.skipped}
    assert reasons[2] == "a venue's page (a list of venues)"
    assert reasons[5] == reasons[6] == "a person's page (a list of people)"
