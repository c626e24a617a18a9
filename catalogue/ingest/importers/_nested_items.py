"""What the items nested under an item are to it: the lines of its work (links alone, a
repository, details without words of their own), one work under a short name, a title alone."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import bare_urls, has_evidence, has_link_or_id, real_links, title_words
from ._ids import cut
from ._meta_text import parse_meta
from ._repository_line import repository_line
from ._resource_links import resource_line
from ._roles import is_role_label
from ._units import item_head, sub_items
from ._venues import default_lexicon
from ._works import labelled_names, title_like


def detail_item(item: Block) -> bool:
    """A nested line that is the paper's: its repository, a label over named links, or a link
    named by the kind of resource it is (``_resource_links``)."""
    head = item_head(item)
    lone = head is not None and not sub_items(item)
    return lone and (repository_line(head) or labelled_names(head) or resource_line(head))


# What may stand around the one link of a link line: bullets' separators and a short label
# (``Paper: [arXiv](…)``, ``- [code](…) |``).
_LINK_LINE_REST_RE = re.compile(r"[\s|·•,;:()\[\]*_-]*(?:[^\W\d_]+[\s:：-]*)?[\s|·•,;()\[\]*_-]*")


def link_lines(head: Inline | None, subs: list[Block]) -> bool:
    """``1. DistilBERT, a distilled version of BERT: …`` over ``- [arXiv](…)`` and ``- [Hugging
    Face](…)``: nested items that are each one link and nothing else, one of them labelled only
    by its role (``arXiv``, ``code``, ``PDF``), under a title with no link of its own, are the
    links of that work; a link named like a title among them (the code's host, a licence:
    ``[Requires approval, non-commercial](…)``) is no work below a category. Lines without a
    link among them (``- Google``, ``- Apache v2``) are the work's notes."""
    if head is None or has_link_or_id(head) or title_words(head) < 3 or not title_like(head):
        return False
    heads = [item_head(s) for s in subs]
    if not heads or any(sub_items(s) for s in subs) or any(h is None for h in heads):
        return False
    role = False
    for line in heads:
        assert line is not None
        links = real_links(line)
        urls = bare_urls(line)
        if not links and not urls and not line.links and not has_link_or_id(line):
            continue  # ``- Google``, ``- Apache v2``: a note of the work (its lab, its licence)
        if len(links) + len(urls) != 1:
            return False
        start, end = (links[0].start, links[0].end) if links else urls[0][1:]
        if not _LINK_LINE_REST_RE.fullmatch(line.text[:start] + " " + line.text[end:]):
            return False
        role = role or (bool(links) and is_role_label(links[0].label))
    return role


def name_over_one_work(head: Inline | None, subs: list[Block], works: list[Block]) -> bool:
    """``- **TinyWidget**`` over ``- [TinyWidget: Title](…), ICCV 2023`` and ``- [code](…)``: a
    short bold name (no link, no year) over one work and lines that are no works of their own
    (its venue, its links): one entry, the name its alias, not a category of one work."""
    if head is None or head.links or has_evidence(head) or not 1 <= title_words(head) <= 4:
        return False
    text = head.text.strip(" :")
    if sum(b - a for a, b in head.strong) < len(text):
        return False
    if len(works) != 1 or len(subs) < 2 or any(sub_items(s) for s in subs):
        return False
    return all(_detail_only(item_head(s)) for s in subs if s is not works[0])


def _detail_only(inline: Inline | None) -> bool:
    """A line of a work's details only: links, a venue, a year, authors (``CVPR 2024``,
    ``[code](…)``, ``Ann Lee, Bo Chan``), no words of its own."""
    if inline is None:
        return False
    spans = [(x.start, x.end) for x in inline.links] + [(a, b) for _, a, b in bare_urls(inline)]
    text = cut(inline.text, spans).strip(" |·,;:.-–—()[]")
    return not text or parse_meta(text, default_lexicon()).rest is None


def title_line(inline: Inline | None) -> bool:
    """A nested line that is a title on its own: three words or more, no link."""
    return (
        inline is not None and not inline.links and title_words(inline) >= 3 and title_like(inline)
    )
