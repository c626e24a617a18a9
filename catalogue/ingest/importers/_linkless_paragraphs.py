"""Paragraphs that name a work without any link: a list's numbered paper lines (``[45] Title``)
and bold titles with their year and authors (``**Title**. (2023-ICLR) Ann Lee.``). One such
paragraph alone may be a note or a sub-heading, so they are works only when the list writes
three or more of them (``_walk``)."""

from __future__ import annotations

import re

from ._document import Block
from ._evidence import bare_urls, has_id
from ._paragraphs import prose
from ._text import WORD_RE
from ._works import reads_as_title

# ``[45] Title``, ``[45+] Title``: the number a list gives its papers, in square brackets; a
# year there (``[2024] Added …``) dates a line of a changelog.
_NUMBERED_RE = re.compile(r"^\s*\[(?P<n>(?!(?:19|20)\d{2}\])\d{1,4})\+?\]\s*(?=\S)")


def numbered_paper_line(block: Block) -> bool:
    """``[45] Mip-Widget: A Multiscale Representation for Gadgets`` (perhaps wrapped onto a second
    line), without links, its words written as a title's: a paper named by the list's number
    for it and its title."""
    inline = block.inline
    if inline is None or block.kind != "paragraph" or inline.links or has_id(inline):
        return False
    lines = inline.split_lines()
    match = _NUMBERED_RE.match(inline.text)
    if match is None or len(lines) > 2 or prose(inline.text):
        return False
    first = lines[0].text[match.end() :]
    # ``[2] accepted at workshop``: a note all in lower case; a title has a capital somewhere
    # (``pixelWidget: …`` too).
    if not any(ch.isupper() for ch in first):
        return False
    # ``[1], Previous surveys divide the methods by task.``: a numbered sentence, no title.
    return len(WORD_RE.findall(inline.text[match.end() :])) >= 2 and reads_as_title(first)


def footnotes(numbered: list[Block], lines: list[str]) -> bool:
    """Numbered paragraphs whose numbers the list cites elsewhere (``- [Title](…) [1]`` over
    ``[1] Code Released Under MIT License``): notes to its entries, not works. Half of the
    numbers cited is enough; a list of numbered papers cites none of them."""
    # Where each number is cited (not at a line's start, not as a link's label): one pass over
    # the lines, so that a list of thousands of numbered papers is read in linear time.
    cited: dict[str, list[int]] = {}
    for at, line in enumerate(lines):
        for match in _CITED_RE.finditer(line.strip()):
            cited.setdefault(match.group(1), []).append(at)
    found = 0
    for block in numbered:
        match = _NUMBERED_RE.match(block.inline.text if block.inline else "")
        own = range(block.line - 1, block.end_line)
        if match is not None and any(at not in own for at in cited.get(match.group("n"), [])):
            found += 1
    return found >= 0.5 * len(numbered)


_CITED_RE = re.compile(r"(?<!^)\[(\d{1,4})\](?!\()")


def bold_dated_line(block: Block) -> bool:
    """``**[Tag] Title of the Work**. (2023-ICLR) Ann Lee, Bo Chan.`` over ``**TLDR**: …``: a
    paragraph without links whose first line is a bold title of three words or more, then a year
    (and the venue and authors): a work written without an address (a bold line alone is a
    sub-heading)."""
    inline = block.inline
    if inline is None or block.kind != "paragraph" or inline.links or bare_urls(inline):
        return False
    lines = inline.split_lines()
    first = lines[0]
    if len(lines) > 3 or not first.strong or first.strong[0][0] > 0:
        return False
    start, end = first.strong[0]
    if len(WORD_RE.findall(first.text[start:end])) < 3:
        return False
    # The year comes right after the title, perhaps in brackets after a venue; a year further on
    # (``**Ann Lee (Widget Lab)** maintainer since 2021``) or a full date (``**Added gadget
    # papers** (2024-05-01)``, a changelog) names no work.
    return _YEAR_NEXT_RE.match(first.text[end:]) is not None


_YEAR_NEXT_RE = re.compile(
    r"[\s.,:;\u2013\u2014-]*(?:[(\[][^()\[\]\d]{0,15})?(?:19|20)\d{2}(?!\s*[-./]\s*\d{1,2}\b)"
)
