# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on public lists the importer had never seen (issue 12), each written here in a few
lines of our own: tags and role links around a plain title, venue-first prefixes, a table of
contents heading above the real sections, lists without any links, pointer sentences."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get, scores


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> dict[int, str | None]:
    return {item.entry.line: item.entry.title for item in _read(text).entries}


ROLE_LINKS_AROUND_TITLE = """\
# Compression papers

## Language

- (*ICLR'24*) One for All: Towards Training One Graph Model for All Classification Tasks [[paper](https://arxiv.org/abs/2310.00149)][[code](https://github.com/LechengKong/OneForAll)]
- [[ArXiv](https://arxiv.org/abs/2306.00978)] AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration [[code](https://github.com/mit-han-lab/llm-awq)]
- [[ICLR](https://openreview.net/forum?id=5xEgrl_5FAJ)] BiBERT: Accurate Fully Binarized BERT
"""


def test_brackets_around_a_role_link_are_no_part_of_the_title() -> None:
    found = {item.entry.line: item.entry for item in _read(ROLE_LINKS_AROUND_TITLE).entries}
    assert (
        found[5].title
        == "One for All: Towards Training One Graph Model for All Classification Tasks"
    )
    assert (found[5].venue, found[5].year) == ("ICLR", 2024)
    assert (
        found[6].title
        == "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration"
    )
    assert [x.kind for x in found[6].links] == [LinkKind.ARXIV, LinkKind.CODE]
    assert found[7].title == "BiBERT: Accurate Fully Binarized BERT"


WRAPPED_TITLES = """\
# Coarsening

- [ICLR 2021] Optimization-Based Algebraic Multigrid Coarsening
  Using Reinforcement Learning [[pdf]](https://arxiv.org/pdf/2106.01854.pdf)
- [KBS 2020] Graph convolutional networks with multi-level coarsening for graph
  classification. [[pdf]](https://www.sciencedirect.com/science/article/pii/S0950705120300629)
- [NeurIPS 2023] Can Language Models Solve Graph Problems? An Empirical Evaluation and Benchmarking [[pdf]](https://arxiv.org/abs/2305.10037)
"""


def test_a_wrapped_line_ends_a_title_only_before_authors_venue_or_year() -> None:
    assert _titles(WRAPPED_TITLES) == {
        3: "Optimization-Based Algebraic Multigrid Coarsening Using Reinforcement Learning",
        5: "Graph convolutional networks with multi-level coarsening for graph classification",
        7: "Can Language Models Solve Graph Problems? An Empirical Evaluation and Benchmarking",
    }


TOC_ABOVE_SECTIONS = """\
# Pruning papers

## Table of Contents

- [2023 Venues](#2023)
- [2022 Venues](#2022)

### A Survey on Filter Pruning

A survey of structured pruning can be found at this link: [arxiv](https://arxiv.org/abs/2303.00566).

### 2023
| Title | Venue | Code |
|:----- |:-----:|:----:|
| [Trainability Preserving Neural Pruning](https://openreview.net/forum?id=AZFvpnnewr) | ICLR | - |

### 2022
| Title | Venue | Code |
|:----- |:-----:|:----:|
| [Rare Gems: Finding Lottery Tickets at Initialization](https://openreview.net/forum?id=Jpxd93u2vK-) | NeurIPS | [PyTorch](https://github.com/ksreenivasan/pruning_is_enough) |
"""


def test_a_table_of_contents_heading_covers_only_its_own_lines() -> None:
    result = _read(TOC_ABOVE_SECTIONS)
    found = {item.entry.line: item.entry for item in result.entries}
    assert sorted(found) == [15, 20]
    assert (found[15].title, found[15].venue, found[15].year) == (
        "Trainability Preserving Neural Pruning",
        "ICLR",
        2023,
    )
    assert found[20].year == 2022
    skipped = {s.line: s.reason for s in result.skipped}
    assert "section 'Table of Contents'" in skipped[5]  # its own links are still navigation
    assert 10 in skipped  # a sentence pointing at a link is no work


VENUE_FIRST = """\
# Pruning at initialization

[[Survey](https://arxiv.org/abs/2103.06460) | [Code](https://github.com/MingSun-Tse/Smile-Pruning)]

**2020**
- 2020-ICLR-[Picking Winning Tickets Before Training By Preserving Gradient Flow](https://openreview.net/pdf?id=SkgsACVKPH) [[Code](https://github.com/alecwangcq/GraSP)]
- 2020-Neural Computing and Applications-[Sparse evolutionary deep learning with over one million artificial neurons on commodity hardware](https://link.springer.com/article/10.1007/s00521-020-05136-7)
- 2020.9-[The Hardware Lottery](https://arxiv.org/abs/2009.06489)
- CVPR 2020 [What's Hidden in a Randomly Weighted Neural Network?](https://arxiv.org/abs/1911.13299)
"""


def test_a_year_and_venue_in_front_of_a_title_link_are_tags() -> None:
    result = _read(VENUE_FIRST)
    found = {item.entry.line: item.entry for item in result.entries}
    assert sorted(found) == [6, 7, 8, 9]  # a one-word link paragraph is no work
    assert found[6].title == "Picking Winning Tickets Before Training By Preserving Gradient Flow"
    assert (found[6].venue, found[6].year) == ("ICLR", 2020)
    assert found[7].title.startswith("Sparse evolutionary deep learning")
    assert found[7].year == 2020
    assert (found[8].title, found[8].year) == ("The Hardware Lottery", 2020)
    assert (found[9].title, found[9].venue) == (
        "What's Hidden in a Randomly Weighted Neural Network?",
        "CVPR",
    )


NO_LINKS_TAGGED = """\
# Continual learning

* [Replay](#replay)
* [Regularization](#regularization)

## Replay

* (CVPR 17) iCaRL: Incremental Classifier and Representation Learning
* (NeurIPS 17) Gradient Episodic Memory for Continual Learning
* (Trends in Cognitive Science 20) Embracing Change: Continual Learning in Deep Neural Networks

## Regularization

* (PNAS 17) Overcoming Catastrophic Forgetting in Neural Networks
"""

NO_LINKS_UNDER_VENUES = """\
# NeurIPS

## Quantization
- Post-Training Quantization for Vision Transformer
- Post-Training Sparsity-Aware Quantization

# CVPR
- AQD: Towards Accurate Quantized Object Detection
- Manifold Regularized Dynamic Network Pruning
"""


def test_a_list_without_links_is_read_by_the_generic_reader() -> None:
    assert scores(NO_LINKS_UNDER_VENUES)[0] == (0.1, "generic")
    assert scores("Just some prose.\n\nNo list here.\n")[0][0] == 0.0


def test_items_of_a_list_without_links_are_its_works() -> None:
    found = {item.entry.line: item.entry for item in _read(NO_LINKS_TAGGED).entries}
    assert sorted(found) == [8, 9, 10, 14]  # the table of contents is navigation
    assert (found[8].title, found[8].venue, found[8].year) == (
        "iCaRL: Incremental Classifier and Representation Learning",
        "CVPR",
        2017,
    )
    assert found[10].title == "Embracing Change: Continual Learning in Deep Neural Networks"
    assert found[14].section == ["Regularization"]
    titles = _titles(NO_LINKS_UNDER_VENUES)
    assert titles == {
        4: "Post-Training Quantization for Vision Transformer",
        5: "Post-Training Sparsity-Aware Quantization",
        8: "AQD: Towards Accurate Quantized Object Detection",
        9: "Manifold Regularized Dynamic Network Pruning",
    }


def test_items_that_read_as_a_clause_are_no_works_even_without_links() -> None:
    text = "# Steps\n\n- Preprocess the data,\n- Select appropriate features,\n- Optimize model hyperparameters,\n"
    assert _read(text).entries == []
