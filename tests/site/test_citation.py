"""Citations in RIS and CSL-JSON, Highwire tags and JSON-LD, exactly, for the kinds of records."""

from __future__ import annotations

import json

import pytest

from catalogue.core.models import Identifiers, Link, Paper, Venue
from catalogue.outputs.site.citation import csl, csl_text, highwire, json_ld, ris, split_name

CVPR = Venue(
    id="cvpr", short="CVPR", name="Computer Vision and Pattern Recognition", kind="conference"
)
TPAMI = Venue(id="tpami", short="TPAMI", name="Pattern Analysis", kind="journal")
ARXIV = Venue(id="arxiv", short="arXiv", name="arXiv preprint", kind="preprint")

FULL = Paper(
    key="park2019relational",
    title="Relational Knowledge Distillation",
    authors=["Wonpyo Park", "Laurens van der Maaten", "Maaten, Laurens", "Plato"],
    year=2019,
    venue="cvpr",
    identifiers=Identifiers(arxiv="1904.05068", doi="10.1109/cvpr.2019.00409"),
    links=[Link(kind="paper", url="https://example.org/p.html")],
    tags=["vision", "relations"],
    abstract="Relations\nbetween examples.",
)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Geoffrey Hinton", ("Hinton", "Geoffrey")),
        ("Laurens van der Maaten", ("van der Maaten", "Laurens")),
        ("Hinton, Geoffrey E.", ("Hinton", "Geoffrey E.")),
        ("Plato", None),
        ("Hinton,", None),
        ("  Yan   Lu ", ("Lu", "Yan")),
    ],
)
def test_names_split_into_family_and_given(name: str, parts: tuple[str, str] | None) -> None:
    assert split_name(name) == parts


def test_ris_of_a_conference_paper() -> None:
    assert ris(FULL, CVPR, "https://kd.example.org/papers/park2019relational.html") == (
        "TY  - CPAPER\r\n"
        "ID  - park2019relational\r\n"
        "TI  - Relational Knowledge Distillation\r\n"
        "AU  - Park, Wonpyo\r\n"
        "AU  - van der Maaten, Laurens\r\n"
        "AU  - Maaten, Laurens\r\n"
        "AU  - Plato\r\n"
        "PY  - 2019\r\n"
        "T2  - Computer Vision and Pattern Recognition\r\n"
        "DO  - 10.1109/cvpr.2019.00409\r\n"
        "AN  - arXiv:1904.05068\r\n"
        "UR  - https://example.org/p.html\r\n"
        "L1  - https://arxiv.org/pdf/1904.05068\r\n"
        "AB  - Relations between examples.\r\n"
        "KW  - vision\r\n"
        "KW  - relations\r\n"
        "L2  - https://kd.example.org/papers/park2019relational.html\r\n"
        "ER  -\r\n"
    )


@pytest.mark.parametrize(
    ("paper", "venue", "ris_type", "csl_type"),
    [
        (FULL, CVPR, "CPAPER", "paper-conference"),
        (FULL.model_copy(update={"venue": "tpami"}), TPAMI, "JOUR", "article-journal"),
        (FULL.model_copy(update={"venue": "arxiv"}), ARXIV, "UNPB", "article"),
        (FULL.model_copy(update={"venue": None}), None, "GEN", "article"),
        (FULL.model_copy(update={"kind": "talk"}), CVPR, "SLIDE", "speech"),
    ],
)
def test_types_follow_the_venue_and_kind(
    paper: Paper, venue: Venue | None, ris_type: str, csl_type: str
) -> None:
    assert ris(paper, venue).startswith(f"TY  - {ris_type}\r\n")
    assert csl(paper, venue)["type"] == csl_type


def test_csl_json_of_a_journal_paper_reads_back() -> None:
    paper = FULL.model_copy(update={"venue": "tpami"})
    [item] = json.loads(csl_text([csl(paper, TPAMI)]))
    assert item == {
        "id": "park2019relational",
        "type": "article-journal",
        "title": "Relational Knowledge Distillation",
        "author": [
            {"family": "Park", "given": "Wonpyo"},
            {"family": "van der Maaten", "given": "Laurens"},
            {"family": "Maaten", "given": "Laurens"},
            {"literal": "Plato"},
        ],
        "issued": {"date-parts": [[2019]]},
        "container-title": "Pattern Analysis",
        "DOI": "10.1109/cvpr.2019.00409",
        "number": "arXiv:1904.05068",
        "URL": "https://example.org/p.html",
        "abstract": "Relations\nbetween examples.",
        "keyword": "vision, relations",
    }


def test_highwire_tags_name_the_conference_or_the_journal() -> None:
    tags = highwire(FULL, CVPR)
    assert tags == [
        ("citation_title", "Relational Knowledge Distillation"),
        ("citation_author", "Wonpyo Park"),
        ("citation_author", "Laurens van der Maaten"),
        ("citation_author", "Maaten, Laurens"),
        ("citation_author", "Plato"),
        ("citation_publication_date", "2019"),
        ("citation_conference_title", "Computer Vision and Pattern Recognition"),
        ("citation_pdf_url", "https://arxiv.org/pdf/1904.05068"),
        ("citation_arxiv_id", "1904.05068"),
        ("citation_doi", "10.1109/cvpr.2019.00409"),
        ("citation_abstract", "Relations\nbetween examples."),
    ]
    journal = dict(highwire(FULL.model_copy(update={"venue": "tpami"}), TPAMI))
    assert journal["citation_journal_title"] == "Pattern Analysis"
    assert "citation_conference_title" not in journal
    bare = Paper(key="bare", title="Bare", links=[Link(kind="pdf", url="https://e.org/x.pdf")])
    assert highwire(bare, None) == [
        ("citation_title", "Bare"),
        ("citation_pdf_url", "https://e.org/x.pdf"),
    ]


def test_json_ld_is_a_scholarly_article() -> None:
    data = json_ld(FULL, CVPR, "A description.", "https://kd.example.org/papers/p.html")
    assert data["@type"] == "ScholarlyArticle" and data["@context"] == "https://schema.org"
    assert [a["name"] for a in data["author"]] == FULL.authors
    assert data["datePublished"] == "2019" and data["description"] == "A description."
    assert data["sameAs"] == [
        "https://doi.org/10.1109/cvpr.2019.00409",
        "https://arxiv.org/abs/1904.05068",
    ]
    assert data["url"] == "https://kd.example.org/papers/p.html"
    assert json_ld(FULL.model_copy(update={"title": "x" * 200}), None, "", None)["headline"] == (
        "x" * 109 + "…"
    )
