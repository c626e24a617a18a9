"""Build small in-memory catalogues from typed records, for exact-output tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalogue.core.models import Category, Paper, Venue, VenueKind
from catalogue.core.store import Catalogue

VENUES = [
    Venue(
        id="iclr",
        short="ICLR",
        name="International Conference on Learning Representations",
        kind=VenueKind.CONFERENCE,
    ),
    Venue(
        id="ijcv",
        short="IJCV",
        name="International Journal of Computer Vision",
        kind=VenueKind.JOURNAL,
    ),
    Venue(
        id="eccvw",
        short="ECCVW",
        name="European Conference on Computer Vision Workshops",
        kind=VenueKind.WORKSHOP,
    ),
    Venue(id="arxiv", short="arXiv", name="arXiv preprint", kind=VenueKind.PREPRINT),
    Venue(
        id="kdd",
        short="KDD",
        name="ACM SIGKDD Knowledge Discovery & Data Mining",
        kind=VenueKind.CONFERENCE,
    ),
]
CATEGORIES = [
    Category(id="foundations", title="Foundations", order=1),
    Category(id="features", title="Features", order=2),
    Category(id="attention", title="Attention", parent="features"),
]


def paper(key: str, title: str, **fields: Any) -> Paper:
    return Paper.model_validate({"key": key, "title": title, **fields})


def make_catalogue(*papers: Paper) -> Catalogue:
    return Catalogue(
        root=Path("data"),
        papers={p.key: p for p in papers},
        venues={v.id: v for v in VENUES},
        categories={c.id: c for c in CATEGORIES},
    )
