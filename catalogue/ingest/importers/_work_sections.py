"""Whether a heading section's body holds one work's links, for the heading net
(``_rescue_headings``).

A candidate section's body made only role-titled entries (``Paper``, ``Code``, a bare address)
or detail lines (``Venue``, ``Authors``), or made none while its skipped lines link with a role:
the links of one work. Not a candidate: a body of many links (a list's), of a person's pages or
a company's (``_rescue_guards``), or of two bare addresses of one kind (pages listed one by one).
"""

from __future__ import annotations

from collections import Counter

from ...core.models import Link
from . import ImportedEntry
from ._directories import _PERSON_URL_RE
from ._evidence import detail_key
from ._heading_bodies import _Leaf
from ._link_runs import _SOCIAL_RE
from ._named_tools import _PROFILE_RE
from ._rescue_guards import own_pages
from ._role_titles import _URL_LIKE_RE, role_title

_MAX_LINKS = 12


def _every(leaf: _Leaf) -> list[Link]:
    return leaf.links + [x for e in leaf.entries for x in e.entry.links]


def _candidate(leaf: _Leaf) -> bool:
    every = _every(leaf)
    if len(every) > _MAX_LINKS or 2 * sum(map(_persons, every)) > len(every):
        return False  # a list's links, or a person's pages (profiles, a scholar page, an account)
    if own_pages(every, _persons):
        return False  # ``[Homepage](…) | [Scholar](…)``, ``[Careers](…)``: whose, not a work
    if leaf.entries:
        addressed = [e.entry.links[0] for e in leaf.entries if _addressed(e.entry.title, e)]
        return (
            any(e.entry.links for e in leaf.entries)
            and all(
                role_title(e.entry.title, e.entry.links[0].url if e.entry.links else "")
                or _field(e)
                for e in leaf.entries
            )
            and not _alike(addressed)
        )
    addressed = [x for x in leaf.links if not x.label or _URL_LIKE_RE.fullmatch(x.label)]
    return bool(leaf.links) and leaf.roles and not _alike(addressed)


def _field(entry: ImportedEntry) -> bool:
    """``- 🏛️ **Venue**: CoRL 2024`` read as an entry titled ``Venue``: a detail line of the work
    (no link, a detail label for title), which the work takes its venue and year from."""
    title = (entry.entry.title or "").strip(" *_:：").casefold()
    return not entry.entry.links and detail_key(f"{title}:") is not None


def _persons(link: Link) -> bool:
    return bool(
        _PERSON_URL_RE.search(link.url) or _SOCIAL_RE.match(link.url) or _PROFILE_RE.match(link.url)
    )


def _addressed(title: str | None, entry: ImportedEntry) -> bool:
    return bool(entry.entry.links) and bool(_URL_LIKE_RE.fullmatch((title or "").strip()))


def _alike(addresses: list[Link]) -> bool:
    """Two bare addresses of one kind (two posts, two mirrors, two packages): pages listed one
    by one, not the links of one work (its paper, its code, its site)."""
    kinds = Counter(link.kind for link in addresses)
    return any(count >= 2 for count in kinds.values())
