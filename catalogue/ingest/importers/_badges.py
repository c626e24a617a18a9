"""What a badge image says about the work: ``![](https://img.shields.io/badge/ICLR-2024-blue)``
beside a title is the list's way of writing the venue and year."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import unquote

from ...core.identity import paper_identity
from ._document import Block, Inline
from ._meta_text import venue_of
from ._roles import is_paper_url, is_role_label
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


# A badge labelled as a tag (``keyword``, ``topic``, ``task``): its message is a subject (one that
# may share a journal's name, ``machine-learning``), never where the work was published.
_TOPIC_LABEL_RE = re.compile(
    r"^(?:key-?words?|tags?|topics?|tasks?|fields?|areas?|subjects?|categor(?:y|ies)|themes?"
    r"|domains?|modalit(?:y|ies)|types?)$",
    re.IGNORECASE,
)


def badge_venue(images: list[tuple[str, str]], lexicon: Lexicon) -> tuple[str, int | None] | None:
    """(venue, year) from the first badge that names a venue the lexicon knows (its text, or its
    alt text), or None: ``Paper-PDF`` or a stars count names none."""
    for alt, src in images:
        shown = badge_text(src)
        # ``/badge/AAAI'22-WidgetNet-blue``: the venue is the label, the work's name the message.
        label = shown.split(" ")[0] if shown else None
        if label is not None and _TOPIC_LABEL_RE.match(label):
            continue  # ``![machine-learning](…/badge/keyword-machine--learning-475569)``: a tag
        for text in (shown, alt, label):
            if not text:
                continue
            venue, year = venue_of(text, lexicon)
            known = lexicon.resolve(venue) if venue is not None else None
            if known is not None:
                return known, year
    return None


# What a line of badges holds besides them: spaces and separators.
_BETWEEN_RE = re.compile(r"[\s,;|·•/]*")


def badge_named(inline: Inline, lexicon: Lexicon) -> Inline | None:
    """``> - [![WidgetCLIP](https://img.shields.io/badge/CVPR'23-WidgetCLIP-blue)](https://arxiv.org/abs/…)``
    then a stars badge on its code: a line that is only badges wrapped in links, the first one
    on the paper (arXiv, a DOI, a PDF) with the work's short name as its text (not a role,
    ``arXiv``, ``Paper``, nor a venue): the list names the work by that badge. The line as if
    the name were the link's label (``[WidgetCLIP](https://arxiv.org/abs/…)``); None for any
    other line."""
    links = inline.links
    if not links or any(x.label.strip() for x in links) or not all(x.alt for x in links):
        return None
    rest, at = [], 0
    for link in links:
        rest.append(inline.text[at : link.start])
        at = link.end
    rest.append(inline.text[at:])
    if not _BETWEEN_RE.fullmatch("".join(rest)):
        return None
    first = links[0]
    name = first.alt.strip()
    words = name.split()
    if not (1 <= len(words) <= 6) or is_role_label(name) or not re.search(r"[^\W\d_]", name):
        return None
    if not (is_paper_url(first.url) or paper_identity(first.url)):
        return None
    venue, _ = venue_of(name, lexicon)
    if venue is not None and lexicon.resolve(venue) is not None:
        return None  # ``[![CVPR](…)](https://…pdf)``: a venue's mark, no name
    size = len(name)
    shifted = [
        replace(x, start=x.start + size, end=x.end + size)
        if x is not first
        else replace(x, label=name, end=x.start + size)
        for x in links
    ]
    text = inline.text[: first.start] + name + inline.text[first.start :]
    return replace(
        inline,
        text=text,
        links=shifted,
        strong=_moved(inline.strong, first.start, size),
        em=_moved(inline.em, first.start, size),
        code=_moved(inline.code, first.start, size),
        small=_moved(inline.small, first.start, size),
        starts=[(a if a <= first.start else a + size, ln) for a, ln in inline.starts],
        hard={a if a <= first.start else a + size for a in inline.hard},
    )


def name_badge_items(blocks: list[Block], lexicon: Lexicon) -> list[Block]:
    """The blocks, each item of a Markdown list whose first line is only badges named by the first
    (``badge_named``) read as if the name were that link's label; ``blocks``, changed in place."""
    for block in blocks:
        head = block.children[0] if block.markdown_item and block.children else None
        if head is not None and head.kind == "paragraph" and head.inline is not None:
            named = badge_named(head.inline, lexicon)
            head.inline = named if named is not None else head.inline
        name_badge_items(block.children, lexicon)
    return blocks


def _moved(spans: list[tuple[int, int]], at: int, size: int) -> list[tuple[int, int]]:
    return [(a + size if a > at else a, b + size if b > at else b) for a, b in spans]
