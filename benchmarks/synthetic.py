"""Deterministic synthetic catalogues in the real record format, for benchmarks and scale tests.

The same ``n`` and ``seed`` always give the same files, byte for byte.
"""

from __future__ import annotations

import random
from pathlib import Path

from catalogue import store
from catalogue.models import (
    Category,
    CodeLink,
    Identifiers,
    Link,
    Paper,
    Source,
    SourceEntry,
    Venue,
)

WORDS = (
    "knowledge distillation teacher student online offline feature relation attention contrastive"
    " self mutual ensemble data free zero shot few shot adversarial robust efficient compact"
    " lightweight transformer convolutional graph network semantic segmentation detection"
    " language model speech recommendation medical image video point cloud quantization pruning"
    " compression curriculum progressive multi modal cross domain adaptive dynamic hierarchical"
    " sparse dense representation learning training inference"
).split()
GIVEN = "Ada Bo Chen Dana Emil Fatima Goran Hiro Ines Jun Kofi Lena Mei Nils Olga Priya Quan Rosa"
FAMILY = "Ahn Berg Costa Dutta Eriksen Fujita Garcia Huang Ivanova Jensen Kim Li Moreau Nakamura"
VENUES = [
    ("neurips", "NeurIPS", "Conference on Neural Information Processing Systems", "conference"),
    ("iclr", "ICLR", "International Conference on Learning Representations", "conference"),
    (
        "cvpr",
        "CVPR",
        "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
        "conference",
    ),
    ("tpami", "TPAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence", "journal"),
    ("arxiv", "arXiv", "arXiv preprint", "preprint"),
]
CATEGORIES = [
    "foundations",
    "online",
    "data-free",
    "self",
    "feature",
    "detection",
    "nlp",
    "general",
]


def paper(i: int, rng: random.Random) -> Paper:
    words = rng.sample(WORDS, rng.randint(4, 10))
    title = " ".join(w.capitalize() if j == 0 else w for j, w in enumerate(words))
    authors = [
        f"{rng.choice(GIVEN.split())} {rng.choice(FAMILY.split())}"
        for _ in range(rng.randint(1, 6))
    ]
    year = rng.randint(2014, 2026)
    arxiv = f"{year % 100:02d}{rng.randint(1, 12):02d}.{i % 100000:05d}"
    links = [Link(kind="arxiv", url=f"https://arxiv.org/abs/{arxiv}")]
    if rng.random() < 0.4:
        links.append(Link(kind="code", url=f"https://github.com/lab{i % 997}/repo{i}"))
    key = f"{authors[0].split()[-1].lower()}{year}{words[0]}{i}"
    entry = SourceEntry(
        source="synthetic",
        line=i + 1,
        title=title,
        authors=authors,
        year=year,
        links=[Link(kind="pdf", url=f"https://arxiv.org/pdf/{arxiv}.pdf")],
    )
    return Paper(
        key=key,
        title=title,
        authors=authors,
        year=year,
        venue=rng.choice(VENUES)[0],
        identifiers=Identifiers(arxiv=arxiv),
        links=links,
        categories=sorted(set(rng.sample(CATEGORIES, rng.randint(1, 2)))),
        summary=" ".join(rng.choices(WORDS, k=rng.randint(10, 30))).capitalize() + ".",
        sources=[entry],
    )


def generate(root: Path, n: int, seed: int = 7) -> Path:
    """Write a catalogue of ``n`` papers (and a few code links) under ``root``; return it."""
    rng = random.Random(seed)
    for vid, short, name, kind in VENUES:
        store.save(root, Venue(id=vid, short=short, name=name, kind=kind))
    for order, cid in enumerate(CATEGORIES):
        store.save(root, Category(id=cid, title=cid.replace("-", " ").title(), order=order))
    store.save(
        root, Source(id="synthetic", file="synthetic.md", title="Synthetic", format="generic")
    )
    for i in range(n):
        record = paper(i, rng)
        store.save(root, record)
        if i % 10 == 0:
            store.save(
                root,
                CodeLink(
                    key=f"code{i}",
                    url=f"https://github.com/x/code{i}",
                    title=f"Code for {record.title}",
                    paper=record.key,
                ),
            )
    return root
