"""Three-way merge of a stored record with what the lists made of it before and make of it now.

``old`` is the record the lists gave at the last import (derived from the entries stored now),
``new`` what they give with this import. A field whose stored value equals ``old`` was left as the
lists made it, so it follows ``new``; a field that differs was edited by a curator and stays.
Links and identifiers other than arXiv/DOI merge as sets: a curator's added link stays, a link the
lists no longer give goes. ``sources`` always come from the lists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel

from ..core.models import CodeLink, Identifiers, Link, Paper
from .link_curation import curate

M = TypeVar("M", bound=BaseModel)

# A paper's year goes with its venue (an arXiv year beside a conference is a contradiction):
# the two follow the lists together, or stay together as a curator set them.
_PAPER_FIELDS: tuple[str | tuple[str, ...], ...] = (
    "kind",
    "title",
    "authors",
    ("year", "venue"),
    "date",
    "categories",
    "tags",
    "summary",
    "datasets",
    "networks",
)
_CODE_FIELDS: tuple[str | tuple[str, ...], ...] = (
    "url",
    "title",
    "framework",
    "language",
    "paper",
    "official",
)


def _pick(stored: Any, old: Any, new: Any) -> Any:
    return new if stored == old else stored


def _fields(
    stored: M, old: M | None, new: M, groups: tuple[str | tuple[str, ...], ...]
) -> dict[str, Any]:
    blank = type(stored).model_fields
    out: dict[str, Any] = {}
    for group in groups:
        names = (group,) if isinstance(group, str) else group
        mine = tuple(getattr(stored, n) for n in names)
        before = tuple(
            getattr(old, n) if old is not None else blank[n].get_default() for n in names
        )
        chosen = _pick(mine, before, tuple(getattr(new, n) for n in names))
        out.update(zip(names, chosen, strict=True))
    return out


def _links(stored: list[Link], old: list[Link] | None, new: list[Link]) -> list[Link]:
    curated = [link for link in stored if link not in (old or [])]
    return curate([*new, *curated])


def _identifiers(stored: Identifiers, old: Identifiers | None, new: Identifiers) -> Identifiers:
    before = old or Identifiers()
    other = set(new.other) | (set(stored.other) - set(before.other))
    return Identifiers(
        arxiv=_pick(stored.arxiv, before.arxiv, new.arxiv),
        doi=_pick(stored.doi, before.doi, new.doi),
        other=sorted(other),
    )


def combine_paper(stored: Paper, old: Paper | None, new: Paper, added: dt.date) -> Paper:
    update = _fields(stored, old, new, _PAPER_FIELDS)
    update["identifiers"] = _identifiers(
        stored.identifiers, old.identifiers if old else None, new.identifiers
    )
    update["links"] = _links(stored.links, old.links if old else None, new.links)
    update["sources"] = new.sources
    update["added"] = stored.added or added
    return stored.model_copy(update=update)


def combine_code(stored: CodeLink, old: CodeLink | None, new: CodeLink) -> CodeLink:
    update = _fields(stored, old, new, _CODE_FIELDS)
    update["links"] = _links(stored.links, old.links if old else None, new.links)
    update["sources"] = new.sources
    return stored.model_copy(update=update)
