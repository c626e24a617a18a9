"""Deterministic synthetic catalogues in the real record format, for benchmarks and scale tests.

The same ``n`` and ``seed`` always give the same files, byte for byte. The records have the shape
of the real ones in ``data/`` so that every stage does its real work: a two-level category tree,
some thirty venues of every kind, a few talks, tags on some papers, DOIs beside arXiv ids,
provenance with sections, author lines and labelled links, a second source list repeating some
papers (so deduplication has clusters to merge), and code records tied to papers or standing alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from catalogue.core import store
from catalogue.core.identity import title_key
from catalogue.core.models import (
    Category,
    CodeLink,
    Identifiers,
    Link,
    LinkKind,
    Paper,
    Source,
    SourceEntry,
    Venue,
    VenueKind,
)

WORDS = (
    "knowledge distillation teacher student online offline feature relation attention contrastive"
    " self mutual ensemble data free zero shot few shot adversarial robust efficient compact"
    " lightweight transformer convolutional graph network semantic segmentation detection"
    " language model speech recommendation medical image video point cloud quantization pruning"
    " compression curriculum progressive multi modal cross domain adaptive dynamic hierarchical"
    " sparse dense representation learning training inference"
).split()
# Titles also carry rarer words, as real ones do (method names, tasks, data): a vocabulary of
# made-up words drawn with Zipf's law, so that a few are everywhere and most are rare.
_SYLLABLES = "ba co de fi ga hu ki lo ma ne pi ra so tu ve xi yo za qui tro".split()
RARE = [a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in ("", *_SYLLABLES)]
random.Random(0).shuffle(RARE)
RARE_WEIGHTS = list(itertools.accumulate(1 / rank for rank in range(1, len(RARE) + 1)))
GIVEN = "Ada Bo Chen Dana Emil Fatima Goran Hiro Ines Jun Kofi Lena Mei Nils Olga Priya Quan Rosa"
FAMILY = "Ahn Berg Costa Dutta Eriksen Fujita Garcia Huang Ivanova Jensen Kim Li Moreau Nakamura"
VENUES = [
    ("neurips", "NeurIPS", "Conference on Neural Information Processing Systems", "conference"),
    ("iclr", "ICLR", "International Conference on Learning Representations", "conference"),
    ("icml", "ICML", "International Conference on Machine Learning", "conference"),
    (
        "cvpr",
        "CVPR",
        "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
        "conference",
    ),
    ("iccv", "ICCV", "IEEE/CVF International Conference on Computer Vision", "conference"),
    ("eccv", "ECCV", "European Conference on Computer Vision", "conference"),
    ("aaai", "AAAI", "AAAI Conference on Artificial Intelligence", "conference"),
    ("ijcai", "IJCAI", "International Joint Conference on Artificial Intelligence", "conference"),
    ("acl", "ACL", "Annual Meeting of the Association for Computational Linguistics", "conference"),
    (
        "emnlp",
        "EMNLP",
        "Conference on Empirical Methods in Natural Language Processing",
        "conference",
    ),
    ("naacl", "NAACL", "North American Chapter of the ACL", "conference"),
    ("kdd", "KDD", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining", "conference"),
    (
        "icassp",
        "ICASSP",
        "IEEE International Conference on Acoustics, Speech and Signal Processing",
        "conference",
    ),
    (
        "interspeech",
        "Interspeech",
        "Conference of the International Speech Communication Association",
        "conference",
    ),
    ("bmvc", "BMVC", "British Machine Vision Conference", "conference"),
    ("wacv", "WACV", "IEEE/CVF Winter Conference on Applications of Computer Vision", "conference"),
    (
        "miccai",
        "MICCAI",
        "Medical Image Computing and Computer Assisted Intervention",
        "conference",
    ),
    ("cvprw", "CVPRW", "CVPR Workshops", "workshop"),
    ("iccvw", "ICCVW", "ICCV Workshops", "workshop"),
    ("neuripsw", "NeurIPSW", "NeurIPS Workshops", "workshop"),
    ("tpami", "TPAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence", "journal"),
    ("ijcv", "IJCV", "International Journal of Computer Vision", "journal"),
    ("tip", "TIP", "IEEE Transactions on Image Processing", "journal"),
    ("tnnls", "TNNLS", "IEEE Transactions on Neural Networks and Learning Systems", "journal"),
    ("jmlr", "JMLR", "Journal of Machine Learning Research", "journal"),
    ("tmi", "TMI", "IEEE Transactions on Medical Imaging", "journal"),
    ("neurocomputing", "Neurocomputing", "Neurocomputing", "journal"),
    ("ieee-access", "IEEE Access", "IEEE Access", "journal"),
    ("arxiv", "arXiv", "arXiv preprint", "preprint"),
    ("openreview", "OpenReview", "OpenReview preprint", "other"),
]
# (id, parent): two branches of leaves as in data/categories, and a few top-level categories.
CATEGORY_TREE = [
    ("foundations", None),
    ("surveys", None),
    ("understanding", None),
    ("methods", None),
    ("online", "methods"),
    ("data-free", "methods"),
    ("self", "methods"),
    ("feature", "methods"),
    ("relation", "methods"),
    ("adversarial", "methods"),
    ("ensembles", "methods"),
    ("losses", "methods"),
    ("compression", "methods"),
    ("applications", None),
    ("detection", "applications"),
    ("segmentation", "applications"),
    ("nlp", "applications"),
    ("speech", "applications"),
    ("medical", "applications"),
    ("video", "applications"),
    ("recommendation", "applications"),
    ("graphs", "applications"),
    ("generative", "applications"),
    ("general", None),
]
CATEGORIES = [cid for cid, _ in CATEGORY_TREE]
# Papers are filed in leaves and in the top-level categories that have no children.
FILED = [cid for cid, _ in CATEGORY_TREE if cid not in {"methods", "applications"}]
TITLES = {cid: cid.replace("-", " ").title() for cid in CATEGORIES}
TAGS = [f"{a} {b}" for a in WORDS[:12] for b in ("benchmark", "theory", "real-time", "survey")]
SOURCES = ("synthetic", "synthetic-b")
FIRST_DAY = dt.date(2024, 1, 1)


def _section(category: str) -> list[str]:
    parent = dict(CATEGORY_TREE)[category]
    return [TITLES[parent], TITLES[category]] if parent else [TITLES[category]]


def _entry(source: str, line: int, paper: Paper, arxiv: str, rng: random.Random) -> SourceEntry:
    """What a list said: its section, wording, author line and labelled links."""
    return SourceEntry(
        source=source,
        line=line,
        section=_section(paper.categories[0]),
        title=paper.title if source == SOURCES[0] else paper.title.upper(),
        authors=paper.authors,
        authors_text=", ".join(paper.authors),
        year=paper.year,
        links=[
            Link(kind=LinkKind.PDF, url=f"https://arxiv.org/pdf/{arxiv}v{rng.randint(1, 3)}.pdf"),
            Link(kind=LinkKind.ARXIV, url=f"https://arxiv.org/abs/{arxiv}", label="arXiv"),
        ],
    )


def paper(i: int, rng: random.Random) -> Paper:
    words = rng.sample(WORDS, rng.randint(3, 7))
    words += rng.choices(RARE, cum_weights=RARE_WEIGHTS, k=rng.randint(1, 4))
    rng.shuffle(words)
    title = " ".join(w.capitalize() if j == 0 else w for j, w in enumerate(words))
    authors = [
        f"{rng.choice(GIVEN.split())} {rng.choice(FAMILY.split())}"
        for _ in range(rng.randint(1, 6))
    ]
    year = rng.randint(2014, 2026)
    arxiv = f"{year % 100:02d}{rng.randint(1, 12):02d}.{i % 100000:05d}"
    doi = f"10.1109/synthetic.{year}.{i:06d}" if rng.random() < 0.1 else None
    links = [Link(kind=LinkKind.ARXIV, url=f"https://arxiv.org/abs/{arxiv}")]
    if doi:
        links.append(Link(kind=LinkKind.DOI, url=f"https://doi.org/{doi}"))
    if rng.random() < 0.4:
        links.append(Link(kind=LinkKind.CODE, url=f"https://github.com/lab{i % 997}/repo{i}"))
    kind: Literal["paper", "talk"] = "talk" if rng.random() < 0.01 else "paper"
    if kind == "talk":
        links.append(Link(kind=LinkKind.VIDEO, url=f"https://www.youtube.com/watch?v=talk{i}"))
    record = Paper(
        key=f"{authors[0].split()[-1].lower()}{year}{words[0]}{i}",
        kind=kind,
        title=title,
        authors=authors,
        year=year,
        venue=rng.choice(VENUES)[0] if rng.random() < 0.6 else None,
        identifiers=Identifiers(arxiv=arxiv, doi=doi),
        links=links,
        categories=sorted(set(rng.sample(FILED, rng.choice((1, 1, 1, 2, 2, 3))))),
        tags=sorted(set(rng.sample(TAGS, rng.randint(1, 2)))) if rng.random() < 0.05 else [],
        summary=(
            " ".join(rng.choices(WORDS, k=rng.randint(10, 30))).capitalize() + "."
            if rng.random() < 0.3
            else None
        ),
        added=FIRST_DAY + dt.timedelta(days=rng.randint(0, 900)),
    )
    entries = [_entry(SOURCES[0], i + 1, record, arxiv, rng)]
    if rng.random() < 0.15:  # a second list repeats it, shouting
        entries.append(_entry(SOURCES[1], i + 1, record, arxiv, rng))
    return record.model_copy(update={"sources": entries})


def papers(n: int, seed: int = 7) -> Iterator[Paper]:
    """``n`` papers with distinct titles (a catalogue lists a work once; the checks warn)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    i = 0
    while i < n:
        record = paper(i, rng)
        if title_key(record.title) not in seen:  # else draw again
            seen.add(title_key(record.title))
            yield record
            i += 1


def code(i: int, record: Paper | None) -> CodeLink:
    """An implementation of ``record``, or a library that stands alone when it is None."""
    url = f"https://github.com/x/code{i}"
    title = f"Code for {record.title}" if record else f"Distillation toolkit {i}"
    entry = SourceEntry(
        source=SOURCES[0],
        line=i + 1,
        section=["Implementations"],
        title=title,
        links=[Link(kind=LinkKind.CODE, url=url, label=title)],
        framework="PyTorch",
    )
    return CodeLink(
        key=f"code{i}",
        url=url,
        title=title,
        framework="PyTorch",
        language="Python",
        paper=record.key if record else None,
        sources=[entry],
    )


def _write(root: Path, record: Paper | CodeLink | Category | Venue | Source) -> None:
    # The bytes store.save writes, without its fsync per file (which would dominate at 100k).
    collection = store.BY_MODEL[type(record)]
    store.record_path(root, collection, collection.key_of(record)).write_text(
        store.to_yaml(record), encoding="utf-8"
    )


def generate(root: Path, n: int, seed: int = 7) -> Path:
    """Write a catalogue of ``n`` papers (and code links) under ``root``; return it."""
    for collection in (store.PAPERS, store.CODE, store.CATEGORIES, store.VENUES, store.SOURCES):
        (root / collection.folder).mkdir(parents=True, exist_ok=True)
    for vid, short, name, kind in VENUES:
        _write(root, Venue(id=vid, short=short, name=name, kind=VenueKind(kind)))
    for order, (cid, parent) in enumerate(CATEGORY_TREE):
        _write(root, Category(id=cid, title=TITLES[cid], parent=parent, order=order))
    for sid in SOURCES:
        _write(root, Source(id=sid, file=f"{sid}.md", title=sid.title(), format="generic"))
    for i, record in enumerate(papers(n, seed)):
        _write(root, record)
        if i % 10 == 0:
            _write(root, code(i, record))
        elif i % 50 == 1:
            _write(root, code(i, None))
    return root
