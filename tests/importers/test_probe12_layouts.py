# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in lists of session 12 nobody here had seen (probe12): a list's own prose that
reads like a work (a sentence that runs through its link; a feature bullet with a bold sentence
lead). Each list is a few lines of our own, invented titles and addresses."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[str | None]:
    return [e.entry.title for e in result.entries]


def _reasons(result: ImportResult) -> dict[int, str]:
    return {s.line: s.reason for s in result.skipped}


# A sentence of the list's own that cites a work in its middle: it needs its link to go on (``on``,
# ``from``, ``in``), is said as a sentence (``Based on``, ``The … was``, ``are referenced``), and
# goes on after the link. Paragraphs and bullets, English prose of several kinds.
SENTENCES = """\
# Widget Models

## Papers

- [Widget Transformers at Scale](https://arxiv.org/abs/2101.00002) - Ann Lee, Bo Chan. ICLR 2022.
- [Sparse Gadget Networks](https://arxiv.org/abs/2101.00003) - Cy Dee. NeurIPS 2021.

## Benchmarks

Based on [Lee & Chan (2022)](https://arxiv.org/abs/2101.00002), widget benchmarks should measure three things:

- [WidgetBench](https://github.com/ann/widgetbench) - a benchmark of 40 widget tasks.

## Statistics

- The longest abstract was from [Gadget Folding Revisited](https://example.org/poster/101), which has 412 words.
- The shortest abstract was from [Tiny Widgets](https://example.org/poster/102), which has 31 words.

## Further reading

The following works are cited in [Dee et al. (2023)](https://arxiv.org/abs/2301.00009) as the roots of widget learning:

- [Widget Roots](https://arxiv.org/abs/1901.00001) - Fa Gu. ICML 2019.
"""


def test_a_sentence_that_runs_through_its_link_is_no_work() -> None:
    result = _read(SENTENCES)
    assert _titles(result) == [
        "Widget Transformers at Scale",
        "Sparse Gadget Networks",
        "WidgetBench",
        "Widget Roots",
    ]
    reasons = _reasons(result)
    for line in (10, 16, 17, 21):
        assert reasons[line].startswith("a sentence that runs through its link"), line


# Works written with words before their link stay works: a name that ends on ``from``/``of``
# before the paper it comes from (a date after it, or nothing), an implementation of a paper with
# a description after a dash, a sentence that ends on its link.
WORKS_BEFORE_LINKS = """\
# Widget Metrics

## Metrics

+ Widget Error Rate (WER) from [Measuring Widgets Robustly](https://openreview.net/forum?id=Abc123) (2024-03-04)
+ Gadget Path Length from [A Style-Based Gadget Generator](https://arxiv.org/abs/1812.04948)

## Code

- PyTorch implementation of [Sparse Gadget Networks](https://github.com/cy/sparse-gadgets) - fast, with pretrained weights
- C# wrapper around Widgetlib from [SharpWidget](https://github.com/fa/sharpwidget)
"""


def test_works_written_after_words_that_need_them_stay_works() -> None:
    result = _read(WORKS_BEFORE_LINKS)
    assert len(result.entries) == 4
    assert [len(e.entry.links) for e in result.entries] == [1, 1, 1, 1]


# A list's features told as bullets with a bold sentence lead: a venue word or a year in the prose
# made them read as linkless works. Bulleted and numbered, ``**Lead.**`` and ``**Lead**.``.
FEATURES = """\
# Awesome Widget Models

## Why this list?

- **Curated, not collected.** Every entry has a one-line reason for inclusion.
- **Primary sources first.** arXiv, conference pages and official code are preferred over blog posts.
- **Kept fresh**. The last pass was checked against arXiv on June 1, 2026, with new 2026 papers added.

**Two rules keep this list small:**

1. **2021 or later.** This is the modern era of widgets, after the transformer.
2. **Top venues only.** We take papers from NeurIPS, ICML and ICLR and a few journals.

## Papers

- [Widget Transformers at Scale](https://arxiv.org/abs/2101.00002) - Ann Lee, Bo Chan. ICLR 2022.
"""


def test_feature_bullets_with_a_bold_sentence_lead_are_no_works() -> None:
    result = _read(FEATURES)
    assert _titles(result) == ["Widget Transformers at Scale"]
    reasons = _reasons(result)
    assert reasons[6].startswith("a feature of the list told in a sentence")
    assert reasons[7].startswith("a feature of the list told in a sentence")
    assert reasons[11].startswith("a feature of the list told in a sentence")


# Linkless references with a bold title and a full stop stay works: their venue and year, or their
# authors, follow the lead (no sentence of five words or more).
LINKLESS_REFERENCES = """\
# Classic Widget Papers

## Before 2015

- **Learning to Fold Widgets.** CVPR 2012.
- **A Theory of Gadget Assembly.** Ann Lee, Bo Chan, Cy Dee. NeurIPS 2013.
- **Widget Nets.** J. Widget Research, 2014.
"""


def test_linkless_references_with_a_bold_title_stay_works() -> None:
    assert _titles(_read(LINKLESS_REFERENCES)) == [
        "Learning to Fold Widgets",
        "A Theory of Gadget Assembly",
        "Widget Nets",
    ]


# A work's author line written as a bullet of its own below it (not nested), as hand-written lists
# slip: after a bullet, after a paragraph link (a blank line between), names then a venue and a
# year, or names and a year.
SIBLING_AUTHORS = """\
# Widget Feedback

## Methods

- [Widget Preference Optimization](https://arxiv.org/abs/2305.00001)
  - Ann Lee, Bo Chan. arXiv, 2023.
- [A Theory of Gadget Feedback](https://arxiv.org/abs/2310.00002)
- Cy Dee, Di Eng, Fa Gu, Gil van Hout. NeurIPS, 2023.
- [Gadget Rewards](https://arxiv.org/abs/2309.00003)
  - Ha Ito, Jo Kim. arXiv, 2023.

## Datasets

[WidgetFeedback: Preferences at Scale](https://arxiv.org/abs/2310.00004)

- Lu Ma, Mo Ng, Ny Oh. arXiv, 2023.

## Talks

- [Widgets from Zero to Hero](https://www.youtube.com/watch?v=abc123)
- Pat Quinn, Rae Stone, 2022.
"""


def test_an_author_line_written_as_a_bullet_below_its_work_is_its_authors() -> None:
    result = _read(SIBLING_AUTHORS)
    assert [(e.entry.title, list(e.entry.authors)) for e in result.entries] == [
        ("Widget Preference Optimization", ["Ann Lee", "Bo Chan"]),
        ("A Theory of Gadget Feedback", ["Cy Dee", "Di Eng", "Fa Gu", "Gil van Hout"]),
        ("Gadget Rewards", ["Ha Ito", "Jo Kim"]),
        ("WidgetFeedback: Preferences at Scale", ["Lu Ma", "Mo Ng", "Ny Oh"]),
        ("Widgets from Zero to Hero", ["Pat Quinn", "Rae Stone"]),
    ]
    assert [e.entry.year for e in result.entries][:2] == [2023, 2023]


# What follows a work as a bullet of its own and is no author line of it stays what it is: a
# linkless work by authors (a title after the names), a line of tools, a translation, a sentence.
NOT_AUTHOR_LINES = """\
# Widget Tools

## Papers

- [Widget Nets](https://arxiv.org/abs/2101.00001)
- Ann Lee, Bo Chan. Gadget Nets Revisited. NeurIPS 2023.

## Tools

- [WidgetKit](https://github.com/ann/widgetkit) - a widget toolkit.
- Python, PyTorch, TensorFlow
- [GadgetKit](https://github.com/bo/gadgetkit)
- 一个基于WidgetKit构建的、可编写脚本的工具包（Widgets, Gadgets）
"""


def test_bullets_below_a_work_that_are_no_author_line_stay_apart() -> None:
    result = _read(NOT_AUTHOR_LINES)
    titles = _titles(result)
    assert titles[:2] == ["Widget Nets", "Gadget Nets Revisited"]
    assert [list(e.entry.authors) for e in result.entries[:2]] == [[], ["Ann Lee", "Bo Chan"]]
    assert all(not e.entry.authors for e in result.entries[2:])


# The introduction naming the list's own paper as the repository's reason to be: no entry (the
# list lists its paper among its works if it wants it read). Two wordings.
OWN_PAPER_INTRO = """\
# Awesome Widget Docking

This is the official repository for the review article *"Modeling Widget Docking in the Era of Deep Learning"* published in *Widget Reviews*. [[link]](https://doi.org/10.1234/widget.5678). We curate papers and tools.

This list accompanies the survey **Gadget Learning: A Review** by Ann Lee and Bo Chan ([arXiv](https://arxiv.org/abs/2501.00001)).

## Docking

| Name | Paper Title | Year | Venue | Resources |
| --- | --- | --- | --- | --- |
| WidgetDock | WidgetDock: docking widgets with diffusion | 2024 | ICLR | [[code]](https://github.com/ann/widgetdock) |
"""


def test_an_introduction_naming_the_lists_own_paper_is_no_entry() -> None:
    result = _read(OWN_PAPER_INTRO)
    assert _titles(result) == ["WidgetDock: docking widgets with diffusion"]
    assert {3, 5} <= set(_reasons(result))
