"""A small catalogue that exercises every part of the site, written as real record files.

Deterministic: a category tree with a nested level, every venue kind, papers over a dozen years
with and without code (links and code records), tags, additions, talks, a paper without category,
year, venue or authors, and one record whose every text field tries to inject markup.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from catalogue.core import store
from catalogue.core.models import (
    Category,
    CodeLink,
    Identifiers,
    Link,
    Paper,
    Source,
    SourceEntry,
    Venue,
)

XSS_KEY = "xss2020script"
XSS_TITLE = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2"> & Co'
TRICKY_CATEGORY = "tricky"
TRICKY_TITLE = 'Tricks <b>&amp;</b> "quoted" </title><script>window.__xss=3</script>'
KNOWN_KEY = "hinton2015distilling"
KNOWN_TITLE = "Distilling the Knowledge in a Neural Network"
# A conference paper with every identifier, an abstract, a PDF and a name with particles.
FULL_KEY = "park2019relational"

CATEGORIES = [
    Category(id="foundations", title="Foundations", order=10, description="Where it began."),
    Category(id="feature", title="Feature distillation", order=20),
    Category(id="attention", title="Attention transfer", parent="feature", order=10),
    Category(id="relation", title="Relational distillation", parent="feature", order=20),
    Category(id="online", title="Online distillation", order=30),
    Category(id=TRICKY_CATEGORY, title=TRICKY_TITLE, order=40, description="<b>not bold</b>"),
]
VENUES = [
    Venue(
        id="neurips",
        short="NeurIPS",
        name="Neural Information Processing Systems",
        kind="conference",
    ),
    Venue(
        id="iclr",
        short="ICLR",
        name="International Conference on Learning Representations",
        kind="conference",
    ),
    Venue(
        id="cvpr", short="CVPR", name="Computer Vision and Pattern Recognition", kind="conference"
    ),
    Venue(
        id="tpami", short="TPAMI", name="Pattern Analysis and Machine Intelligence", kind="journal"
    ),
    Venue(id="cvprw", short="CVPRW", name="CVPR Workshops", kind="workshop"),
    Venue(id="arxiv", short="arXiv", name="arXiv preprint", kind="preprint"),
    Venue(id="xss-venue", short="<b>V</b>", name='"><svg onload="window.__xss=7">', kind="other"),
]
SOURCES = [
    Source(
        id="seed-a",
        file="a.md",
        title="Awesome list A",
        format="generic",
        url="https://example.org/a",
    ),
    Source(id="seed-b", file="b.md", title="List <B>", format="generic"),
]
WORDS = "teacher student feature attention mutual relational online contrastive data free".split()
VENUE_CYCLE = ["neurips", "iclr", "cvpr", "tpami", "cvprw", "arxiv"]
CATEGORY_CYCLE = [["foundations"], ["feature"], ["attention"], ["relation", "online"], ["online"]]
TAGS = ["vision", "survey", "Ünïcode tag"]


def _paper(i: int) -> Paper:
    words = [WORDS[(i + k) % len(WORDS)] for k in range(3 + i % 3)]
    title = f"{words[0].capitalize()} {' '.join(words[1:])} number {i}"
    year = 2014 + i % 11
    key = f"author{year}{words[0]}{i}"
    links = [Link(kind="arxiv", url=f"https://arxiv.org/abs/{year % 100:02d}01.{i:05d}")]
    if i % 3 == 0:
        links.append(Link(kind="code", url=f"https://github.com/lab/repo{i}", label="PyTorch"))
    if i % 7 == 0:
        links.append(Link(kind="video", url=f"https://video.example.org/{i}"))
    return Paper(
        key=key,
        title=title,
        authors=[f"Ada Author{i}", "Bo Berg", "Chen Costa", "Dana Dutta"][: 1 + i % 4],
        year=year,
        venue=VENUE_CYCLE[i % len(VENUE_CYCLE)],
        links=links,
        categories=CATEGORY_CYCLE[i % len(CATEGORY_CYCLE)],
        tags=[TAGS[i % 3]] if i % 2 == 0 else [],
        summary=f"A summary of paper {i}." if i % 4 == 0 else None,
        datasets=["CIFAR-100", "ImageNet"] if i % 4 == 0 else [],
        added=dt.date(2024, 1, 1) + dt.timedelta(days=i) if i % 2 == 1 else None,
        sources=[SourceEntry(source="seed-a" if i % 2 else "seed-b", line=10 + i, title=title)],
    )


def _special_papers() -> list[Paper]:
    return [
        Paper(
            key=KNOWN_KEY,
            title=KNOWN_TITLE,
            authors=["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"],
            year=2015,
            venue="arxiv",
            identifiers=Identifiers(arxiv="1503.02531"),
            links=[Link(kind="pdf", url="https://arxiv.org/pdf/1503.02531")],
            categories=["foundations"],
            summary="Soft targets of a large teacher train a small student.",
            added=dt.date(2025, 6, 1),
            sources=[SourceEntry(source="seed-a", line=3), SourceEntry(source="seed-b", line=9)],
        ),
        Paper(
            key=FULL_KEY,
            title="Relational Knowledge Distillation",
            authors=["Wonpyo Park", "Dongju Kim", "Yan Lu", "Minsu Cho", "Laurens van der Maaten"],
            year=2019,
            venue="cvpr",
            identifiers=Identifiers(arxiv="1904.05068", doi="10.1109/cvpr.2019.00409"),
            links=[
                Link(kind="paper", url="https://openaccess.example.org/park.html"),
                Link(kind="pdf", url="https://openaccess.example.org/park.pdf"),
            ],
            categories=["relation", "attention"],
            tags=["vision"],
            abstract="Knowledge is transferred as relations <b>between</b> examples & more.",
            added=dt.date(2025, 5, 1),
            sources=[SourceEntry(source="seed-a", line=40), SourceEntry(source="seed-b", line=7)],
        ),
        Paper(key="nobody2019orphan", title="A paper without a category", year=2019, venue="iclr"),
        Paper(key="undated-paper", title="Undated and without venue", authors=["Émile Zola"]),
        Paper(
            key="talk2021keynote",
            kind="talk",
            title="A keynote on distillation",
            authors=["Priya Speaker"],
            year=2021,
            links=[Link(kind="video", url="https://video.example.org/keynote")],
        ),
        Paper(
            key="talk2022tutorial",
            kind="talk",
            title="Tutorial: compressing models",
            year=2022,
            categories=["online"],
        ),
        Paper(
            key=XSS_KEY,
            title=XSS_TITLE,
            authors=['"><img src=x onerror="window.__xss=4">', "Normal Name"],
            year=2020,
            venue="xss-venue",
            links=[
                Link(kind="code", url='https://example.org/a"><script>window.__xss=6</script>'),
                Link(kind="other", url="https://example.org/b", label="<i>label</i>"),
            ],
            categories=[TRICKY_CATEGORY, "feature"],
            tags=["<i>tag</i>"],
            summary="<script>window.__xss=5</script> summary",
            datasets=["<b>bold</b>"],
            sources=[SourceEntry(source="seed-b", line=1)],
        ),
    ]


def write_fixture(root: Path, count: int = 30) -> Path:
    """Write the catalogue's record files under ``root`` (a data folder) and return it."""
    for record in [*CATEGORIES, *VENUES, *SOURCES]:
        store.save(root, record)
    papers = [_paper(i) for i in range(count)] + _special_papers()
    for paper in papers:
        store.save(root, paper)
    store.save(
        root,
        CodeLink(
            key="lib-distill",
            url="https://github.com/lib/distill",
            title="A distillation library",
            framework="PyTorch",
        ),
    )
    for i in range(0, count, 5):
        paper = papers[i]
        store.save(
            root,
            CodeLink(
                key=f"impl{i}",
                url=f"https://github.com/impl/{i}",
                title=f"Code of {i}",
                paper=paper.key,
            ),
        )
    return root
