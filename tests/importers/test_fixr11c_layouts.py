# ruff: noqa: E501  (list lines are as long as lists write them)
"""Contents tables a reviewer found read as works (review11 R12, R7): anchors written
percent-encoded, and anchors that point at sections named by a bold line or a leading link.
Titles and addresses are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


ENCODED_CJK = """\
# 小工具论文

| 方法 | 篇数 |
|---|---|
| [零件识别](#%E9%9B%B6%E4%BB%B6%E8%AF%86%E5%88%AB) | 2 |
| [齿轮生成](#%E9%BD%BF%E8%BD%AE%E7%94%9F%E6%88%90) | 1 |
| [部件检索](#%E9%83%A8%E4%BB%B6%E6%A3%80%E7%B4%A2) | 1 |

## 零件识别
- [Knob Former](https://arxiv.org/abs/2311.00101) - CVPR 2024
- [Lever Net](https://arxiv.org/abs/2311.00102) - ECCV 2024

## 齿轮生成
- [Cog Painter](https://arxiv.org/abs/2311.00103) - ICLR 2024

## 部件检索
- [Part Finder](https://arxiv.org/abs/2311.00104) - NeurIPS 2023
"""

ENCODED_ACCENTS = """\
# Outils de bobines

| Titre | Nombre |
|---|---|
| [Réseaux légers](#r%C3%A9seaux-l%C3%A9gers) | 1 |
| [Étiquetage](#%C3%89tiquetage) | 1 |
| [Données synthétiques](#donn%C3%A9es-synth%C3%A9tiques) | 1 |

### Réseaux légers
* [Spool Lite](https://arxiv.org/abs/2402.00201) (ICML 2024)

### Étiquetage
* [Reel Tagger](https://arxiv.org/abs/2402.00202) (AAAI 2024)

### Données synthétiques
* [Bobbin Synth](https://arxiv.org/abs/2402.00203) (WACV 2024)
"""


def test_percent_encoded_anchors_of_a_contents_table_resolve() -> None:
    """R12: ``#%E9%9B%B6…`` and ``#r%C3%A9seaux-l%C3%A9gers`` are the headings' anchors encoded
    (as GitHub and contents generators write them): the table is contents, its rows no works."""
    for text, lines in ((ENCODED_CJK, [10, 11, 14, 17]), (ENCODED_ACCENTS, [10, 13, 16])):
        entries = [e.entry for e in _read(text).entries]
        assert [e.line for e in entries] == lines
        assert all(e.links for e in entries)


BOLD_SECTIONS = """\
# Handy Ratchet Tools

| Tool | Kind |
|---|---|
| [RatchetPy](#ratchetpy) | Library |
| [Torque Studio](#torque-studio) | App |
| [BoltCheck](#boltcheck) | Linter |

**RatchetPy**
- [Source](https://github.com/example-org/ratchetpy)

**Torque Studio**
- [Site](https://torque-studio.example.net)

<b>BoltCheck</b>
- [Source](https://github.com/example-org/boltcheck)
"""

LINKED_SECTIONS = """\
# Spring Models

| Model | Year |
|---|---|
| [Coil-7B](#coil-7b) | 2024 |
| [Helix LM](#helix-lm) | 2023 |
| [Torsion](#torsion) | 2023 |

- [Coil-7B](https://arxiv.org/abs/2401.00301) - a coil model.
- [Helix LM](https://arxiv.org/abs/2305.00302) - a helix model.
- [Torsion](https://arxiv.org/abs/2306.00303) - a torsion model.
"""


def test_anchors_to_sections_named_by_a_bold_line_or_a_link_are_navigation() -> None:
    """R7: GitHub makes no anchor for ``**RatchetPy**`` or ``- [Coil-7B](https://…)``, but a
    table of anchors with those names points at them: the works are read there, the rows
    would be link-less duplicates."""
    for text in (BOLD_SECTIONS, LINKED_SECTIONS):
        entries = [e.entry for e in _read(text).entries]
        assert len(entries) == 3
        assert all(e.links for e in entries)


CUT_SECTIONS = """\
# Spring Models

| Model | Year |
|---|---|
| [Coil-7B](#coil-7b) | 2024 |
| [Helix LM](#helix-lm) | 2023 |
| [Torsion](#torsion) | 2023 |

**Note**: the sections of this list moved to its wiki.
"""


def test_a_table_of_anchors_pointing_nowhere_still_holds_works() -> None:
    """The guards above leave the layout ``_anchor_rows`` reads: no section, no line led by the
    works' names, so the rows are the works."""
    titles = [e.entry.title for e in _read(CUT_SECTIONS).entries]
    assert titles == ["Coil-7B", "Helix LM", "Torsion"]


MODEL_ZOO = """\
# SpringSeg checkpoints

#### SpringSeg-S
[cfg](https://gitlab.com/coilworks/springseg/-/blob/main/configs/s.yaml) · [weights](https://files.coilworks.example/s.ckpt) · [train log](https://files.coilworks.example/s.json)

#### SpringSeg-M
[cfg](https://gitlab.com/coilworks/springseg/blob/main/configs/m.yaml) · [weights](https://files.coilworks.example/m.ckpt) · [train log](https://files.coilworks.example/m.json)

#### SpringSeg-L
[cfg](https://github.com/coilworks/springseg/blob/main/configs/l.yaml) · [weights](https://files.coilworks.example/l.ckpt)
"""

BOOK = """\
# Gears, a Short Book

## Chapter 1 - Teeth
[PDF](https://gearsbook.example.org/pdf/c1.pdf) | [Code](https://github.com/gearsbook/code/tree/main/c1)

## Chapter 2 - Ratios
[PDF](https://gearsbook.example.org/pdf/c2.pdf) | [Code](https://github.com/gearsbook/code/tree/main/c2)

## Chapter 3 - Backlash
[PDF](https://gearsbook.example.org/pdf/c3.pdf) | [Code](https://github.com/gearsbook/code/tree/main/c3)
"""

PEOPLE = """\
# Spring People

### Eva Moss
[Home page](https://evamoss.example.edu) · [Scholar](https://scholar.google.com/citations?user=em1)

### Fil Ortega
[Website](https://filortega.example.net) · [Twitter](https://twitter.com/filortega)

### Gus Hahn
[Homepage](https://gushahn.example.org) · [Scholar](https://scholar.google.com/citations?user=gh3)
"""

FIRMS = """\
# Gear Companies

### CogCorp
Gears as a service. [Website](https://cogcorp.example) | [Jobs](https://cogcorp.example/jobs)

### Pinion Ltd
Pinions for robots. [Website](https://pinion.example) | [We're hiring](https://pinion.example/careers)

### Ratchet Labs
Ratchets at scale. [Website](https://ratchet.example) | [Careers](https://ratchet.example/careers)
"""


def test_parts_and_pages_over_role_links_are_no_works() -> None:
    """R10, R15, R11: headings over role-labelled links that are a model zoo's checkpoints or a
    book's chapters (every section links into one repository or one site's files), or a person's
    or a company's own pages, are not works: nothing is read from them."""
    for text in (MODEL_ZOO, BOOK, PEOPLE, FIRMS):
        assert _read(text).entries == []


PAPER_HEADINGS = """\
# Spring Papers

### Coil Transformers for Springs
[Paper](https://arxiv.org/abs/2401.00401) | [Code](https://github.com/coil/coilformer/blob/main/README.md)

### Helix Diffusion
[Paper](https://arxiv.org/abs/2401.00402) | [Code](https://github.com/coil/coilformer/tree/main/helix)

### Torsion Fields
[Paper](https://arxiv.org/abs/2401.00403) | [Homepage](https://torsion.example.io)
"""


def test_papers_by_heading_in_one_repository_stay_works() -> None:
    """Headings whose links name papers by their identifier stay works, one repository or not."""
    titles = [e.entry.title for e in _read(PAPER_HEADINGS).entries]
    assert titles == ["Coil Transformers for Springs", "Helix Diffusion", "Torsion Fields"]
