"""A table of works whose rows name each work by a link to an anchor of the page the page does
not define.

Generated catalogues write an index table, ``| [BareWave](#barewave) | Token LM | T → S |``, a
row a work linking the work's section further down. When the page holds those sections (a
heading, an ``<a id="barewave">``), the table is the page's contents: its rows are navigation,
the works are read at their sections. When it holds none of them (the list was cut, or its
sections live on another page), the table is all there is of those works: each row names one,
titled by its link's words, its other cells its notes. A table is read so when most of its rows
(three or more) are one anchor link in a column whose header names works (``Model``, ``Name``,
``Method``…) and most of those anchors point nowhere in the page; a row whose anchor is found
stays navigation (its work is read at its section).

An anchor is found when the page has a heading whose GitHub anchor it is (``## Bare Wave (v2)``:
``bare-wave-v2``; a heading written twice gets ``-1``, ``-2``), or an HTML ``id``/``name`` of
that value; also when its letters and digits alone are those of such a heading (``#-vision``
for ``## 🔥 Vision``, ``#vision-2``; ``#02`` for ``id="2"``; ``#user-content-vision``): a
contents table whose anchors are a little off stays contents. An anchor is decoded first:
``#%E7%9B%AE%E6%A0%87`` (``#目标``), ``#r%C3%A9seaux`` (``#réseaux``) are what GitHub's own links
and most contents generators write for a heading that is not plain ASCII. A row is navigation
too when its anchor's letters are those of a name the page leads a line with elsewhere, a bold
``**WidgetKit**`` or a link ``- [WidgetKit](https://…)``: GitHub makes no anchor for such a line,
but the author's contents point at it and the work is read there (a row would repeat it, with
no link).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote

from ._document import Block, Inline
from ._evidence import real_links
from ._units import Piece

# ``<a id="barewave"></a>``, ``<a name="x">``, ``<h3 id="x">``: an anchor written in HTML.
_HTML_ANCHOR_RE = re.compile(r"""\b(?:id|name)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")
# A column that names the works: ``Model``, ``Name``, ``Method``, ``Paper``, ``Dataset``, ``Tool``
# (``Nom du modèle``, ``Método``, ``Werkzeug``, ``模型``, ``モデル``).
_WORKS_HEADER_RE = re.compile(
    r"\b(?:titles?|papers?|names?|datasets?|benchmarks?|models?|methods?|tools?|systems?"
    r"|architectures?|projects?|works?|libraries|library|frameworks?|algorithms?|approach(?:es)?"
    r"|families|family|corpus|corpora|noms?|nombres?|titres?|t[ií]tulos?|titel|mod[eè]les?"
    r"|modelos?|modell(?:e)?|m[ée]thodes?|m[ée]todos?|methoden?|outils?|herramientas?"
    r"|werkzeuge?|art[ií]culos?|articles?)\b|^(?:标题|论文|名称|数据集|模型|方法|モデル|手法|名前|모델|이름)$",
    re.IGNORECASE,
)
_MIN_ROWS = 3
# A line led by a name, outside a table: ``**WidgetKit**``, ``- __Gadget Lab__: …``,
# ``<b>CogView</b>``, ``* [WidgetKit](https://…) - …``, ``1. [[GadgetLab]](https://…)``.
_LEAD_NAME_RE = re.compile(
    r"^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__|<(?:b|strong)>|\[\[?)"
    r"(?P<name>[^*_<>\[\]]{1,60})(?:\*\*|__|</(?:b|strong)>|\]\]?\(https?://)",
    re.IGNORECASE,
)


def page_anchors(blocks: list[Block], lines: list[str]) -> set[str]:
    """The anchors a page defines: its headings' GitHub anchors and its HTML ids and names, and
    the letters and digits of each (``_squash``), to match anchors written a little otherwise."""
    slugs: Counter[str] = Counter()
    found: set[str] = set()
    for block in _headings(blocks):
        assert block.inline is not None
        slug = _slug(block.inline.text)
        found.add(slug if not slugs[slug] else f"{slug}-{slugs[slug]}")
        slugs[slug] += 1
    for line in lines:
        if "=" in line and "<" in line:
            found.update(m.group(1).casefold() for m in _HTML_ANCHOR_RE.finditer(line))
    return found | {_squash(x) for x in found} | _lead_names(lines)


def _lead_names(lines: list[str]) -> set[str]:
    """The letters and digits of the names lines outside tables are led by (``_LEAD_NAME_RE``):
    what a contents table's anchor may point at without a heading."""
    names = set()
    for line in lines:
        m = None if line.lstrip().startswith("|") else _LEAD_NAME_RE.match(line)
        if m is not None and (squashed := _squash(m.group("name"))):
            names.add(squashed)
    return names


def _headings(blocks: list[Block]) -> list[Block]:
    found: list[Block] = []
    for block in blocks:
        if block.kind == "heading" and block.inline is not None:
            found.append(block)
        found += _headings(block.children)
    return found


def _slug(text: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces made dashes."""
    text = _TAG_RE.sub("", text).strip().casefold()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _squash(anchor: str) -> str:
    return re.sub(r"[\W_]+", "", re.sub(r"-\d+$", "", anchor.casefold()))


def _found(anchor: str, anchors: set[str]) -> bool:
    # ``#%C3%A9t%C3%A9`` decoded; GitHub's ``user-content-`` prefix, written out, dropped.
    anchor = unquote(anchor).casefold().removeprefix("user-content-")
    if anchor.isdigit():  # ``[BTF](#02)`` for ``<span id="2">``: a reference's number
        return anchor in anchors or str(int(anchor)) in anchors
    return anchor in anchors or _squash(anchor) in anchors


def _anchor_at(cell: Inline) -> str | None:
    """``[BareWave](#barewave)``, perhaps in bold: the anchor of a cell that is one link to an
    anchor of the page and nothing else."""
    if len(cell.links) != 1 or real_links(cell):
        return None
    link = cell.links[0]
    url = link.url.strip()
    if not url.startswith("#") or len(url) < 2 or link.image_only:
        return None
    if cell.text.strip(" *_`") != link.label.strip(" *_`") or not link.label.strip():
        return None
    return url[1:]


def anchor_column(pieces: list[Piece]) -> int | None:
    """The column of a row that names its work by an anchor (see ``dangling_rows``)."""
    return next((i for i, p in enumerate(pieces[:2]) if _anchor_at(p.inline) is not None), None)


def dangling_rows(header: list[str], rows: list[list[Inline]], anchors: set[str]) -> set[int]:
    """The rows (their index in ``rows``) that name a work by an anchor the page does not
    define, in a table of works written so (see the module notes); empty for other tables."""
    if len(header) < 2:
        return set()  # a column of links alone: the page's contents
    for at, name in enumerate(header[:2]):
        if not _WORKS_HEADER_RE.search(name.strip(" *_`")):
            continue
        named = {
            i: a
            for i, cells in enumerate(rows)
            if at < len(cells)
            if (a := _anchor_at(cells[at])) is not None
        }
        if len(named) < _MIN_ROWS or 5 * len(named) < 3 * len(rows):
            continue
        lost = {i for i, anchor in named.items() if not _found(anchor, anchors)}
        return lost if 2 * len(lost) > len(named) else set()
    return set()
