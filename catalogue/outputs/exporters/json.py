"""`export --format json`: the whole catalogue (or one category) as one JSON document.

Top level: ``papers``, ``code``, ``categories`` and ``venues``, each sorted by key. A paper carries
its curated fields, ``venue`` as the venue's short name (``venue_id`` and ``venue_name`` beside
it), ``urls`` (every URL the record holds, its own links first, then what its sources linked) and
``sources`` (what each list said, with the list's ``file`` and ``line``). Same data, same bytes.

The document is put together from each record's part, laid out as ``json.dumps(indent=2)`` lays
out the whole (its pure-Python indenting encoder is most of the time): a build passes a ``Memo``
that keeps every part between builds under the digests of the files it shows.
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
from collections.abc import Callable, Mapping
from typing import Any

from ...core.models import CodeLink, Paper, SourceEntry
from ...core.store import CODE, PAPERS, SOURCES, VENUES, Catalogue
from ...core.tree import descendants
from ...incremental.memo import Memo
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


_Make = Callable[[], dict[str, Any]]
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


class _Parts:
    """Each record's part of the document. With a memo, a part is kept under a digest of the
    record files it shows (its own, its venue's, its sources') and the code keys it lists, or
    under the digest the caller gives for a paper (``paper_keys``)."""

    def __init__(
        self, catalogue: Catalogue, memo: Memo | None, paper_keys: Mapping[str, bytes | None]
    ):
        self.catalogue = catalogue
        self.memo = memo
        self.paper_keys = paper_keys

    def _kept(self, key: bytes | None, make: _Make) -> bytes:
        if self.memo is None or key is None:
            return _indented(make(), 2).encode("utf-8")
        part: bytes | None = self.memo.get(key)
        return part if part is not None else self.memo.put(key, _indented(make(), 2).encode())

    def _key(self, records: list[tuple[str, str]], names: list[str]) -> bytes | None:
        """A digest of the records' files (None: a record made in memory, without one) and the
        names shown besides them."""
        found = [self.catalogue.digests.get(record) for record in records]
        digests = [digest for digest in found if digest is not None]
        if len(digests) < len(found):
            return None
        # The counts, which collection each digest is of, the names: no two inputs read the same.
        counts = f"json {len(records)} {len(names)}"
        head = "\0".join([counts, *(collection for collection, _ in records), *names])
        return hashlib.blake2b(head.encode() + b"".join(digests), digest_size=16).digest()

    def _sources(self, entries: list[SourceEntry]) -> list[tuple[str, str]]:
        known = self.catalogue.sources
        return [(SOURCES.name, e.source) for e in entries if e.source in known]

    def paper(self, paper: Paper, code: list[str]) -> bytes:
        key = None
        if self.memo is not None:
            given = self.paper_keys.get(paper.key)
            if given is not None:
                key = b"json paper " + given
            else:
                records = [(PAPERS.name, paper.key)]
                if paper.venue in self.catalogue.venues:
                    records.append((VENUES.name, paper.venue or ""))
                key = self._key(records + self._sources(paper.sources), code)
        return self._kept(key, lambda: _paper(paper, self.catalogue, code))

    def code(self, item: CodeLink) -> bytes:
        records = [(CODE.name, item.key), *self._sources(item.sources)]
        key = self._key(records, []) if self.memo is not None else None
        return self._kept(key, lambda: _code(item, self.catalogue))


def catalogue_to_json(catalogue: Catalogue, category: str | None = None) -> str:
    """The document; with ``category``, only the papers filed under it (and their code)."""
    return catalogue_json(catalogue, category).decode("utf-8")


def catalogue_json(
    catalogue: Catalogue,
    category: str | None = None,
    memo: Memo | None = None,
    paper_keys: Mapping[str, bytes | None] | None = None,
) -> bytes:
    """``catalogue_to_json`` as UTF-8. ``memo``: each paper's and code record's part kept
    between builds (see ``catalogue.memo``); the document is the same with or without it.
    ``paper_keys``: for papers, the caller's digest of the files their part shows (theirs,
    their venue's, sources' and code records'), when it has one already (the site's views do):
    making keys is the slow part of a build that finds every part in the memo."""
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
    parts = _Parts(catalogue, memo, paper_keys or {})
    return _document(
        [
            ("papers", [parts.paper(p, by_paper.get(p.key, [])) for p in papers]),
            ("code", [parts.code(item) for item in code]),
            ("categories", [_indented(c, 2).encode() for c in categories]),
            ("venues", [_indented(v, 2).encode() for v in venues]),
        ]
    )


EXPORTER = register(Exporter(name="json", suffix=".json", export=catalogue_to_json))
