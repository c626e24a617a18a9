"""What a badge image says about the work: ``![](https://img.shields.io/badge/ICLR-2024-blue)``
beside a title is the list's way of writing the venue and year."""

from __future__ import annotations

import re
from urllib.parse import unquote

from ._meta_text import venue_of
from ._venues import Lexicon

# A static shields.io badge: ``/badge/<label>-<message>-<colour>`` (``--`` is a dash, ``_`` a
# space), or ``/static/v1?label=…&message=…``.
_STATIC_RE = re.compile(r"^https?://img\.shields\.io/badge/(?P<path>[^?#]+)", re.IGNORECASE)
_QUERY_RE = re.compile(r"^https?://img\.shields\.io/static/v1\?(?P<query>[^#]+)", re.IGNORECASE)


def badge_text(src: str) -> str | None:
    """The words a shields.io badge shows (label and message), or None for any other image."""
    static = _STATIC_RE.match(src)
    if static is not None:
        path = re.sub(r"\.(?:svg|png)$", "", static.group("path"))
        parts = [p.replace("\0", "-") for p in path.replace("--", "\0").split("-")]
        words = parts[:-1] if len(parts) >= 2 else parts  # the last part is the colour
        return unquote(" ".join(words).replace("__", "\0").replace("_", " ").replace("\0", "_"))
    query = _QUERY_RE.match(src)
    if query is not None:
        fields = dict(re.findall(r"(?:^|&)(label|message)=([^&]*)", query.group("query")))
        text = " ".join(fields.get(k, "") for k in ("label", "message")).strip()
        return unquote(text.replace("+", " ")) or None
    return None


def badge_venue(images: list[tuple[str, str]], lexicon: Lexicon) -> tuple[str, int | None] | None:
    """(venue, year) from the first badge that names a venue the lexicon knows (its text, or its
    alt text), or None: ``Paper-PDF`` or a stars count names none."""
    for alt, src in images:
        for text in (badge_text(src), alt):
            if not text:
                continue
            venue, year = venue_of(text, lexicon)
            known = lexicon.resolve(venue) if venue is not None else None
            if known is not None:
                return known, year
    return None
