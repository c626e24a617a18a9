"""Items written ``Name: short description`` in a list whose own contents name each item by its
name: the name is the title, the words after the colon describe it.

``- ALBERT: "A Lite" version of BERT`` over its model and paper links, and in the list's table of
contents ``- [ALBERT](#albert)`` (an anchor of the item's own, no heading's): the list calls the
work ALBERT, the rest is a description it wrote (often the paper's title, as often not). Paper
lists write ``Name: Title`` too, where the whole line is the title; only a list whose contents
link three of its items or more by the name before the colon (and most of those it writes so) is
read this way, and then every such item of it, also one its contents name a little otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._units import Event, Unit

# ``[ALBERT](#albert)``: a link to an anchor of the list's own page.
_CONTENTS_LINK_RE = re.compile(r"\[(?P<label>[^\[\]]{1,60})\]\(#(?P<anchor>[^)\s]+)\)")
# ``Name: description``: a short name (three words at most, no brackets) before a colon.
_NAMED_RE = re.compile(
    r"^\s*(?P<name>[^\s:：\[\]()]+(?: [^\s:：\[\]()]+){0,2})\s*[:：]\s+(?P<rest>\S.*)$"
)
_MIN_NAMED = 3


def contents_named(events: Iterable[Event], lines: list[str], headings: set[str]) -> bool:
    """Whether the list names its ``Name: description`` items in its contents (see the module);
    ``headings`` are the anchors of the list's headings, whose links name sections."""
    labels = {
        m.group("label").strip().casefold()
        for line in lines
        for m in _CONTENTS_LINK_RE.finditer(line)
        if m.group("anchor").lower() not in headings
    }
    names = [
        m.group("name").casefold()
        for e in events
        if isinstance(e, Unit) and e.kind == "item" and not e.head.inline.links
        if (m := _NAMED_RE.match(e.head.inline.text)) is not None
    ]
    named = sum(1 for n in names if n in labels)
    return named >= _MIN_NAMED and 2 * named >= len(names)


def split_named(title: str) -> tuple[str, str] | None:
    """``ALBERT: "A Lite" version of BERT``: the name and the description, or None."""
    m = _NAMED_RE.match(title)
    return (m.group("name"), m.group("rest").strip()) if m else None
