"""The compact paper list behind the browse page's filters and the header search.

One small script file (``data/papers.js``) that assigns a JSON object to a global: a script
element loads it from the disk as well as from a server, where ``fetch`` of a file:// URL is
refused. Papers are rows of a few fields with categories and venues as indexes into their tables,
which keeps it near 0.15 KB a paper.

Row layout (the scripts in ``site/assets/javascripts`` read it by position)::

    [key, title, authors joined by ", ", year or 0, venue index or -1,
     [category indexes], has code (1/0), talk (1/0), added date or ""]

Each paper's page is ``papers/<key>.html``. Papers and talks are told apart so that the scripts
count them apart, as every page does.
"""

from __future__ import annotations

import json

from ...core.tree import descendants
from ...incremental.fragments import Fragments
from .model import SiteModel
from .views import PaperView

GLOBAL = "__kdCatalogue"
FORMAT = 2


def _json(value: object) -> str:
    """Compact JSON that no text can end a script element with (``<``, U+2028, U+2029 escaped;
    the escapes act on single characters, so parts escaped apart join as the whole would)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def browse_bytes(model: SiteModel, fragments: Fragments | None = None) -> bytes:
    """The script in UTF-8. ``fragments``: each paper's row as kept between builds, under the
    paper's ``inputs`` and the tables its indexes point into."""
    catalogue = model.catalogue
    nodes = model.tree
    cat_index = {node.category.id: i for i, node in enumerate(nodes)}
    venue_ids = sorted(model.venues, key=lambda v: (catalogue.venues[v].short.casefold(), v))
    venue_index = {vid: i for i, vid in enumerate(venue_ids)}
    categories = [
        {
            "id": node.category.id,
            "title": node.category.title,
            "depth": node.depth,
            # The category and every one below it: what selecting it in the filter matches.
            "under": sorted(
                cat_index[c] for c in descendants(catalogue.categories, node.category.id)
            ),
        }
        for node in nodes
    ]
    venues = [
        {"id": v, "short": catalogue.venues[v].short, "name": catalogue.venues[v].name}
        for v in venue_ids
    ]
    head = {
        "format": FORMAT,
        "categories": categories,
        "venues": venues,
    }
    tables = Fragments.shows(names=[_json([FORMAT, list(cat_index), venue_ids])])
    kind = f"row {tables.hex() if tables else ''}"

    def row(p: PaperView) -> str:
        return _json(
            [
                p.key,
                p.title,
                ", ".join(p.authors),
                p.year or 0,
                venue_index[p.venue.id] if p.venue is not None else -1,
                sorted({cat_index[c] for c in p.record.categories if c in cat_index}),
                1 if p.has_code else 0,
                1 if p.kind == "talk" else 0,
                p.added or "",
            ]
        )

    rows: list[bytes] = []
    for paper in model.papers.values():
        if fragments is None or paper.inputs is None:
            rows.append(row(paper).encode("utf-8"))
            continue
        found: bytes | None = fragments.find(kind, paper.inputs)
        if found is None:
            found = fragments.keep(kind, paper.inputs, row(paper).encode("utf-8"))
        rows.append(found)
    # The head's object without its closing brace, then the rows: what one dump of it all gives.
    head_text = f'window.{GLOBAL}={_json(head)[:-1]},"papers":['
    return b"".join([head_text.encode("utf-8"), b",".join(rows), b"]};\n"])
