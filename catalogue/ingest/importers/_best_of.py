"""Where a tool is to be had: catalogues generated in the "best-of" manner (lists of libraries,
notebooks, extensions ranked by a project-quality score) fold each tool into a ``<details>`` block
whose ``<summary>`` names it (``<b><a href="…">Widgetry</a></b> (🥇27 · ⭐ 10K) - What it does.``)
and list below it the sites it comes from, each a link named by its site, its counts in brackets,
the install command in a code block (``- [GitHub](https://github.com/…) (👨💻 620 · 🔀 3.8K):``,
``- [PyPi](https://pypi.org/project/…) (📥 11M / month):``, ``- [Conda](https://anaconda.org/…)``).
Those lines are the tool's links, not works named ``PyPi`` or by their counts."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ._document import Block, Inline
from ._evidence import real_links
from ._units import item_head, sub_items

# After the site's link: its counts in brackets, perhaps a colon before the install command.
_AFTER_RE = re.compile(r"\s*(?:\([^()]*\))?\s*[:：]?\s*")


def _site_named(label: str, url: str) -> bool:
    """A link whose label names the site it points to, word by word (``GitHub`` on github.com,
    ``PyPi`` on pypi.org, ``Conda`` on anaconda.org, ``Docker Hub`` on hub.docker.com, ``NPM``
    on npmjs.com)."""
    words = re.findall(r"[^\W_]+", label.casefold())
    netloc = urlsplit(url).netloc.casefold()
    return 0 < len(words) <= 3 and all(len(w) >= 2 and w in netloc for w in words)


def _site_line(head: Inline) -> bool:
    """``[PyPi](https://pypi.org/project/widgetry) (📥 11M / month):``: one link named by its
    site, then at most its counts in brackets and a colon."""
    links = real_links(head)
    if len(links) != 1 or links[0].start != len(head.text) - len(head.text.lstrip()):
        return False
    link = links[0]
    return _site_named(link.label, link.url) and bool(_AFTER_RE.fullmatch(head.text[link.end :]))


def site_lines(body: list[Block]) -> bool:
    """Blocks below a ``<summary>`` that only say where its tool is to be had: one list or more
    of site lines (``_site_line``), each perhaps over its install command (a code block), and
    nothing else but code blocks."""
    items = [i for b in body if b.kind == "list" for i in b.children]
    if not items or any(b.kind not in ("list", "code") for b in body):
        return False
    for item in items:
        head = item_head(item)
        if head is None or sub_items(item) or not _site_line(head):
            return False
        if any(c.kind not in ("paragraph", "code") for c in item.children[1:]):
            return False
    return True
