"""`export --format json`: the whole catalogue (or one category) as one JSON document.

Top level: ``papers``, ``code``, ``categories`` and ``venues``, each sorted by key. A paper carries
its curated fields, ``venue`` as the venue's short name (``venue_id`` and ``venue_name`` beside
it), ``urls`` (every URL the record holds, its own links first, then what its sources linked) and
``sources`` (what each list said, with the list's ``file`` and ``line``). Same data, same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import CodeLink, Paper, SourceEntry
from ..render.tree import descendants
from ..store import Catalogue
from . import Exporter, register


def _sources(entries: list[SourceEntry], catalogue: Catalogue) -> list[dict[str, Any]]:
    out = []
    for entry in entries:
        source = catalogue.sources.get(entry.source)
        data = entry.model_dump(mode="json", exclude_defaults=True)
        out.append({"source": entry.source, "file": source.file if source else None, **data})
    return out


def _paper(paper: Paper, catalogue: Catalogue, code: list[str]) -> dict[str, Any]:
    venue = catalogue.venues.get(paper.venue or "")
    return {
        "key": paper.key,
        "kind": paper.kind,
        "title": paper.title,
        "authors": list(paper.authors),
        "year": paper.year,
        "venue": venue.short if venue else paper.venue,
        "venue_id": paper.venue,
        "venue_name": venue.name if venue else None,
        "venue_kind": venue.kind.value if venue else None,
        "date": paper.date.isoformat() if paper.date else None,
        "identifiers": paper.identifiers.model_dump(mode="json"),
        "categories": list(paper.categories),
        "tags": list(paper.tags),
        "summary": paper.summary,
        "datasets": list(paper.datasets),
        "networks": list(paper.networks),
        "added": paper.added.isoformat() if paper.added else None,
        "links": [link.model_dump(mode="json", exclude_none=True) for link in paper.links],
        "urls": paper.urls(),
        "code": code,
        "sources": _sources(paper.sources, catalogue),
    }


def _code(item: CodeLink, catalogue: Catalogue) -> dict[str, Any]:
    data = item.model_dump(mode="json", exclude={"sources"})
    urls = dict.fromkeys([item.url, *(link.url for link in item.links)])
    for entry in item.sources:
        urls.update(dict.fromkeys(link.url for link in entry.links))
    return {**data, "urls": list(urls), "sources": _sources(item.sources, catalogue)}


def catalogue_to_json(catalogue: Catalogue, category: str | None = None) -> str:
    """The document; with ``category``, only the papers filed under it (and their code)."""
    wanted = descendants(catalogue.categories, category) if category else None
    papers = [
        catalogue.papers[k]
        for k in sorted(catalogue.papers)
        if wanted is None or wanted.intersection(catalogue.papers[k].categories)
    ]
    keys = {p.key for p in papers}
    code = [
        catalogue.code[k]
        for k in sorted(catalogue.code)
        if wanted is None or catalogue.code[k].paper in keys
    ]
    by_paper: dict[str, list[str]] = {}
    for item in code:
        if item.paper:
            by_paper.setdefault(item.paper, []).append(item.key)
    categories = [
        catalogue.categories[c].model_dump(mode="json", exclude_defaults=True)
        for c in sorted(catalogue.categories)
        if wanted is None or c in wanted
    ]
    document = {
        "papers": [_paper(p, catalogue, by_paper.get(p.key, [])) for p in papers],
        "code": [_code(item, catalogue) for item in code],
        "categories": categories,
        "venues": [
            catalogue.venues[v].model_dump(mode="json", exclude_defaults=True)
            for v in sorted(catalogue.venues)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


EXPORTER = register(Exporter(name="json", suffix=".json", export=catalogue_to_json))
