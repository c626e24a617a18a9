# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in lists read this session (dev22) that lost or invented entries: a table with a
blank line left among its rows, works written as tab-separated fields (a spreadsheet pasted in),
and an HTML table that gives each paper a second row with its summary. Titles and addresses here
are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get
from catalogue.ingest.importers._document import Inline
from catalogue.ingest.importers._works import keywords_line


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[str]:
    return [e.entry.title for e in _read(text).entries]


GAPPED_TABLE = """\
# Awesome Widgets

## Theory

|Paper|Venue|Lab|
|:---:|:---:|:---:|
|[Widget Sinks in Deep Networks](https://arxiv.org/abs/2301.00001)|ICLR 2024|Widget Lab|
|[Gadget Registers for Vision Models](https://arxiv.org/abs/2301.00002)|ICML 2024|Gadget Lab|

|[Sprocket Outliers in Quantised Models](https://arxiv.org/abs/2301.00003)|ICLR 2025|Sprocket Lab|

|[Cog Caches with Pyramid Budgets](https://arxiv.org/abs/2301.00004)|NeurIPS 2024|Cog Lab|
|[CogZip](https://arxiv.org/abs/2301.00005)|||
|[Infinite Widgets without Training](https://example.org/widgets-infinite)|||

## Applications

|Paper|Venue|Lab|
|:---:|:---:|:---:|
|[Widget Sinks for Speech](https://arxiv.org/abs/2301.00006)|ACL 2024|Speech Lab|
"""


def test_rows_after_a_blank_line_inside_a_table_are_its_rows() -> None:
    result = _read(GAPPED_TABLE)
    assert [e.entry.title for e in result.entries] == [
        "Widget Sinks in Deep Networks",
        "Gadget Registers for Vision Models",
        "Sprocket Outliers in Quantised Models",
        "Cog Caches with Pyramid Budgets",
        "CogZip",
        "Infinite Widgets without Training",
        "Widget Sinks for Speech",
    ]
    assert [e.entry.line for e in result.entries] == [7, 8, 10, 12, 13, 14, 20]
    links = [[x.url for x in e.entry.links] for e in result.entries]
    assert links[3] == ["https://arxiv.org/abs/2301.00004"]
    assert links[5] == ["https://example.org/widgets-infinite"]


def test_a_table_after_a_blank_line_with_its_own_header_stays_a_table() -> None:
    two = """\
# Awesome Widgets

## Papers

| Paper | Venue |
|---|---|
| [Widget Sinks in Deep Networks](https://arxiv.org/abs/2301.00001) | ICLR 2024 |

| Dataset | Size |
|---|---|
| [Gadget Scenes Benchmark](https://example.org/gadget-scenes) | 10k |
"""
    assert _titles(two) == ["Widget Sinks in Deep Networks", "Gadget Scenes Benchmark"]


TABBED = """\
# Awesome Widget Models

They are ordered by year. I give a link to the paper and to the code where there is one.

## 2019

Widget disentanglement with guarantees.\tLee, Chan, Okafor\thttps://example.org/~lee/widgets2019.pdf

Gadget compression with rate-distortion sprockets.\tNovak, Haddad\thttps://gadgets.example.com/paper.pdf\thttps://github.com/example/gadgets

A stable sprocket autoencoder for text modelling\tSilva, R. and Berg, X.\thttps://pure.example.ac.uk/en/publications/a-stable-sprocket

Comment: Widget autoencoders as empirical Bayes.\tWang, Miller\thttp://www.stat.example.edu/~wang/widgets.pdf\t
"""


def test_tab_separated_fields_with_an_address_are_a_work() -> None:
    result = _read(TABBED)
    entries = [e.entry for e in result.entries]
    assert [e.title for e in entries] == [
        "Widget disentanglement with guarantees",
        "Gadget compression with rate-distortion sprockets",
        "A stable sprocket autoencoder for text modelling",
        "Comment: Widget autoencoders as empirical Bayes",
    ]
    assert entries[0].authors == ["Lee", "Chan", "Okafor"]
    assert entries[2].authors[0].endswith("Silva")
    assert [x.url for x in entries[1].links] == [
        "https://gadgets.example.com/paper.pdf",
        "https://github.com/example/gadgets",
    ]


def test_a_tab_in_prose_makes_no_work() -> None:
    prose = "# Awesome Widgets\n\n## Notes\n\nSee\tthe widget site for more:\thttps://example.org/widgets\n"
    assert _titles(prose) == []


SUMMARY_ROWS = """\
# Awesome Widget Heads

## Paper List

<table>
  <tr>
    <td><strong>Date</strong></td>
    <td><strong>Paper & Summary</strong></td>
    <td><strong>Tags</strong></td>
    <td><strong>Links</strong></td>
  </tr>
  <tr>
    <td rowspan="2">2024-12-16</td>
    <td><strong>Widget Heads Recall Facts in Context</strong></td>
    <td><img src="https://img.shields.io/badge/Widget_Head-blue" alt="Widget Head Badge"></td>
    <td>
      <a href="https://arxiv.org/abs/2412.00001"><img src="https://img.shields.io/badge/arXiv-Paper-red" alt="Paper Badge"></a>
    </td>
  </tr>
  <tr>
    <td colspan="3">
      • Finds how a model weighs facts in its context against facts it learnt.<br>
      • Shows two widget heads doing most of the work.
    </td>
  </tr>
  <tr>
    <td rowspan="2">2024-11-25</td>
    <td><strong>Gadget Circuits Generalise across Prompts</strong></td>
    <td><img src="https://img.shields.io/badge/Gadget_Head-blue" alt="Gadget Head Badge"></td>
    <td>
      <a href="https://example.org/gadget-circuits"><img src="https://img.shields.io/badge/ACL-Paper-red" alt="Paper Badge"></a>
      <a href="https://github.com/example/gadget-circuits"><img src="https://img.shields.io/badge/GitHub-Code-green" alt="Code Badge"></a>
    </td>
  </tr>
  <tr>
    <td colspan="3">
      • Tests the gadget circuit on harder prompt variants and finds new circuits for them.
    </td>
  </tr>
</table>
"""


def test_a_summary_row_under_a_paper_row_is_no_work() -> None:
    result = _read(SUMMARY_ROWS)
    entries = [e.entry for e in result.entries]
    assert [e.title for e in entries] == [
        "Widget Heads Recall Facts in Context",
        "Gadget Circuits Generalise across Prompts",
    ]
    assert [e.line for e in entries] == [12, 26]
    assert entries[0].end_line == 25 and (entries[1].end_line or 0) >= 38  # its summary row
    assert [x.url for x in entries[1].links] == [
        "https://example.org/gadget-circuits",
        "https://github.com/example/gadget-circuits",
    ]


ROADMAP = """\
# Awesome Widget Engineering

## Stage 1 · Widget Basics

- [widgetlearn.org](https://widgetlearn.example.org/) — the best free widget tutorial
- *A Tour of Widgets* (Ann Lee) — a short overview of modern widgets
- [widgetreference.org](https://widgetreference.example.org/) — the reference you will live in
- *Programming Massively Parallel Widgets* (Lee & Chan) — **the** canonical widget textbook
- Topics: widget memory, gadget tiling, sprocket conflicts, occupancy, cog divergence
"""


def test_a_book_in_italics_with_its_authors_in_brackets_is_a_work() -> None:
    assert _titles(ROADMAP) == [
        "widgetlearn.org",
        "A Tour of Widgets",
        "widgetreference.org",
        "Programming Massively Parallel Widgets",
    ]


def test_a_label_over_terms_in_lower_case_is_no_work() -> None:
    titles = _titles(ROADMAP)
    assert not any(t.startswith("Topics") for t in titles)
    # Capitalised terms after a colon may be a title's words (no keywords then).
    assert not keywords_line(Inline("Widget Models: Theory, Practice, Applications"))
    assert keywords_line(Inline("Key ideas: widget memory, gadget tiling, cog divergence"))


def test_an_address_in_a_source_column_is_no_venue() -> None:
    table = """\
# Awesome Widget Tasks

## Tasks

| Name | Task type | Metric | Source |
|---|---|---|---|
| WidgetGLUE | 7 widget tasks | accuracy | https://huggingface.co/datasets/example/widget_glue |
| GadgetBench | 20 gadget tasks | F1 | https://github.com/example/GadgetBench |
| SprocketEval | 23 sprocket tasks | ROUGE | https://aclanthology.org/2024.widget-1.20/ |
| CogQA | 10 cog tasks | accuracy | ICML 2023 |
"""
    entries = [e.entry for e in _read(table).entries]
    assert [e.title for e in entries] == ["WidgetGLUE", "GadgetBench", "SprocketEval", "CogQA"]
    assert [e.venue for e in entries] == [None, None, None, "ICML"]
    assert [x.url for x in entries[0].links] == [
        "https://huggingface.co/datasets/example/widget_glue"
    ]


def test_a_link_named_by_venue_and_year_is_no_title() -> None:
    items = """\
# Awesome Widget Models

## Equilibrium Widgets

* Deep Widget Models: [NeurIPS19](https://arxiv.org/abs/1909.00001)
* Dissecting Widget ODEs (oral): [NeurIPS20](https://arxiv.org/abs/2002.00002)
* Multiscale Deep Widget Equilibrium Models: [ICML 2021](https://arxiv.org/abs/2006.00003)
* Input Convex Widget Networks [ICML17](http://proceedings.example.org/v70/lee17b.pdf)
"""
    entries = [e.entry for e in _read(items).entries]
    assert [e.title for e in entries] == [
        "Deep Widget Models",
        "Dissecting Widget ODEs (oral)",
        "Multiscale Deep Widget Equilibrium Models",
        "Input Convex Widget Networks",
    ]
    assert [x.url for x in entries[3].links] == ["http://proceedings.example.org/v70/lee17b.pdf"]


def test_words_glued_to_a_title_link_by_a_dash_are_a_tag() -> None:
    items = """\
# Awesome Widget Kernels

## Agents

- arxiv'25-[Widget Kernel Scientist: An Agent for Kernel Tuning](https://arxiv.org/abs/2506.00001)
- blog-[How Many Widgets Does it Take to Beat a Gadget?](https://letters.example.com/p/widgets)– 🔒
- huggingface-[WidgetLLM](https://huggingface.co/example/WidgetLLM)
- github-[GadgetBench](https://github.com/example/GadgetBench)
- arxiv'25(special for CUDA)-[Cog: Multi-turn Learning for Widget Kernels](https://arxiv.org/abs/2507.00002)
"""
    assert _titles(items) == [
        "Widget Kernel Scientist: An Agent for Kernel Tuning",
        "How Many Widgets Does it Take to Beat a Gadget?",
        "WidgetLLM",
        "GadgetBench",
        "Cog: Multi-turn Learning for Widget Kernels",
    ]


def test_items_that_are_bare_addresses_are_works_titled_by_them() -> None:
    notes = """\
# Awesome Widget Notes

## Widget Documents

- [Widget Architecture Whitepaper](https://example.org/widget-whitepaper.pdf)

Topics

* https://developer.example.com/blog/inside-widgets/
* https://developer.example.com/blog/gadget-pro-tip-warp-aggregated-sprockets/
* https://developer.example.com/blog/cooperative-cogs/

## Contact

* https://example.org/contact
"""
    entries = [e.entry for e in _read(notes).entries]
    assert [e.line for e in entries] == [5, 9, 10, 11]
    assert entries[1].title == "https://developer.example.com/blog/inside-widgets/"
    assert [x.url for x in entries[3].links] == [
        "https://developer.example.com/blog/cooperative-cogs/"
    ]


BOOKS = """\
# Awesome Widget Compilers

## Books

  * [Engineering a Widget Compiler, K. Cooper, L. Torczon](https://www.example.com/dp/012088478X).
  * [Essentials of Gadget Languages, D. Friedman & M. Wand](https://www.example.com/dp/0262062798).
  * [Modern Widget Implementation in ML, A. Appel](https://www.example.edu/~appel/modern/ml/).
    + Other editions: [MWI in C](https://www.example.edu/~appel/modern/c/), [MWI in Java](https://www.example.edu/~appel/modern/java/).
  * [`MOV` is Widget-Complete, S. Dolan](https://www.example.ac.uk/~sd601/papers/mov.pdf).
    + Discussions: [HN](https://news.example.com/item?id=6309631), [Reddit](https://redd.example/1nft0x).
  * [Widget Compilers: Principles, Techniques, and Tools](https://www.example.com/dp/0321486811) - The Dragons Book.
"""


def test_names_with_initials_after_a_comma_in_a_title_link_are_its_authors() -> None:
    entries = [e.entry for e in _read(BOOKS).entries]
    assert [e.title for e in entries] == [
        "Engineering a Widget Compiler",
        "Essentials of Gadget Languages",
        "Modern Widget Implementation in ML",
        "MOV is Widget-Complete",
        "Widget Compilers: Principles, Techniques, and Tools",
    ]
    assert entries[0].authors == ["K. Cooper", "L. Torczon"]
    assert entries[1].authors == ["D. Friedman", "M. Wand"]


def test_a_labelled_line_of_named_links_ending_in_a_full_stop_is_the_work_s() -> None:
    entries = [e.entry for e in _read(BOOKS).entries]
    assert [e.line for e in entries] == [5, 6, 7, 9, 11]
    assert [x.url for x in entries[3].links][1:] == [
        "https://news.example.com/item?id=6309631",
        "https://redd.example/1nft0x",
    ]


def test_an_empty_tag_in_front_of_a_title_is_no_title_word() -> None:
    items = """\
# Awesome Widget Networks

## Widget Attention

- [x] [ICLR2018] [WAT] Widget Attention Networks [[paper]](https://openreview.net/forum?id=widget1)
- [x] [ICLR2019] [] Hyperbolic Widget Attention Networks [[paper]](http://arxiv.org/abs/1805.00001)
- [x] [CVPR2020] [] Gadget attention networks for multimodal learning
"""
    assert _titles(items) == [
        "Widget Attention Networks",
        "Hyperbolic Widget Attention Networks",
        "Gadget attention networks for multimodal learning",
    ]
