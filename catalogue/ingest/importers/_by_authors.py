"""Where ``by`` starts a plain title's authors (``Title by Ann Lee, Bo Chan (ICML 2020)``)."""

from __future__ import annotations

import re

from ._fields import Context
from ._meta_text import parse_meta

# ``by Ann Lee, …``, ``by Flo van der Gee.``, ``by Di Eng et all``: a name after ``by``.
_BY_NAMES_RE = re.compile(r"(?<!\s)\s+by\s+(?P<name>[A-Z][^,.;:()\[\]]*)")
_NAME_PARTICLES = frozenset("van von der den de del della da di du le la et al all".split())


def by_many(text: str, start: int, stop: int, ctx: Context) -> tuple[int, int] | None:
    """``Title by Ann Lee, Bo Chan (ICML 2020)``: in any list, ``by`` before two names or more in
    full and then only a venue or year ends the title (one name after ``by`` may be the title's
    words: ``Learning by Mimicking Gadgets``)."""
    for match in re.finditer(r"\s+by\s+(?=[A-Z])", text[:stop]):
        if match.start() < start or len(text[start : match.start()].split()) < 3:
            continue
        meta = parse_meta(text[match.end() : stop], ctx.lexicon, ctx.surname_first)
        full = len(meta.authors) >= 2 and all(len(a.split()) >= 2 for a in meta.authors)
        if full and (meta.venue or meta.year) and not meta.rest:
            return match.start(), match.end()
    return None


def by_names(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """In a list that writes ``Title by Authors``: the ``by`` after three title words or more
    whose next words (up to a comma or full stop) are a name, capitalised words or initials."""
    at = start
    while (match := _BY_NAMES_RE.search(text, at, stop)) is not None:
        at = match.start("name")  # a title's own ``by`` may come first: look on from there
        words = match.group("name").split()
        if len(text[start : match.start()].split()) < 3 or not 1 <= len(words) <= 5:
            continue
        if all(w[0].isupper() or w in _NAME_PARTICLES for w in words):
            return match.start(), match.start("name")
    return None
