"""Tags a table writes after the title in its title cell: ``Title `HBB` ``, ``Title `[OBB]` ``,
``Title ``rotation invariance`` ``, ``Title \\[HBB\\]``: a code span of a few words, or a word in
capitals in square brackets, at the end of the cell names a kind or a method, not words of the
title."""

from __future__ import annotations

import re

from ._document import Inline

_BRACKETED_CAPS_RE = re.compile(r"\s*\[(?P<tag>[A-Z][A-Z0-9]{1,5})\]\s*$")


def trailing_tags(cell: Inline, title: str | None) -> tuple[str | None, list[str]]:
    """The title without the tags at its end, and the tags (their brackets dropped)."""
    if not title:
        return title, []
    text = cell.text
    tags: list[str] = []
    end = len(text.rstrip())
    for start, stop in sorted(cell.code, reverse=True):
        tag = text[start:stop].strip()
        if text[stop:end].strip() or not tag or len(tag.split()) > 3 or not text[:start].strip():
            break
        tags.append(tag)
        end = len(text[:start].rstrip())
    kept = title.rstrip()
    for tag in tags:
        if not kept.endswith(tag) or not kept[: -len(tag)].strip():
            return title, []
        kept = kept[: -len(tag)].rstrip()
    caps = _BRACKETED_CAPS_RE.search(kept)
    if caps is not None and kept[: caps.start()].strip():
        tags.append(caps.group("tag"))
        kept = kept[: caps.start()].rstrip()
    return kept, [t.strip("[]") for t in reversed(tags)]
