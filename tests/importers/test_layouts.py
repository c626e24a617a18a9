# ruff: noqa: E501  (list lines are as long as lists write them)
"""The generic reader on layouts seen in public lists, each written here in a few lines of our own:
numbered items with reference links, bold titles with links on child lines, blocks of lines,
tables with the year in the heading, ``+`` bullets with emoji-labelled links, category bullets."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _by_line(text: str) -> dict[int, object]:
    return {item.entry.line: item for item in _read(text).entries}


NUMBERED = """\
# Papers

## Logits

1. Distilling the knowledge in a neural network. Hinton et al. arXiv:1503.02531
2. Learning from Noisy Labels with Distillation. Li, Yuncheng et al. ICCV 2017
3. On the Efficacy of Knowledge Distillation. Cho, Jang Hyun & Hariharan, Bharath. arXiv:1910.01348. ICCV 2019
4. Revisit Knowledge Distillation: a Teacher-free Framework. Yuan, Li et al. CVPR 2020 [[code]][1.4]
5. Does label smoothing mitigate label noise? Lukasik, Michal et al. ICML 2020
6. Weakly-Supervised Tracking via Reinforced Knowledge Distillation. Dunnhofer et al. IEEE RAL
7. False Negative Distillation for Outfit Recommendation [Arxiv 2110.06483]

[1.4]: https://github.com/yuanli2333/Teacher-free-Knowledge-Distillation
"""


def test_numbered_items_with_ids_as_text_and_reference_links() -> None:
    found = _by_line(NUMBERED)
    assert sorted(found) == [5, 6, 7, 8, 9, 10, 11]
    hinton = found[5].entry
    assert (hinton.title, hinton.authors, hinton.year, hinton.venue) == (
        "Distilling the knowledge in a neural network",
        ["Hinton"],
        2015,  # from the arXiv id: the entry names no year
        None,  # a bare id names no venue
    )
    assert hinton.identifiers.arxiv == "1503.02531"
    li = found[6].entry
    assert (li.authors, li.venue, li.year) == (["Yuncheng Li"], "ICCV", 2017)
    cho = found[7].entry
    assert cho.authors == ["Jang Hyun Cho", "Bharath Hariharan"]
    assert (cho.venue, cho.year, cho.identifiers.arxiv) == ("ICCV", 2019, "1910.01348")
    yuan = found[8].entry
    assert [(x.kind, x.url) for x in yuan.links] == [
        (LinkKind.CODE, "https://github.com/yuanli2333/Teacher-free-Knowledge-Distillation")
    ]
    assert found[8].kind == "paper"  # a paper with code
    assert found[9].entry.title == "Does label smoothing mitigate label noise?"
    assert found[9].entry.authors == ["Michal Lukasik"]
    assert found[10].entry.title.startswith("Weakly-Supervised Tracking")  # no link, no year
    tagged = found[11].entry
    assert tagged.title == "False Negative Distillation for Outfit Recommendation"
    assert tagged.identifiers.arxiv == "2110.06483"


BOLD_CHILDREN = """\
## Pioneering Papers

- **Model Compression, KDD 2006**
  - https://dl.acm.org/doi/abs/10.1145/1150402.1150464
  - *Cristian Buciluă, Rich Caruana, Alexandru Niculescu-Mizil.*

- **Progressive Distillation for Fast Sampling of Diffusion Models, ICLR 2022** [[Tensorflow]](https://github.com/google-research/google-research/tree/master/diffusion_distillation)
  - https://arxiv.org/abs/2202.00512
  - *Tim Salimans, Jonathan Ho*

## Useful Resources

- **AI conference deadlines** [[Link]](https://aideadlin.es/?sub=ML,CV,SP)
"""


def test_bold_titles_with_links_and_authors_on_child_lines() -> None:
    result = _read(BOLD_CHILDREN)
    found = {item.entry.line: item.entry for item in result.entries}
    assert sorted(found) == [3, 7]
    kdd = found[3]
    assert (kdd.title, kdd.venue, kdd.year, kdd.end_line) == ("Model Compression", "KDD", 2006, 5)
    assert kdd.authors == ["Cristian Buciluă", "Rich Caruana", "Alexandru Niculescu-Mizil"]
    assert kdd.identifiers.doi == "10.1145/1150402.1150464"
    assert kdd.summary is None  # a URL on an indented line is a link, not a summary
    progressive = found[7]
    assert [x.kind for x in progressive.links] == [LinkKind.CODE, LinkKind.ARXIV]
    skipped = {s.line: s for s in result.skipped}
    assert "Useful Resources" in skipped[13].reason and skipped[13].looks_like_entry


BLOCKS = """\
# A list of blocks

**FitNets** (ICLR 2015)
\\[[arXiv](https://arxiv.org/abs/1412.6550)\\] \\[[code](https://github.com/adri-romsor/FitNets)\\]
Hints from a wide teacher's middle layers.
- FitNets: Hints for Thin Deep Nets
- Adriana Romero, Nicolas Ballas, Samira Ebrahimi Kahou

**AT** (ICLR 2017)
\\[[arXiv](https://arxiv.org/abs/1612.03928)\\]
Attention maps as knowledge.
- Paying More Attention to Attention
- Sergey Zagoruyko, Nikos Komodakis
"""


def test_blocks_of_lines_are_entries() -> None:
    found = _by_line(BLOCKS)
    assert sorted(found) == [3, 9]
    fitnets = found[3].entry
    assert (fitnets.title, fitnets.alias, fitnets.end_line) == (
        "FitNets: Hints for Thin Deep Nets",
        "FitNets",
        7,
    )
    assert fitnets.authors == ["Adriana Romero", "Nicolas Ballas", "Samira Ebrahimi Kahou"]
    assert (fitnets.venue, fitnets.year) == ("ICLR", 2015)
    assert [x.kind for x in fitnets.links] == [LinkKind.ARXIV, LinkKind.CODE]
    assert found[9].entry.title == "Paying More Attention to Attention"


YEAR_TABLES = """\
# Distillation by year

## 2021

| Title | Venue | Code | Data |
|---|---|---|---|
| [Distilling Knowledge via Knowledge Review](https://arxiv.org/abs/2104.09044) | CVPR | [Github](https://github.com/dvlab-research/ReviewKD) | |
| [Data-Free Knowledge Distillation](https://openreview.net/forum?id=Sks9_ajex) | ICLR | | [Data](https://huggingface.co/datasets/some/set) |

## Star History

[![Star History Chart](https://api.star-history.com/svg?repos=a/b)](https://star-history.com/#a/b)
"""


def test_tables_with_the_year_in_the_heading() -> None:
    result = _read(YEAR_TABLES)
    found = {item.entry.line: item for item in result.entries}
    assert sorted(found) == [7, 8]
    review = found[7].entry
    assert (review.year, review.venue, found[7].kind) == (2021, "CVPR", "paper")
    assert [x.kind for x in review.links] == [LinkKind.ARXIV, LinkKind.CODE]
    data = found[8].entry
    assert [x.kind for x in data.links] == [LinkKind.PAPER, LinkKind.DATA]
    assert data.identifiers.other == ["openreview:Sks9_ajex"]
    assert {s.line for s in result.skipped} == {12}


EMOJI = """\
## Self-distillation

+ **Be Your Own Teacher** Linfeng Zhang, Jiebo Song. ICCV 2019. :octocat: [repo](https://github.com/x/byot) :book: [bib](https://example.org/byot.bib)
+ **Self-Distillation Amplifies Regularization in Hilbert Space** Hossein Mobahi, Mehrdad Farajtabar, Peter L. Bartlett. NeurIPS 2020. 📄 [here](https://arxiv.org/abs/2002.05715)

## Implementations

- [RepDistiller](https://github.com/HobbitLong/RepDistiller)
"""


def test_emoji_labelled_links_and_code_records() -> None:
    found = _by_line(EMOJI)
    byot = found[3]
    assert byot.entry.authors == ["Linfeng Zhang", "Jiebo Song"]
    assert [x.kind for x in byot.entry.links] == [LinkKind.CODE, LinkKind.CITATION]
    assert [x.kind for x in found[4].entry.links] == [LinkKind.ARXIV]
    assert found[4].entry.venue == "NeurIPS"
    repo = found[8]
    assert (repo.kind, repo.entry.title) == ("code", "RepDistiller")


CATEGORIES = """\
- Vision
  - [Distilling Object Detectors with Fine-grained Feature Imitation](https://arxiv.org/abs/1906.03609), Tao Wang, Li Yuan, 2019
  - [Structured Knowledge Distillation for Semantic Segmentation](https://arxiv.org/abs/1903.04197), Yifan Liu, 2019
- Language
  - [Patient Knowledge Distillation for BERT Model Compression](https://arxiv.org/abs/1908.09355), Siqi Sun, Yu Cheng, 2019
"""


def test_category_bullets_are_sections_of_the_works_below_them() -> None:
    found = _by_line(CATEGORIES)
    assert sorted(found) == [2, 3, 5]
    assert found[2].entry.section == ["Vision"]
    assert found[5].entry.section == ["Language"]
    assert found[2].entry.authors == ["Tao Wang", "Li Yuan"]


def test_every_line_is_accounted_for_once() -> None:
    for text in (NUMBERED, BOLD_CHILDREN, BLOCKS, YEAR_TABLES, EMOJI, CATEGORIES):
        result = _read(text)
        skipped = [s.line for s in result.skipped]
        assert len(skipped) == len(set(skipped))
        assert not result.consumed & set(skipped)
        count = len(text.rstrip("\n").split("\n"))
        assert result.consumed | set(skipped) == set(range(1, count + 1))
