"""The generic importer on small lists of other shapes (tests/importers/fixtures/), and auto
detection picking it for them."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from catalogue.ingest.importers import ImportResult, detect, parse_file, read_list_text
from catalogue.ingest.importers._markdown import split_lines

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Row(NamedTuple):
    line: int
    kind: str
    title: str
    authors: list[str]
    venue: str | None
    year: int | None
    urls: list[str]


EXPECTED: dict[str, list[Row]] = {
    "dash-authors.md": [
        Row(14, "paper", "Distilling the Knowledge in a Neural Network",
            ["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"], "NeurIPS Workshop", 2014,
            ["https://arxiv.org/abs/1503.02531"]),
        Row(15, "paper", "Born-Again Neural Networks", ["Tommaso Furlanello", "Zachary C. Lipton"],
            "ICML", 2018, ["https://arxiv.org/abs/1805.04770", "https://github.com/example/ban"]),
        Row(16, "paper", "Décomposition des réseaux", ["Léa Dupont", "Jean-Luc Martin"], None,
            2019, ["https://example.org/papers/decomp.pdf"]),
        Row(20, "paper", "FitNets: Hints for Thin Deep Nets",
            ["Adriana Romero", "Nicolas Ballas", "Samira Ebrahimi Kahou"], "ICLR", 2015,
            ["https://arxiv.org/abs/1412.6550"]),
        Row(25, "paper", "Learning both Weights and Connections for Efficient Neural Networks",
            ["Song Han", "Jeff Pool", "John Tran", "William J. Dally"], "NeurIPS", 2015,
            ["https://arxiv.org/abs/1506.02626"]),
        Row(29, "code", "Distiller", [], None, None, ["https://github.com/IntelLabs/distiller"]),
    ],
    "sentence-style.md": [
        Row(9, "paper", "Model Compression",
            ["Cristian Bucilua", "Rich Caruana", "Alexandru Niculescu-Mizil"], "KDD", 2006,
            ["https://www.cs.cornell.edu/~caruana/compression.kdd06.pdf"]),
        Row(10, "paper", "Do Deep Nets Really Need to be Deep?", ["Lei Jimmy Ba", "Rich Caruana"],
            "NeurIPS", 2014, ["https://arxiv.org/abs/1312.6184"]),
        Row(11, "paper", "Paying More Attention to Attention",
            ["Sergey Zagoruyko", "Nikos Komodakis"], "ICLR", 2017,
            ["https://openreview.net/forum?id=Sks9_ajex",
             "https://github.com/szagoruyko/attention-transfer"]),
        Row(16, "paper", "Be Your Own Teacher", ["L. Zhang", "J. Song", "A. Gao"], "ICCV", 2019,
            []),
    ],
    "bold-parens.md": [
        Row(3, "paper", "Relational Knowledge Distillation",
            ["Wonpyo Park", "Dongju Kim", "Yan Lu", "Minsu Cho"], "CVPR", 2019,
            ["https://arxiv.org/abs/1904.05068", "https://github.com/lenscloth/RKD"]),
        Row(7, "paper", "Contrastive Representation Distillation",
            ["Yonglong Tian", "Dilip Krishnan", "Phillip Isola"], "ICLR", 2020,
            ["https://arxiv.org/abs/1910.10699"]),
        Row(8, "paper", "Knowledge Adaptation for Efficient Semantic Segmentation", [], "CVPR",
            2019, ["https://arxiv.org/abs/1903.04688"]),
        Row(12, "talk", "Dark Knowledge", ["Geoffrey Hinton"], "TTIC", 2014,
            ["https://www.youtube.com/watch?v=EK61htlw8hY", "https://www.ttic.edu/dl/dark14.pdf"]),
    ],
    "reference-links.md": [
        Row(5, "paper", "Knowledge Distillation: A Survey",
            ["Jianping Gou", "Baosheng Yu", "Stephen J. Maybank", "Dacheng Tao"], "IJCV", 2021,
            ["https://arxiv.org/abs/2006.05525"]),
        Row(6, "paper",
            "Knowledge Distillation and Student-Teacher Learning for Visual Intelligence",
            ["Lin Wang", "Kuk-Jin Yoon"], "TPAMI", 2021, ["https://arxiv.org/abs/2004.05937"]),
        Row(7, "paper", "Teacher-Student Architecture for Knowledge Distillation", [], "arXiv",
            2023, ["https://arxiv.org/abs/2308.04268"]),
    ],
    "dated-quoted.md": [
        Row(5, "paper", "Relational Knowledge Distillation", [], "CVPR", 2019,
            ["https://arxiv.org/pdf/1904.05068.pdf"]),
        Row(6, "paper", "Contrastive Representation Distillation",
            ["Yonglong Tian", "Dilip Krishnan", "Phillip Isola"], "ICLR", 2020,
            ["https://arxiv.org/abs/1910.10699"]),
    ],
    "table.md": [
        Row(5, "paper", "Decoupled Knowledge Distillation",
            ["Borui Zhao", "Quan Cui", "Renjie Song", "Yiyu Qiu", "Jiajun Liang"], "CVPR", 2022,
            ["https://arxiv.org/abs/2203.08679", "https://github.com/megvii-research/mdistiller"]),
        Row(6, "paper", "Knowledge Distillation from A Stronger Teacher",
            ["Tao Huang", "Shan You", "Fei Wang", "Chen Qian", "Chang Xu"], "NeurIPS", 2022,
            ["https://github.com/hunto/DIST_KD"]),
        Row(7, "paper", "Logit Standardization in Knowledge Distillation", ["Shangquan Sun"],
            "CVPR", 2024,
            ["https://openaccess.thecvf.com/content/CVPR2024/html/"
             "Sun_Logit_Standardization_in_Knowledge_Distillation_CVPR_2024_paper.html"]),
        Row(8, "paper", "A | B Testing of Students", [], "arXiv", 2021,
            ["https://example.org/ab.pdf"]),
        Row(15, "code", "torchdistill", [], None, None,
            ["https://github.com/yoshitomo-matsubara/torchdistill"]),
    ],
}  # fmt: skip

# Lines that are no entry, with the reason the importer gives.
SKIPPED: dict[str, dict[int, str]] = {
    "dash-authors.md": {
        3: "prose",
        7: "link inside the list (table of contents)",
        8: "link inside the list (table of contents)",
        31: "horizontal rule",
        33: "prose",
    },
    "sentence-style.md": {
        4: "prose",
        17: "list item that names no work",
    },
    "bold-parens.md": {},
    "reference-links.md": {12: "link definition that no entry uses"},
    "table.md": {9: "table row without a title"},
    "dated-quoted.md": {8: "entry without a title"},
}


def _parse(name: str) -> ImportResult:
    return parse_file(FIXTURES / name, "generic", "fixture")


def test_every_fixture_has_expectations() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_entries(name: str) -> None:
    got = [
        Row(
            item.entry.line,
            item.kind,
            item.entry.title or "",
            item.entry.authors,
            item.entry.venue,
            item.entry.year,
            [link.url for link in item.entry.links],
        )
        for item in _parse(name).entries
    ]
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_accounted_for(name: str) -> None:
    result = _parse(name)
    count = len(split_lines(read_list_text(FIXTURES / name)))
    skipped = {item.line: item.reason for item in result.skipped}
    assert skipped == SKIPPED[name]
    assert not result.consumed & set(skipped)
    assert result.consumed | set(skipped) == set(range(1, count + 1))
    assert result.warnings == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_auto_picks_generic(name: str) -> None:
    assert detect(read_list_text(FIXTURES / name)).name == "generic"


def test_sections_follow_headings_and_bold_lines() -> None:
    entries = {item.entry.line: item.entry for item in _parse("dash-authors.md").entries}
    assert entries[14].section == ["Distillation", "Logit matching"]
    assert entries[20].section == ["Distillation", "Feature matching"]
    assert entries[25].section == ["Pruning"]
    assert entries[29].section == ["Libraries"]


def test_lines_below_an_entry_belong_to_it() -> None:
    dash = {item.entry.line: item.entry for item in _parse("dash-authors.md").entries}
    assert dash[20].end_line == 21
    assert dash[20].summary == "An early feature-level method."
    assert dash[29].summary == "A Python package for neural network compression research."
    bold = {item.entry.line: item.entry for item in _parse("bold-parens.md").entries}
    assert bold[3].end_line == 5
    assert bold[3].summary == (
        "Transfers mutual relations of data examples instead of single outputs."
    )


def test_link_kinds_and_labels_are_kept() -> None:
    talk = _parse("bold-parens.md").entries[-1].entry
    assert [(link.kind, link.label) for link in talk.links] == [
        ("video", "video"),
        ("slides", "slides"),
    ]
    sentence = _parse("sentence-style.md").entries
    assert [(link.kind, link.label) for link in sentence[2].entry.links] == [
        ("paper", "paper"),
        ("code", "code"),
    ]


def test_venue_as_written_is_kept_beside_the_parsed_venue() -> None:
    sentence = {item.entry.line: item.entry for item in _parse("sentence-style.md").entries}
    assert sentence[10].venue_text == "In NIPS, 2014"
    table = {item.entry.line: item.entry for item in _parse("table.md").entries}
    assert table[7].venue_text == "CVPR 2024"
    assert table[7].authors_text == "Shangquan Sun et al."
    assert table[15].framework == "PyTorch"


def test_dates_in_front_and_venues_inside_bold_titles() -> None:
    entries = {item.entry.line: item.entry for item in _parse("dated-quoted.md").entries}
    assert (entries[5].date, entries[5].venue_text) == ("19.04.10", "CVPR 2019")
    assert (entries[6].date, entries[6].venue_text, entries[6].end_line) == (
        "2019-10-23",
        "ICLR 2020",
        7,
    )
