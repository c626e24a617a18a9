"""A table of works under a section whose name sounds like prose about the list.

``### 2.1 Introduction`` over ``|Dataset|Description|dataset link|`` and
``|WidgetSet|…|[WidgetSet](…)|``: a section named Introduction, Overview or Preface is mostly
prose about the list and is skipped, but a table there whose rows each name a work in a column
that names works (Dataset, Name, Model, Method, Tool, …; the first or second column) and link it
(a web link labelled by that name or by a role, ``[Download](…)``, ``[Link](…)``) is a table of
works all the same. A table of the list's people (``|Name|Role|[@annlee](…)|``) or of its
sections (``[Papers](#papers)``) names none."""

from __future__ import annotations

import re

from ._anchor_rows import _WORKS_HEADER_RE
from ._document import Inline
from ._evidence import real_links
from ._roles import is_role_label
from ._units import Unit

_MAX_NAME_WORDS = 8


def named_row(unit: Unit) -> bool:
    """A row whose works column (first or second) holds a short name and whose row links that
    work: a web link labelled by the name or only by a role."""
    if unit.kind != "row":
        return False
    for index, name in enumerate(unit.header[:2]):
        if index >= len(unit.pieces) or not _WORKS_HEADER_RE.search(name.strip(" *_`")):
            continue
        cell = " ".join(unit.pieces[index].inline.text.split())
        if not cell or len(cell.split()) > _MAX_NAME_WORDS:
            return False
        return any(_links_name(p.inline, cell) for p in unit.pieces)
    return False


def _links_name(inline: Inline, name: str) -> bool:
    own = _squash(name)
    for link in real_links(inline):
        label = link.label.strip()
        if is_role_label(label) or (own and _squash(label) == own):
            return True
    return False


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())
