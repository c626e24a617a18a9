"""Headings that each name one work over the same fields, the list's card of a work: ``####
[Name](…) - By Org`` over ``- ⭐ 11.9k stars``, ``- Language: Python``, ``- Features:`` (nested
notes) and ``- Open Source Date: May 2025``; ``### Name`` over ``- Link: https://…``, ``- Licence:
MIT``; ``### [Name](…)`` over ``**Stars:** 1.2k`` and ``**Language:** Rust`` lines. The labels are
the list's own (no lexicon knows ``Open Source Date``), so what makes them fields, not works named
before a colon, is that the list writes the same labels under heading after heading: a template it
fills once per work. A heading whose lines say ``**WidgetKit**: what it does`` names works that
differ under each heading."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ._document import Block, Inline
from ._evidence import real_links, title_words
from ._headed import section_end
from ._html_rows import joined
from ._labelled import label_end, links_only, pictures, titled_links
from ._sections import not_papers
from ._units import Piece, block_pieces, item_head, item_pieces
from ._works import holds_works

# Headings that share a label for it to be the list's field (not a word two sections happen to
# use), and labels of the template a card must fill.
_SHARED_BY = 3
_FIELDS = 2


def card_headings(blocks: list[Block]) -> set[int]:
    """The indices of the headings that each name one work over the fields the list repeats
    (see the module notes)."""
    labels: dict[int, list[str]] = {}
    for at, block in enumerate(blocks):
        if block.kind == "heading" and block.inline is not None and block.level >= 2:
            found = _card_labels(blocks, at)
            if found is not None:
                labels[at] = found
    counts = Counter(label for found in labels.values() for label in found)
    shared = {label for label, n in counts.items() if n >= _SHARED_BY}
    return {at for at, found in labels.items() if sum(1 for x in found if x in shared) >= _FIELDS}


def _card_labels(blocks: list[Block], at: int) -> list[str] | None:
    """The labels of the fields below the heading at ``at``, or None when what is below it is
    not one work's fields: each line a label and its value (a line without a label may be a
    count, a picture or a note, fewer of them than fields), no label twice, no line that is a
    work of its own, a link or an identifier in the heading or among the fields."""
    heading = blocks[at]
    assert heading.inline is not None
    if title_words(heading.inline) < 1 or not_papers(heading.inline.text):
        return None
    body = [b for b in blocks[at + 1 : section_end(blocks, at)] if b.kind not in ("html", "rule")]
    lines = _field_lines(body)
    if lines is None:
        return None
    keys = [_key(x) for x in lines]
    found = [k for k in keys if k is not None]
    plain = [x for x, k in zip(lines, keys, strict=True) if k is None and not pictures(x)]
    if len(found) < _FIELDS or len(set(found)) < len(found) or len(plain) > len(found) // 2:
        return None
    if titled_links(lines) >= 2:
        return None  # ``- Paper: [Title A](…)``, ``- Paper: [Title B](…)``: works of their own
    # The work's own link: the heading's, or a field's whose value is that link alone (``- Link:
    # https://…``, ``- Paper: [Title](…)``); links cited in a sentence (``**Representative work:**
    # [Lee et al.](…) show …``) are a section's prose, and a heading over prose names no work.
    own = real_links(heading.inline) or any(_link_value(x) for x in lines)
    return found if own else None


def _field_lines(body: list[Block]) -> list[Inline] | None:
    """The lines that may be fields: a list's bullets (their nested lines are the field's value,
    ``- Features:`` over its notes, unless they hold works), or a paragraph's lines (``**Stars:**
    1.2k``); a quote or a picture beside them is a description. None for anything else (a
    table, two lists: sections of works)."""
    lines: list[Inline] = []
    lists = 0
    for block in body:
        if block.kind == "list":
            lists += 1
            if lists > 1:
                return None
            for item in block.children:
                head = item_head(item)
                if head is None or holds_works(item):
                    return None
                lines.append(head)
        elif block.kind == "paragraph" and block.inline is not None:
            lines += block.inline.split_lines()
        elif block.kind != "quote":
            return None
    return lines


def _key(line: Inline) -> str | None:
    """A field's label, folded (``open source date`` of ``Open Source Date: May 2025``); a line
    all in bold is a title (``**FSSD: Feature Fusion Detector**``), not a field."""
    end = label_end(line, words=4)
    if end is None or _all_bold(line):
        return None
    return re.sub(r"\W+", " ", line.text[:end]).strip().casefold() or None


def _all_bold(line: Inline) -> bool:
    text = line.text.strip()
    if not text:
        return False
    bold = sum(b - a for a, b in line.strong)
    return bold >= 0.9 * len(text)


def _link_value(line: Inline) -> bool:
    """A field whose value is one link or address and nothing more (``- Link: https://…``,
    ``- Code: [owner/repo](…)``, ``- Paper: [Title](…)``)."""
    end = label_end(line, words=4)
    if end is None:
        return False
    if links_only(line, end):
        return True
    links = [x for x in real_links(line) if x.start >= end]
    rest = line.text[end:]
    if len(links) != 1:
        return False
    return not rest[: links[0].start - end].strip() and not rest[links[0].end - end :].strip(" .;,")


def card_pieces(blocks: list[Block], at: int) -> list[Piece]:
    """The lines of the card at ``at`` as pieces: the heading, then one piece per field, the
    lines nested below a field (``- Features:`` over its notes) joined to it as its value, so
    that no note is read as the work's authors (``MIT License``) or venue."""
    heading = blocks[at]
    assert heading.inline is not None
    pieces = [Piece(heading.inline, heading.line, "head")]
    for block in blocks[at + 1 : section_end(blocks, at)]:
        if block.kind != "list":
            pieces += block_pieces(block, 1)
            continue
        for item in block.children:
            field, *value = item_pieces(item, 1)
            for line in value:
                top = field.inline
                if top.text.strip() and not top.text.rstrip().endswith((":", "：", ";")):
                    top = replace(top, text=top.text + ";")
                field = replace(field, inline=joined(top, line.inline))
            pieces.append(field)
    return pieces
