"""The parts under the deduplicator: title similarity, author lines, curated links, venues."""

from __future__ import annotations

import pytest

from catalogue.core.identity import title_key
from catalogue.core.models import Link, LinkKind, Venue, VenueKind
from catalogue.ingest.author_lines import AuthorLine, agree, author_key, choose, find_shifts
from catalogue.ingest.dedupe import similar_titles
from catalogue.ingest.link_curation import curate
from catalogue.ingest.venue_index import VenueIndex

SIMILAR = [
    ("Deep Mutual Learning", "Deep mutual learning", True),
    ("Stagewise Knowledge Distillation", "Data Efficient Stagewise Knowledge Distillation", True),
    (
        "Interpreting Deep Classifier by Visual Distillation of Dark Knowledge",
        "Interpreting Deep Classifiers by Visual Distillation of Dark Knowledge",
        True,
    ),
    ("Relational Knowledge Distillation", "Residual Knowledge Distillation", False),
    ("Knowledge Distillation", "Knowledge Distillation: A Survey", False),  # 2 words: too short
    (
        "Channel-wise Distillation for Semantic Segmentation",
        "Channel-Wise Knowledge Distillation for Dense Prediction",
        False,
    ),
    ("Deep Mutual Learning", "Large scale distributed neural network training", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SIMILAR)
def test_similar_titles(a: str, b: str, expected: bool) -> None:
    assert similar_titles(title_key(a), title_key(b)) is expected
    assert similar_titles(title_key(b), title_key(a)) is expected


def test_author_keys_compare_family_names() -> None:
    assert author_key(["L.K. Hansen", "P. Salamon"]) == ("hansen", "salamon")
    assert author_key(["Jiasen Lu1", "Léon Bottou", "Joost van de Weijer"]) == (
        "lu",
        "bottou",
        "vandeweijer",
    )
    assert agree(("hinton", "vinyals"), ("hinton", "vinyals", "dean"))  # cut short
    assert not agree(("hinton", "dean"), ("hinton", "vinyals"))


def line(ref: str, cluster: int, *authors: str) -> AuthorLine:
    return AuthorLine(ref, ref.split(":")[0], cluster, authors)


def test_choose_prefers_agreement_then_completeness_then_order() -> None:
    lines = [line("la:1", 0, "A Solo"), line("lb:1", 0, "X Y", "Z W"), line("lc:1", 0, "X Y")]
    assert choose(lines, frozenset()) == ("X Y", "Z W")
    assert choose(lines, frozenset({"lb:1", "lc:1"})) == ("A Solo",)
    assert choose([line("la:1", 0, "P Q"), line("lb:1", 0, "R S")], frozenset()) == ("P Q",)
    assert choose([], frozenset()) == ()


def test_shared_authors_of_two_papers_are_not_a_shift() -> None:
    # One group wrote two papers, and list b agrees with list a on both: nothing slipped.
    heo = ("Byeongho Heo", "Minsik Lee", "Sangdoo Yun")
    lines = [line("la:1", 0, *heo), line("la:2", 1, *heo), line("lb:1", 1, *heo)]
    assert find_shifts(lines) == []


def test_curate_canonical_arxiv_kinds_from_urls_and_labels() -> None:
    links = [
        Link(kind=LinkKind.PDF, url="https://arxiv.org/pdf/1503.02531v2.pdf", label="Distilling"),
        Link(kind=LinkKind.ARXIV, url="https://arxiv.org/abs/1503.02531", label="arXiv paper"),
        Link(kind=LinkKind.PAPER, url="https://github.com/megvii-research/mdistiller"),
        Link(kind=LinkKind.CODE, url="https://github.com/a/b", label="code2"),
        Link(kind=LinkKind.CODE, url="http://www.github.com/A/b/", label="PyTorch"),
        Link(kind=LinkKind.PAPER, url="https://doi.org/10.1109/X.1"),
        Link(kind=LinkKind.OTHER, url="https://example.org/paper.pdf"),
        Link(
            kind=LinkKind.PAPER,
            url="https://github.com/OpZest/Papers/blob/main/White_papers/Precision.md",
        ),
    ]
    assert [(link.kind.value, link.url, link.label) for link in curate(links)] == [
        ("paper", "https://github.com/OpZest/Papers/blob/main/White_papers/Precision.md", None),
        ("pdf", "https://example.org/paper.pdf", None),
        ("arxiv", "https://arxiv.org/abs/1503.02531", None),
        ("doi", "https://doi.org/10.1109/x.1", None),
        ("code", "https://github.com/megvii-research/mdistiller", None),
        ("code", "https://github.com/a/b", None),
    ]


def test_venues_resolve_by_alias_and_unknown_ones_are_created_once() -> None:
    index = VenueIndex(
        [
            Venue(
                id="neurips",
                short="NeurIPS",
                name="Neural Information",
                kind=VenueKind.CONFERENCE,
                aliases=["NIPS"],
            )
        ]
    )
    assert index.resolve("nips") == index.resolve("NeurIPS") == "neurips"
    assert index.resolve("NIPSW") is None
    assert index.resolve_or_create("IEEE ISBI") == "ieee-isbi"
    assert index.resolve_or_create("ieee isbi") == "ieee-isbi"
    assert index.resolve_or_create("NIPSW") == "nipsw"
    assert [(v.id, v.kind) for v in index.created] == [
        ("ieee-isbi", VenueKind.OTHER),
        ("nipsw", VenueKind.WORKSHOP),
    ]
