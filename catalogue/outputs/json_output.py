"""The JSON output: the whole catalogue (or one category) as one JSON document.

Top level: ``papers``, ``code``, ``categories`` and ``venues``, each sorted by key. A paper carries
its curated fields, ``venue`` as the venue's short name (``venue_id`` and ``venue_name`` beside
it), ``urls`` (every URL the record holds, its own links first, then what its sources linked) and
``sources`` (what each list said, with the list's ``file`` and ``line``). Same data, same bytes.

`catalogue export --format json` prints it and the site offers it as a download. The document is
put together from each record's part, laid out as ``json.dumps(indent=2)`` lays out the whole (its
pure-Python indenting encoder is most of the time); each part is a fragment kept between builds
under the digest of the record and what it points at (see ``incremental.fragments``).
"""

from __future__ import annotations

import functools
import json
import json.encoder
from collections.abc import Callable, Sequence
from typing import Any

from ..core.models import CodeLink, Paper, SourceEntry
from ..core.store import Catalogue
from ..core.tree import descendants
from ..incremental.fragments import Fragments
from .context import BuildContext
from .registry import Step


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


# A str as JSON with ``ensure_ascii=False`` (the C function behind ``json.dumps``).
_string: Callable[[str], str] = json.encoder.encode_basestring


def _layout(value: object, pad: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for a value on a line indented by
    ``pad``, written out: the standard library's indenting encoder is pure Python and most of
    an export's time; this is about twice as fast. The same tests in the same order as its
    encoder, so the same bytes (what it does not write here, it writes itself)."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = pad + "  "
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + _layout(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        fields = []
        for key, item in value.items():
            if not isinstance(key, str):
                return _standard(value, pad)  # keys it converts
            fields.append(f"{inner}{_string(key)}: {_layout(item, inner)}")
        return "{\n" + ",\n".join(fields) + "\n" + pad + "}"
    return _standard(value, pad)  # floats, and what it refuses


def _standard(value: object, pad: str) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)


def _indented(value: object, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``depth`` levels into a document."""
    pad = "  " * depth
    return pad + _layout(value, pad)


def _document(sections: list[tuple[str, list[bytes]]]) -> bytes:
    """The top-level object of ``sections`` (name, UTF-8 items ``_indented`` at depth 2), as
    ``json.dumps(..., indent=2)`` lays it out (joined once: it is big)."""
    out = [b"{\n"]
    for n, (name, items) in enumerate(sections):
        out.append(b",\n" if n else b"")
        if not items:
            out.append(f'  "{name}": []'.encode())
            continue
        out.append(f'  "{name}": [\n'.encode())
        for i, item in enumerate(items):
            out += (b",\n" if i else b"", item)
        out.append(b"\n  ]")
    out.append(b"\n}\n")
    return b"".join(out)


def catalogue_json(
    catalogue: Catalogue, category: str | None = None, fragments: Fragments | None = None
) -> bytes:
    """The document, as UTF-8; with ``category``, only the papers filed under it (and their
    code). ``fragments``: each paper's and code record's part as kept between builds."""
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
    venues = [
        catalogue.venues[v].model_dump(mode="json", exclude_defaults=True)
        for v in sorted(catalogue.venues)
    ]

    def paper_part(paper: Paper) -> bytes:
        return _indented(_paper(paper, catalogue, by_paper.get(paper.key, [])), 2).encode()

    def code_part(item: CodeLink) -> bytes:
        return _indented(_code(item, catalogue), 2).encode()

    if fragments is None:
        paper_parts = [paper_part(p) for p in papers]
        code_parts = [code_part(item) for item in code]
    else:
        get, partial = fragments.get, functools.partial
        paper_parts = [get("paper", fragments.paper(p.key), partial(paper_part, p)) for p in papers]
        code_parts = [get("code", fragments.code(c.key), partial(code_part, c)) for c in code]
    return _document(
        [
            ("papers", paper_parts),
            ("code", code_parts),
            ("categories", [_indented(c, 2).encode() for c in categories]),
            ("venues", [_indented(v, 2).encode() for v in venues]),
        ]
    )


class JsonOutput:
    """Made only inside others (the site's downloads) and by ``export``: no build step."""

    name = "json"
    suffix = ".json"

    def steps(self) -> Sequence[Step]:
        return []

    def document(self, ctx: BuildContext, category: str | None = None) -> bytes:
        if category is not None:
            return catalogue_json(ctx.catalogue, category, ctx.fragments("json"))
        return ctx.shared(
            "json document", lambda: catalogue_json(ctx.catalogue, None, ctx.fragments("json"))
        )


OUTPUT = JsonOutput()
