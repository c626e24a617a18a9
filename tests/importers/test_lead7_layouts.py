# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in this session's lists, written here in our own words, each failing before its
rule: a venue in square brackets in front of every title, also a long one without a year; a
short name typed with two spaces before a title link; a paragraph of link lines, one work a
line, under a line that introduces them."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


BRACKETED_VENUES = """\
# Sprocket retrieval

- [**Foundations of Sprocket Studies in Retrieval**] Widget Retrieval Over Time. [[Paper](https://example.org/a)]
- [**Journal of Gadget Learning and Motivation'89**] Catastrophic Forgetting in Sprocket Networks. [[Paper](https://example.org/b)]
- [**ICML'23**] A Simple Baseline for Sprocket Retrieval. [[Paper](https://example.org/c)]
- [**SIGIR'24**] Continual Learning for Gadget Retrieval. [[Paper](https://example.org/d)]
"""


def test_a_long_bracketed_venue_in_a_list_that_brackets_its_venues_is_no_title() -> None:
    titles = [(e.entry.line, e.entry.title) for e in _read(BRACKETED_VENUES).entries]
    assert titles == [
        (3, "Widget Retrieval Over Time"),
        (4, "Catastrophic Forgetting in Sprocket Networks"),
        (5, "A Simple Baseline for Sprocket Retrieval"),
        (6, "Continual Learning for Gadget Retrieval"),
    ]


A_LONG_BRACKET_ALONE = """\
# Sprockets

- [Notes on the Long Road to Sprocket Learning] and other essays, by us. [blog](https://example.org/e)
- A Study of Gadgets. [[Paper](https://example.org/f)]
- Widgets at Scale. [[Paper](https://example.org/g)]
"""


def test_a_long_bracketed_text_stays_the_title_where_the_list_brackets_no_venues() -> None:
    # A guard on the rule above: only a list that brackets its venues loses such a text.
    first = _read(A_LONG_BRACKET_ALONE).entries[0].entry
    assert first.title == "Notes on the Long Road to Sprocket Learning"


DOUBLE_SPACED_NAME = """\
# Speech

- 🌟 CPC: [Representation Learning with Contrastive Predictive Coding](https://arxiv.org/abs/1807.03748) - *Aaron van den Oord, Yazhe Li, Oriol Vinyals*, `arXiv 2018`
- Self-Training  wav2vec 2.0: [Self-training and Pre-training are Complementary for Speech Recognition](https://arxiv.org/abs/2010.11430) - *Qiantong Xu et al.*, `ICASSP 2021`
"""


def test_a_short_name_typed_with_two_spaces_is_the_alias_not_the_title() -> None:
    second = _read(DOUBLE_SPACED_NAME).entries[1].entry
    assert second.title == "Self-training and Pre-training are Complementary for Speech Recognition"
    assert second.alias == "Self-Training wav2vec 2.0"


LINK_LINES_WITH_LEAD_IN = """\
# Graph notes

## Posts

Each post walks through one model's code:⏎
[Graph Attention on a Homogeneous Graph: Node Classification](https://blog.example.org/p/1)⏎
[GraphSAGE for Recall in Recommendation](https://blog.example.org/p/2)⏎
[TransE Embeddings of Films and Their Relations](https://blog.example.org/p/3)⏎
""".replace("⏎", "  ")  # two spaces: a hard line break


def test_link_lines_under_a_line_that_introduces_them_are_one_work_each() -> None:
    result = _read(LINK_LINES_WITH_LEAD_IN)
    found = [(e.entry.line, [str(x.url) for x in e.entry.links]) for e in result.entries]
    assert found == [
        (6, ["https://blog.example.org/p/1"]),
        (7, ["https://blog.example.org/p/2"]),
        (8, ["https://blog.example.org/p/3"]),
    ]
    assert [(s.line, s.reason) for s in result.skipped if s.line == 5] == [(5, "prose")]


def test_link_lines_without_a_colon_above_them_stay_one_paragraph() -> None:
    # The line above names no lead-in: the paragraph is prose with links, as before.
    text = LINK_LINES_WITH_LEAD_IN.replace("model's code:", "model's code")
    assert len(_read(text).entries) <= 1


METHOD_BESIDE_A_MISSPELT_TITLE = """\
# Quantisation

| Quantize method | Tiitle | conference | code |
| :-: | :-: | :-: | :-: |
| LSQ | [Learned Step Size Quantization](https://arxiv.org/abs/1902.08153) | ICLR 2020 | [Unofficial](https://github.com/example/lsq) |
| ZeroQ | [ZeroQ: A Novel Zero Shot Quantization Framework](https://arxiv.org/abs/2001.00281) | CVPR 2020 | [Official](https://github.com/example/zeroq) |
"""


def test_a_method_column_beside_a_titled_link_is_the_alias_and_the_link_the_title() -> None:
    found = [
        (e.entry.title, e.entry.alias, [x.kind.value for x in e.entry.links])
        for e in _read(METHOD_BESIDE_A_MISSPELT_TITLE).entries
    ]
    assert found == [
        ("Learned Step Size Quantization", "LSQ", ["arxiv", "code"]),
        ("ZeroQ: A Novel Zero Shot Quantization Framework", "ZeroQ", ["arxiv", "code"]),
    ]


def test_a_method_column_beside_plain_words_still_names_the_row() -> None:
    # A guard: with no titled link in the row, the method's name stays its title.
    text = """\
| Method | Description | Code |
| --- | --- | --- |
| WidgetNet | Shrinks widgets by learning where to cut them in every layer | [code](https://github.com/example/widgetnet) |
"""
    assert [e.entry.title for e in _read(text).entries] == ["WidgetNet"]


def test_a_named_link_described_inside_a_quote_does_not_stop_the_import() -> None:
    # A paragraph inside a quote is no top-level block: asking for its neighbours raised
    # StopIteration and the whole import failed.
    text = """\
# Widgets

## Tools

> - [Widget Folding at Scale](https://arxiv.org/abs/2303.00003), Fa Gu. ICML 2023.
>
> [Foolib](https://foolib.dev/): A friendly foo framework for widgets.
"""
    titles = [e.entry.title for e in _read(text).entries]
    assert titles[0] == "Widget Folding at Scale"


BENCHMARKS_BY_PAPER_LINK = """\
# Multimodal experts

## Benchmarks

| Benchmark | Task | Year | Paper |
|:--|:--|:--|:--|
| GQA | Compositional question answering | 2019 | [arXiv](https://arxiv.org/abs/1902.09506) |
| TextVQA | Questions that need reading | 2019 | [arXiv](https://arxiv.org/abs/1904.08920) |
"""


def test_a_benchmark_column_names_the_row_whose_paper_cell_is_only_a_role_link() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.year) for e in _read(BENCHMARKS_BY_PAPER_LINK).entries
    ]
    assert found == [(7, "GQA", 2019), (8, "TextVQA", 2019)]
