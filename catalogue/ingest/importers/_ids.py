"""Identifiers anywhere in an entry: arXiv ids and DOIs written as text, and every id a URL holds.

Text forms: ``arXiv:1503.02531``, ``arxiv 2110.06483v1``, ``[Arxiv 2205.02359]``,
``arXiv:cs/0601001``, ``doi:10.1109/…``, ``DOI 10.1145/…``. URL forms come from
``catalogue.core.identity`` (arXiv, DOI, OpenReview, CVF, PMLR, NeurIPS, AAAI, IEEE, ACL, PII).
``arXiv:2020`` is a year written after the server's name, not an id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...core.identity import ARXIV, DOI, IdentityKey, paper_identity

_ARXIV_TEXT_RE = re.compile(
    r"\[?\s*\b(?:arxiv|arxv|arviv|axriv|arixv)(?:\s*(?:preprint|id|e-?print))?\s*[:：.]?\s*(?:abs/)?"
    r"(?P<id>\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\b\s*\]?",
    re.IGNORECASE,
)
# ``[2104.09044] Title``, ``(arXiv 2104.09044)`` aside: a new-style number alone in brackets,
# as lists that copy arXiv listings write it. Only one whose month exists is taken (a version
# ``[1.2]`` or a date ``[2021.03]`` is none).
_BRACKETED_ARXIV_RE = re.compile(r"[\[(]\s*(?P<id>\d{4}\.\d{4,5})(?:v\d+)?\s*[\])]")
_DOI_TEXT_RE = re.compile(r"\[?\s*\bdoi\s*[:：]?\s*(?P<id>10\.\d{4,9}/[^\s\]\),;]+)\s*\]?", re.I)


@dataclass(frozen=True)
class TextId:
    """An id written as text; ``key`` is None for one that cannot exist (``arXiv:2011.0142``): it
    is still no venue and no year, so it is cut out of the text all the same."""

    key: IdentityKey | None
    start: int
    end: int


def arxiv_year(identifier: str) -> int | None:
    """The year of an arXiv id's ``YYMM`` (``1503.02531`` -> 2015, ``cs/0601001`` -> 2006)."""
    match = re.match(r"^(?:[a-z.-]+/)?(\d{2})(\d{2})", identifier, re.I)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    yy = int(match.group(1))
    return (1900 if yy >= 91 else 2000) + yy


def _plausible_new_style(value: str) -> bool:
    """A new-style id names a month that exists, with 5 digits after the dot from 1501 on."""
    if "/" in value:
        return True
    yymm, number = value.split(".")
    month = int(yymm[2:])
    return 1 <= month <= 12 and (len(number) == 5) == (yymm >= "1501")


def ids_in_text(text: str) -> list[TextId]:
    """arXiv ids and DOIs written as text, with where they are."""
    return list(_ids_in_text(text))


@lru_cache(maxsize=16384)  # the same texts are searched again while a layout is chosen
def _ids_in_text(text: str) -> tuple[TextId, ...]:
    found: list[TextId] = []
    for match in _ARXIV_TEXT_RE.finditer(text):
        value = match.group("id")
        if "/" in value:
            archive, number = value.split("/", 1)
            value = f"{archive.lower()}/{number}"
        key = IdentityKey(ARXIV, value) if _plausible_new_style(value) else None
        found.append(TextId(key, match.start(), match.end()))
    for match in _BRACKETED_ARXIV_RE.finditer(text):
        value = match.group("id")
        taken = any(t.start <= match.start("id") < t.end for t in found)
        if not taken and _plausible_new_style(value):
            found.append(TextId(IdentityKey(ARXIV, value), match.start(), match.end()))
    for match in _DOI_TEXT_RE.finditer(text):
        value = match.group("id").rstrip(".").lower()
        found.append(TextId(IdentityKey(DOI, value), match.start(), match.end()))
    return tuple(sorted(found, key=lambda t: t.start))


def url_id(url: str) -> IdentityKey | None:
    return paper_identity(url)


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by a space each."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        pieces += [text[at:start], " "]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
