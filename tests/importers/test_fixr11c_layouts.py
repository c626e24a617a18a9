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
