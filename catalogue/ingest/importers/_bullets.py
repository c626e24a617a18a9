"""One bullet of a list of unknown layout, read into the fields of an entry.

The title is the first of: a leading ``[Title](url)`` link (also bold, or given as a reference
link), a leading ``**bold**`` or quoted text, or else the first sentence. A ``[VENUE YEAR]`` or
``(VENUE YEAR)`` in front of it is the venue. What follows is read by ``_meta``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...core.models import LinkKind
from ._common import EntryFields
from ._links import make_links
from ._markdown import InlineLink, find_links, normalise_ref, remove_spans
from ._meta import edges, parse_meta, split_sentence_title, strip_emphasis
from ._text import clean_title, find_year, split_date, split_venue_year

_REF_LINK_RE = re.compile(r"\[(?P<label>(?:[^\[\]]|\[[^\[\]]*\])+)\]\[(?P<ref>[^\[\]]*)\]")
_AUTOLINK_RE = re.compile(r"<(https?://[^>\s]+)>|(?<![(<\[\w])(https?://[^\s<>()\[\]]+)")
# ``[CVPR 2019]``, ``(NIPS 2014)``, ``(15.03.09, NIPS 2014)`` or ``(19.03.29)`` before the title.
_LEADING_VENUE_RE = re.compile(
    r"^[\[(](?P<venue>[^\[\]()]*(?:(?:19|20)\d{2}|\d{2}\.\d{2}\.\d{2})[^\[\]()]*)[\])]\s+"
)
_DATE_RE = re.compile(r"^(?:\d{2}\.\d{2}\.\d{2}|(?:19|20)\d{2}[-./]\d{2}(?:[-./]\d{2})?)$")
# ``**Title, CVPR 2018**``: a venue and year written inside the marked title.
_TITLE_VENUE_RE = re.compile(r"^(?P<title>.+?),\s*(?P<venue>[^,]{0,40}?\b(?:19|20)\d{2})$")
_BOLD_LINK_RE = re.compile(r"^(\*\*|__)(?P<link>\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^)]*\))\1")
_BOLD_TITLE_RE = re.compile(r"^(?:\*\*|__)(?P<title>.+?)(?:\*\*|__)(?P<rest>.*)$")
_QUOTED_TITLE_RE = re.compile(r'^["“](?P<title>[^"”]+)["”](?P<rest>.*)$')


@dataclass
class BulletFields(EntryFields):
    title: str  # a bullet without a title is no entry
    date: str | None = None
    bad_links: list[InlineLink] = field(default_factory=list)
    # Words that are neither authors nor venue: usually a description of the entry.
    description: str | None = None


def inline_references(text: str, refs: dict[str, str], used: set[str]) -> str:
    """``[label][ref]``, ``[label][]``, ``<url>`` and bare URLs rewritten as inline links, so one
    path reads them all; ``used`` collects the references that were resolved."""

    def resolve(match: re.Match[str]) -> str:
        key = normalise_ref(match.group("ref") or match.group("label"))
        if key not in refs:
            return match.group(0)
        used.add(key)
        return f"[{match.group('label')}]({refs[key]})"

    def autolink(part: str) -> str:
        return _AUTOLINK_RE.sub(lambda m: f"[]({m.group(1) or m.group(2)})", part)

    text = _REF_LINK_RE.sub(resolve, text)
    pieces, at = [], 0
    for link in find_links(text):
        pieces += [autolink(text[at : link.start]), text[link.start : link.end]]
        at = link.end
    pieces.append(autolink(text[at:]))
    return "".join(pieces)


def _split_title(text: str) -> tuple[str, bool, str, str]:
    """(title as written, whether it is the first link, text holding the links, other words)."""
    text = _BOLD_LINK_RE.sub(lambda m: m.group("link"), text)
    found = find_links(text)
    if found and found[0].start == 0 and found[0].label.strip():
        return found[0].label, True, text, remove_spans(text, found)
    marked = _BOLD_TITLE_RE.match(text) or _QUOTED_TITLE_RE.match(text)
    if marked:
        title, rest = marked.group("title"), marked.group("rest")
        inside = _TITLE_VENUE_RE.match(title.strip())
        words = remove_spans(rest, find_links(rest))
        if inside:
            title, words = inside.group("title"), f"({inside.group('venue')}) {words}"
        return title, False, rest, words
    head = text[: found[0].start] if found else text
    tail = text[found[0].start :] if found else ""
    title, after = split_sentence_title(head)
    if not after and " - " in title:
        title, after = title.split(" - ", 1)
    return title, False, tail, after + " " + remove_spans(tail, find_links(tail))


def read_bullet(content: str, role: LinkKind) -> BulletFields | None:
    """The fields of a bullet's text (links already inline), or None when it is no entry: it
    needs a title and either a link or a year."""
    leading = _LEADING_VENUE_RE.match(content)
    text = content[leading.end() :] if leading else content
    raw_title, title_link, links_text, rest = _split_title(text)
    title, original = clean_title(strip_emphasis(raw_title))
    found = find_links(links_text)
    links, bad = make_links(found, role if title_link else None)
    # Links to anchors or files of the list itself (a table of contents) make no entry.
    if not title or not edges(title) or (not links and find_year(text) is None):
        return None
    meta = parse_meta(rest)
    fields = BulletFields(
        title=title,
        title_original=original,
        authors_text=meta.authors_text,
        authors=meta.authors,
        venue=meta.venue,
        year=meta.year,
        venue_text=meta.venue_text,
        links=links,
        bad_links=bad,
        description=meta.rest,
    )
    fields.date, venue_text = (
        split_date(leading.group("venue"), _DATE_RE) if leading else (None, None)
    )
    if venue_text:
        # The venue in front wins; one written again after the title stays in the description.
        fields.description = " ".join(x for x in (meta.venue_text, meta.rest) if x) or None
        fields.venue_text = venue_text
        fields.venue, fields.year = split_venue_year(venue_text)
    return fields
