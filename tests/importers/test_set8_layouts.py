# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on an eighth set of public lists (issue 12), each written here in a few lines of our
own: ``<details>`` blocks whose ``<summary>`` names one work over its abstract and notes."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


FOLDED_ENTRIES = """\
# Model safety

## Attacks

<details><summary>Fooling Models With Widgets: A Study (2023) [<a href="https://arxiv.org/abs/2301.00101">Paper</a>] ⭐ 💸</summary>


“We fool models with widgets, and show that widgets are everywhere.”

</details>

<details><summary>Sneaky Inputs for Chat Apps (2024) [<a href="https://arxiv.org/abs/2402.00202">Paper</a>] [<a href="https://github.com/ann-lee/sneaky">Code</a>]</summary>

- Found 16 weak apps out of 51 (e.g., FooChain, BarIndex).
- Some need a jailbreak; some do not.

```python
prompt = "ignore the above"
```

</details>

<details><summary><b>1.1 Widget Attacks</b></summary>

- [Widgets Considered Harmful](https://arxiv.org/abs/2303.00303), 2023

</details>
"""


def test_a_summary_that_names_a_work_is_one_entry_over_what_it_folds() -> None:
    result = _read(FOLDED_ENTRIES)
    found = [(e.entry.line, e.entry.title, e.entry.year) for e in result.entries]
    assert found == [
        (5, "Fooling Models With Widgets: A Study", 2023),
        (12, "Sneaky Inputs for Chat Apps", 2024),
        # A summary that names no work is a section for what it folds.
        (25, "Widgets Considered Harmful", 2023),
    ]
    sneaky = result.entries[1].entry
    assert [x.url for x in sneaky.links] == [
        "https://arxiv.org/abs/2402.00202",
        "https://github.com/ann-lee/sneaky",
    ]
    assert sneaky.end_line is not None and sneaky.end_line >= 19
    assert result.entries[2].entry.section[-1] == "1.1 Widget Attacks"
    assert not any(s.line in (8, 14, 15) for s in result.skipped)


NAME_OVER_TITLE = """\
# Graph embedding

- **RAGAL**
  - RAGAL: Representation Alignment for Graphs. International Conference on Graph Things, CIGT'18
  - [[arxiv]](https://arxiv.org/pdf/1802.00101.pdf)
  - [[code]](https://github.com/ann-lee/ragal)
- **WaveNN**
  - Graph Ripple Neural Network, ICLR'19
  - [[paper]](https://openreview.net/forum?id=abc123)
- **Hoplets**
  - Don't Hop, Leap! Learning Multi-scale Node Embeddings
  - [[paper]](https://arxiv.org/pdf/1605.00202.pdf)
- **Tree2vec (MLGWorkshop 2017)**
  - Ann Lee, Bo Chan, Cy Dee, and Di Eng
  - [[Paper]](https://arxiv.org/abs/1707.00303)
- **Trained Ternary Widgets**
  - Ed Fox, Fay Gold, Hal Ives
  - ICLR 2017
  - [[Paper]](https://arxiv.org/abs/1612.00404)
- **Distillery**
  - A python package for distilling neural networks into small ones
  - [[code]](https://github.com/ian-jay/distillery)
"""


def test_a_bold_name_over_a_nested_title_line_is_the_alias() -> None:
    entries = [e.entry for e in _read(NAME_OVER_TITLE).entries]
    assert [(e.title, e.alias) for e in entries[:3]] == [
        ("RAGAL: Representation Alignment for Graphs", "RAGAL"),
        ("Graph Ripple Neural Network", "WaveNN"),
        ("Don't Hop, Leap! Learning Multi-scale Node Embeddings", "Hoplets"),
    ]
    assert (entries[1].venue, entries[1].year) == ("ICLR", 2019)
    assert [x.url for x in entries[0].links] == [
        "https://arxiv.org/pdf/1802.00101.pdf",
        "https://github.com/ann-lee/ragal",
    ]
    # A line of names, or a sentence describing code, below a bold title is no title.
    assert entries[3].title.startswith("Tree2vec")
    assert entries[3].authors == ["Ann Lee", "Bo Chan", "Cy Dee", "Di Eng"]
    assert entries[4].title == "Trained Ternary Widgets"
    assert entries[5].title == "Distillery"


EMPHASISED_LABELS = """\
## Text-to-Widget Generation
- **Year 2024**
  - **CVPR**
    - ***FooDiff:*** Training-free Foo Generation at Any Size [[Paper]](https://arxiv.org/pdf/2401.00101.pdf) [[Code]](https://github.com/ann-lee/foodiff)
    - Learning Continuous Widgets for Generation [[Paper]](https://arxiv.org/pdf/2401.00202.pdf)
    - ***Tailored Widgets:*** Enhancing Widget Generation with Rewritten Prompts [[Paper]](https://arxiv.org/pdf/2401.00303.pdf)
    - ***Widget Cascade*** [[Blog]](https://example.org/blog/cascade) [[Code]](https://github.com/bo-chan/cascade)
    - ***Big Widget Models:*** [[Paper]](https://arxiv.org/pdf/2401.00404.pdf)
"""


def test_a_short_emphasised_name_with_its_colon_inside_is_the_alias() -> None:
    entries = [e.entry for e in _read(EMPHASISED_LABELS).entries]
    assert [(e.title, e.alias) for e in entries] == [
        ("Training-free Foo Generation at Any Size", "FooDiff"),
        ("Learning Continuous Widgets for Generation", None),
        ("Enhancing Widget Generation with Rewritten Prompts", "Tailored Widgets"),
        # Only links after the name: the name is the title.
        ("Widget Cascade", None),
        ("Big Widget Models", None),
    ]


PLACEHOLDERS = """\
## Widgets
- Cool Widgets in Practice [[Paper]](https://arxiv.org/abs/2101.00101)
- Cooler Widgets in Practice [[Paper]](https://arxiv.org/abs/2101.00102) [[Code]](https://github.com/ann-lee/cooler)
- ⚠️ On the Scale of Widget Generation [Paper]
- Widget Generation for Everyone [Paper] [Code]
- Coolest Widgets in Practice [[Paper]](https://arxiv.org/abs/2101.00103)
- Widget Rankings [[Paper]](https://arxiv.org/abs/2101.00104)
"""


def test_a_role_label_in_brackets_without_an_address_is_no_title_word() -> None:
    found = {e.entry.line: e.entry for e in _read(PLACEHOLDERS).entries}
    assert found[4].title == "On the Scale of Widget Generation"
    assert found[5].title == "Widget Generation for Everyone"
    assert found[4].links == [] and found[5].links == []


NEWS_AND_CHORES = """\
# Widget generation studies

Recent news of this repo are listed as follows.
<details> <summary> Click to see more information. </summary>

- [Mar. 28th] The official **WCV 2024** paper list is released! PDFs are updated accordingly.
- [Mar. 7th] All available **WCV and ICWR 2024 papers** are updated.

</details>

<details><summary><b>Survey Paper Update Logs</b></summary>

<ul>
  <li><b>2023.06.29 - Paper v2 released</b>: 7 papers have been newly added.</li>
  <li><b>2023.06.09 - Paper v1 released</b>: Initial version.</li>
</ul>

</details>

# To-Do Lists
- Published Papers on Conferences
  - [x] Update WCV 2024 Papers
  - [ ] Update ICWR 2023 Papers

# Papers
- [2023.05] [Widgets at Scale](https://arxiv.org/abs/2305.00101), WCV 2023
- [Jan. 3rd] Widgets Are Released Early [[Paper]](https://arxiv.org/abs/2301.00202)
- [Learning Widgets from Feedback](https://arxiv.org/abs/2302.00303), ICWR 2023

## Contact & Feedback
- [pull request](https://github.com/ann-lee/widget-studies/pulls)
"""


def test_news_items_update_logs_to_do_lists_and_contact_sections_are_no_entries() -> None:
    result = _read(NEWS_AND_CHORES)
    found = [(e.entry.line, e.entry.title) for e in result.entries]
    assert found == [
        (26, "Widgets at Scale"),
        # A dated item that links a paper is a work, whatever it says.
        (27, "Widgets Are Released Early"),
        (28, "Learning Widgets from Feedback"),
    ]
    reasons = {s.line: s.reason for s in result.skipped}
    assert reasons[6] == reasons[7] == "news (a date and what happened)"


TITLE_COLUMN = """\
| **Title** | **Repo** | **Paper** |
|-----------|:--------:|:---------:|
| Reinforce Widgets, Multiply Gains: Better Models with Widget Reinforcement | [![GitHub](https://img.shields.io/github/stars/ann/widgets?style=flat)](https://github.com/ann/widgets) | [![arXiv](https://img.shields.io/badge/arXiv-2303.00101-b31b1b.svg)](https://arxiv.org/abs/2303.00101) |
| Small Widgets at Speed | :heavy_minus_sign: | [![arXiv](https://img.shields.io/badge/arXiv-2303.00202-b31b1b.svg)](https://arxiv.org/abs/2303.00202) |
"""

NAMES_FIRST = """\
- Ann Lee, Algorithms for Widget Learning [[Book]](https://example.org/widgets-book.pdf)
"""


def test_a_title_column_cell_is_the_whole_title_no_names_first() -> None:
    titles = [e.entry.title for e in _read(TITLE_COLUMN).entries]
    assert titles == [
        "Reinforce Widgets, Multiply Gains: Better Models with Widget Reinforcement",
        "Small Widgets at Speed",
    ]
    # Outside a title column, a name before the title is still its author.
    (book,) = [e.entry for e in _read(NAMES_FIRST).entries]
    assert (book.title, book.authors) == ("Algorithms for Widget Learning", ["Ann Lee"])


QUESTION_TITLE = """\
| **Name** | **Paper** | **Publication** | **Link** |
|:---:|:---|:---:|:---:|
| WidgetRec | Do Widgets Understand User Tastes? Evaluating Widgets On User Rating Prediction | Arxiv 2023 | [[Link]](https://arxiv.org/abs/2305.00101) |
| TabWidget | TabWidget: Few-shot Classification of Tables with Widgets | AISTATS 2023 | [[Link]](https://arxiv.org/abs/2210.00202) |
"""


def test_five_capitalised_words_without_an_initial_or_particle_are_no_persons_name() -> None:
    titles = [e.entry.title for e in _read(QUESTION_TITLE).entries]
    assert (
        titles[0]
        == "Do Widgets Understand User Tastes? Evaluating Widgets On User Rating Prediction"
    )


PAGE_BADGE = """\
| **Title** | **Repo** | **Paper** |
|-----------|:--------:|:---------:|
| Eventful Widgets: Skipping Work in Widget Models | [![WEB Page](https://img.shields.io/badge/WEB-Page-159957.svg)](https://lab.example.org/project/eventful-widgets/) <br /> [![GitHub](https://img.shields.io/github/stars/ann/eventful?style=flat)](https://github.com/ann/eventful) | [![arXiv](https://img.shields.io/badge/arXiv-2308.00101-b31b1b.svg)](https://arxiv.org/abs/2308.00101) |
| Small Widgets at Speed | [![License](https://img.shields.io/badge/license-MIT-blue.svg)](https://example.org/license) | [![arXiv](https://img.shields.io/badge/arXiv-2303.00202-b31b1b.svg)](https://arxiv.org/abs/2303.00202) |
"""


def test_a_badge_that_names_a_web_page_is_that_pages_link() -> None:
    first, second = (e.entry for e in _read(PAGE_BADGE).entries)
    assert [(x.kind, x.url) for x in first.links] == [
        (LinkKind.PROJECT, "https://lab.example.org/project/eventful-widgets/"),
        (LinkKind.CODE, "https://github.com/ann/eventful"),
        (LinkKind.ARXIV, "https://arxiv.org/abs/2308.00101"),
    ]
    # A licence badge stays decoration.
    assert [x.url for x in second.links] == ["https://arxiv.org/abs/2303.00202"]


TITLE_OVER_BYLINE = """\
# Widget learning

## Papers
- [Widgets for Words](https://arxiv.org/abs/1501.00101), Ann Lee, 2015
- [Words for Widgets](https://arxiv.org/abs/1502.00202), Bo Chan, 2015
- [Widgets all the Way](https://arxiv.org/abs/1503.00303), Cy Dee, 2015

## Readings
[Deep Widget Processing](https://github.com/lab/widget-lectures)
 +lecture slides and course description for the widget course.

[A Primer on Widget Models for Language Processing](http://example.edu/~ann/primer.pdf)
Ann Lee. October 2015. A 75 page summary of the state of the art.
"""


def test_a_title_link_over_a_line_of_its_author_and_date_is_an_entry() -> None:
    found = [(e.entry.line, e.entry.title, e.entry.year) for e in _read(TITLE_OVER_BYLINE).entries]
    assert found[3:] == [(12, "A Primer on Widget Models for Language Processing", 2015)]
