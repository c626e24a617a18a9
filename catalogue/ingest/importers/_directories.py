"""Directories beside the works: items that name a venue (``[ICLR](https://iclr.cc/)``,
``**[IEEE Transactions on Foo (IEEE-TF)](site)**``, ``**Conference on Foo (FOO)**``) or a person
(``[Ann Lee](author search)``), linking no document. One such item could be a short work's name;
a run of them in one list of one section is a directory, and is skipped, not imported."""

from __future__ import annotations

import re

from ...core.models import LinkKind
from ._document import Inline
from ._evidence import has_id, real_links
from ._fields import Fields
from ._names import is_name
from ._roles import is_code_url, is_paper_url
from ._units import Event, Heading, Unit
from ._venues import Lexicon

VENUE = "a venue's page (a list of venues)"
PERSON = "a person's page (a list of people)"

_VENUE_WORDS_RE = re.compile(
    r"\b(?:Conference|Symposium|Journal|Transactions?|Workshop|Proceedings)\b"
)
# ``## Researchers``, ``## People to follow``: a heading that says its items are people.
_PEOPLE_HEADING_RE = re.compile(
    r"\b(?:researchers?|people|persons?|scientists?|scholars?|experts?|who to follow"
    r"|professors?|influencers?)\b",
    re.IGNORECASE,
)
# A page about a person: an author search (``arxiv.org/find/…/au:+Lee_A``), a scholar profile.
_PERSON_URL_RE = re.compile(
    r"arxiv\.org/(?:find|a)/|[?&/]au(?:thor)?[:=]|scholar\.google\.[a-z.]+/citations\?"
    r"|dblp\.org/pid/|/~[\w.-]+/?$|/(?:people|persons?|staff|faculty|members?)/",
    re.IGNORECASE,
)
_BRACKET_RE = re.compile(r"\s*\(([^()]{2,120})\)\s*$")
_MARKER_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])")
_SHARE = 0.5  # a run is a directory when this share of its items (two at least) are venues/people


def _named(inline: Inline) -> str | None:
    """The name an item is made of: its one link's label, or its bold text, with an optional
    bracket after it (``[Name](url) (Full name)``); None for an item that says more."""
    text = inline.text.strip()
    links = real_links(inline)
    if len(links) > 1:
        return None
    if links:
        link = links[0]
        lead = len(inline.text) - len(inline.text.lstrip())
        rest = inline.text[link.end :].strip()
        if link.start > lead or (rest and not _BRACKET_RE.fullmatch(rest)):
            return None
        return link.label.strip()
    covered = sum(b - a for a, b in inline.strong)
    return text if text and covered >= len(text) else None


def _document(inline: Inline) -> bool:
    """Whether the item links a work: an identifier, a paper's page or PDF (not a publisher's
    front page, not an author search), a repository."""
    if has_id(inline):
        return True
    return any(
        (is_paper_url(x.url) and not _PERSON_URL_RE.search(x.url) and not _ROOT_RE.match(x.url))
        or is_code_url(x.url)
        for x in real_links(inline)
    )


# A site's front page (``https://www.aaai.org/``): a publisher's host, but no document.
_ROOT_RE = re.compile(r"^https?://[^/?#]+/?$", re.IGNORECASE)


def _kind(unit: Unit, lexicon: Lexicon, people: bool) -> str | None:
    """``VENUE`` or ``PERSON`` for an item that names one and nothing else."""
    if len(unit.pieces) != 1 or _document(unit.head.inline):
        return None
    name = _named(unit.head.inline)
    if not name:
        return None
    bracket = _BRACKET_RE.search(name)
    short = name[: bracket.start()] if bracket else name
    # The bracket alone says nothing: ``[Title (CVPR)](project page)`` is a work.
    if lexicon.resolve(name) or lexicon.resolve(short) or _VENUE_WORDS_RE.search(short):
        return VENUE
    urls = [x.url for x in real_links(unit.head.inline)]
    personal = people or any(_PERSON_URL_RE.search(u) for u in urls)
    if personal and urls and 2 <= len(name.split()) <= 4 and is_name(name, lexicon, False):
        return PERSON
    return None


def _site(unit: Unit) -> bool:
    """A short name linked to a site (``[M5 Cup](https://m5cup.example.org/)``): in a directory,
    one of its entries."""
    inline = unit.head.inline
    name = _named(inline)
    return (
        len(unit.pieces) == 1
        and bool(real_links(inline))
        and bool(name)
        and len((name or "").split()) <= 3
        and not _document(inline)
    )


def directory_items(events: list[Event], lines: list[str], lexicon: Lexicon) -> dict[int, str]:
    """The first lines of the items that are a directory's entries, with the reason. A run is
    the items of one list (one marker) in one section."""
    found: dict[int, str] = {}
    runs: dict[str, list[Unit]] = {}
    people = False
    for event in [*events, Heading(0, 0, 1, "")]:
        if isinstance(event, Heading) and event.level > 0:  # level 0: a table's header row
            for run in runs.values():
                found.update(_directory(run, lexicon, people))
            runs = {}
            people = bool(_PEOPLE_HEADING_RE.search(event.text))
        elif isinstance(event, Unit) and event.kind == "item":
            marker = _MARKER_RE.match(lines[event.line - 1])
            key = re.sub(r"\d+", "1", marker.group(0)) if marker else ""
            runs.setdefault(key, []).append(event)
    return found


def _directory(run: list[Unit], lexicon: Lexicon, people: bool) -> dict[int, str]:
    kinds = [_kind(u, lexicon, people) for u in run]
    named = [k for k in kinds if k]
    if len(named) < 2 or len(named) < _SHARE * len(run):
        return {}
    reason = max(set(named), key=named.count)
    return {u.line: k or reason for u, k in zip(run, kinds, strict=True) if k or _site(u)}


def directory_page(unit: Unit, fields: Fields, lexicon: Lexicon) -> str | None:
    """One item of a directory, alone: ``[AAAI](https://www.aaai.org/) (AAAI Conference on …)``,
    a venue's site; ``[Ann Lee](homepage) (University X)``, a person's page with the affiliation:
    the item is the link and one bracket after it."""
    title = fields.title or ""
    if fields.ids or fields.title_link is None or any(x.kind in _DOCUMENTS for x in fields.links):
        return None
    if unit.tool:
        return None  # ``[Onion Reader](…) (iOS)`` in a catalogue's prose: a tool, its platform
    said = re.fullmatch(r"\s*(.+?)\s*\(([^()]{2,120})\)\s*", unit.head.inline.text)
    if said is None or said.group(1).strip() != title.strip():
        return None
    if lexicon.resolve(title) or _VENUE_NAME_RE.search(said.group(2)):
        return VENUE
    if 2 <= len(title.split()) <= 4 and is_name(title, lexicon, False):
        # ``[Transpose Convolution](https://blog.example.org/up-sampling-with-transposed-conv-9ae4)
        # (Deconvolution, Upconvolution)``: an address ending in a slug of words is an article,
        # not a person's home page, whatever its title could be.
        return None if _ARTICLE_SLUG_RE.search(fields.title_link) else PERSON
    return None


# The last part of the path is words joined by dashes with a word of a sentence among them
# (``up-sampling-with-transposed-convolution``), not a name (``ann-b-lee``, ``jean-de-la-cruz``).
_ARTICLE_SLUG_RE = re.compile(
    r"/(?:[^/?#]*[-_])?(?:with|for|of|the|and|to|in|on|how|what|why|from|into|using|via)[-_]"
    r"[^/?#]*[a-z][-_][a-z][^/?#]*/?(?:[?#].*)?$",
    re.IGNORECASE,
)
_DOCUMENTS = (LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI, LinkKind.CODE)
_VENUE_NAME_RE = re.compile(r"\b(?:Conference|Symposium|Journal|Transactions|Workshop)\b")
