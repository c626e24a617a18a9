"""The compact paper list behind the browse page's filters and the header search.

One small script file (``data/papers.js``) that assigns a JSON object to a global: a script
element loads it from the disk as well as from a server, where ``fetch`` of a file:// URL is
refused. Papers are rows of a few fields with categories and venues as indexes into their tables,
which keeps it near 0.15 KB a paper.

Row layout (the scripts in ``site/assets/javascripts`` read it by position)::

    [key, title, authors joined by ", ", year or 0, venue index or -1,
     [category indexes], has code (1/0), home page index, added date or ""]
"""

from __future__ import annotations

import json

from ..render.tree import descendants
from . import paths
from .model import SiteModel

GLOBAL = "__kdCatalogue"
FORMAT = 1


def browse_data(model: SiteModel) -> dict[str, object]:
    catalogue = model.catalogue
    nodes = model.tree
    cat_index = {node.category.id: i for i, node in enumerate(nodes)}
    venue_ids = sorted(model.venues, key=lambda v: (catalogue.venues[v].short.casefold(), v))
    venue_index = {vid: i for i, vid in enumerate(venue_ids)}
    pages = sorted({paper.home for paper in model.papers.values()})
    page_index = {page: i for i, page in enumerate(pages)}
    categories = [
        {
            "id": node.category.id,
            "title": node.category.title,
            "depth": node.depth,
            "total": node.total,
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
    rows = [
        [
            p.key,
            p.title,
            ", ".join(p.authors),
            p.year or 0,
            venue_index[p.venue.id] if p.venue is not None else -1,
            sorted({cat_index[c] for c in catalogue.papers[p.key].categories if c in cat_index}),
            1 if p.has_code else 0,
            page_index[p.home],
            p.added or "",
        ]
        for p in model.papers.values()
    ]
    return {
        "format": FORMAT,
        "pages": [paths.html_path(page) for page in pages],
        "categories": categories,
        "venues": venues,
        "papers": rows,
    }


def browse_script(model: SiteModel) -> str:
    """The data as a script; ``<``, U+2028 and U+2029 are escaped so that no text can end it."""
    text = json.dumps(browse_data(model), ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{GLOBAL}={text};\n"
