"""Fields of a work the list has already listed: generated catalogues list their works in a
table, then describe each again in a section of its own (``<details><summary><strong>Name
</strong> — what it is</summary>`` over ``- **Runtime:** [entrypoint](…) · [MIT license](…)``,
``- **Audit:** links-verified on 2026-07-15``). Those lines are fields of the work above (its
runtime, its audit), no works of their own: before, a field's link or date made it one."""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._units import Unit

# ``**Runtime:**``, ``**Main limitation**:``: a bold label of one to three words and its colon.
_LABEL_RE = re.compile(r"^\s*[^\W\d_][\w'’/-]*(?:\s+[\w'’/-]+){0,2}\s*[:：]?\s*$")


def _labelled(unit: Unit) -> bool:
    """An item that starts with a bold label and its colon (``- **Runtime:** …``)."""
    inline = unit.head.inline
    if unit.kind != "item" or not inline.strong:
        return False
    start, end = inline.strong[0]
    text = inline.text
    if text[:start].strip() or not _LABEL_RE.match(text[start:end]):
        return False
    return text[start:end].rstrip().endswith((":", "：")) or text[end:].lstrip()[:1] in ":："


def _names_a_work(unit: Unit) -> bool:
    """A field that links a paper (an arXiv, DOI, … page) or names a work by a title of three
    words or more (``- **Detection:** [Widget Detection at Scale](…)``): a work of its own, not
    a field of the one the section is named by."""
    links = [link for piece in unit.pieces for link in piece.inline.links]
    return any(paper_identity(x.url) or len(x.label.split()) >= 3 for x in links)


# After a work's name in its section's heading: a dash or colon and what it is, or nothing.
_AFTER_NAME_RE = re.compile(r"^\s*(?:$|[—–:：|]|-\s)")


def field_of_listed(unit: Unit, section: list[str], titles: set[str]) -> str | None:
    """Why ``unit`` is no work: a labelled field (``- **Runtime:** …``) in a section named by a
    work the list has imported already (``App Use — A compact agent API …``); else None."""
    if not section or not _labelled(unit) or _names_a_work(unit):
        return None
    name = section[-1].strip()
    for title in titles:
        if name.casefold().startswith(title) and _AFTER_NAME_RE.match(name[len(title) :]):
            return f"a field of '{name[: len(title)]}', a work listed above"
    return None
