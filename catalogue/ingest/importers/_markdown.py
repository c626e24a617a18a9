"""Markdown pieces that every list importer needs: lines, headings, bullets, inline links.

These are deliberately small line-level recognisers, not a full CommonMark parser: awesome lists
are line-oriented, and an importer must account for every line by number, which a tree parser
would blur.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their line ends; line ``n`` is ``lines[n - 1]``.

    Only ``\\n`` (and a ``\\r`` before it) ends a line, unlike ``str.splitlines``, which would also
    split on form feeds and Unicode separators and so shift every line number after them.
    """
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def is_blank(line: str) -> bool:
    return not line.strip()


_RULE_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


def is_rule(line: str) -> bool:
    """A thematic break (``---``, ``***``, ``___``)."""
    return bool(_RULE_RE.match(line))


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def atx_heading(line: str) -> Heading | None:
    """``## Text`` (an empty ``##`` is a heading with empty text)."""
    match = _ATX_RE.match(line)
    if not match:
        return None
    return Heading(len(match.group(1)), (match.group(2) or "").strip())


def setext_level(line: str, previous: str | None) -> int | None:
    """The level of a setext underline (``===`` 1, ``---`` 2) below a paragraph line, else None.

    A ``---`` after a blank line is a rule, not an underline, so the line above must be text.
    """
    match = _SETEXT_RE.match(line)
    if not match or previous is None or is_blank(previous) or atx_heading(previous):
        return None
    if bullet(previous) or previous.lstrip().startswith((">", "|")) or is_rule(previous):
        return None
    return 1 if match.group(1).startswith("=") else 2


@dataclass(frozen=True)
class Bullet:
    indent: int
    marker: str
    content: str


_BULLET_RE = re.compile(r"^([ \t]*)([-*+]|\d{1,3}[.)])[ \t]+(.*?)[ \t]*$")


def bullet(line: str) -> Bullet | None:
    """A list item: ``- x``, ``* x``, ``+ x`` or ``1. x``; content without surrounding blanks."""
    if is_rule(line):
        return None
    match = _BULLET_RE.match(line)
    if not match:
        return None
    indent = len(match.group(1).expandtabs(4))
    return Bullet(indent, match.group(2), match.group(3))


@dataclass(frozen=True)
class InlineLink:
    """``[label](url)`` found in a line; ``start``/``end`` delimit it in that line."""

    label: str
    url: str
    start: int
    end: int


# The label may hold one level of nested brackets (``[[paper]](url)`` has the label ``[paper]``);
# the URL may hold balanced parentheses and an optional title in quotes.
_LINK_RE = re.compile(
    r"\[(?P<label>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"\(\s*(?P<url><[^>]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"]*\")?\s*\)"
)


def find_links(text: str) -> list[InlineLink]:
    found = []
    for match in _LINK_RE.finditer(text):
        url = match.group("url")
        if url.startswith("<") and url.endswith(">"):
            url = url[1:-1]
        found.append(InlineLink(match.group("label"), url, match.start(), match.end()))
    return found


def unwrap_label(label: str) -> str:
    """``[paper]`` as written inside ``[[paper]](url)`` is the label ``paper``."""
    stripped = label.strip()
    while stripped.startswith("[") and stripped.endswith("]"):
        stripped = stripped[1:-1].strip()
    return stripped


def remove_spans(text: str, links: list[InlineLink]) -> str:
    """``text`` with the given links cut out (each replaced by one space)."""
    pieces, at = [], 0
    for link in links:
        pieces.append(text[at : link.start])
        pieces.append(" ")
        at = link.end
    pieces.append(text[at:])
    return "".join(pieces)


_REFDEF_RE = re.compile(r"^ {0,3}\[(?P<ref>[^\]]+)\]:\s*(?P<url><[^>]*>|\S+)(?:\s+[\"'(].*)?\s*$")


def reference_definition(line: str) -> tuple[str, str] | None:
    """``[ref]: url "title"`` -> (normalised ref, url)."""
    match = _REFDEF_RE.match(line)
    if not match:
        return None
    url = match.group("url").removeprefix("<").removesuffix(">")
    return normalise_ref(match.group("ref")), url


def normalise_ref(ref: str) -> str:
    """Reference labels match case-insensitively, with runs of whitespace folded."""
    return " ".join(ref.split()).casefold()


_BADGE_RE = re.compile(r"^\s*(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$")


def is_badge_line(line: str) -> bool:
    """A line of images only (shields, logos), possibly each wrapped in a link."""
    return bool(_BADGE_RE.match(line))


_HTML_RE = re.compile(r"^\s*</?[a-zA-Z][^>]*>.*$|^\s*<!--.*$")


def is_html_line(line: str) -> bool:
    return bool(_HTML_RE.match(line))


_ITEM_LINE_RE = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+\S")
_LINKED_RE = re.compile(r"\]\(\s*<?https?://|https?://")


def indented_list(code: str) -> bool:
    """A code block indented by four spaces that is a list of links (``Some papers:`` then
    ``    - [Title](https://…) - CVPR 2019`` lines): the list was indented by mistake, and reads
    as the list it was meant to be. Every line is an item or an item's deeper-indented line; the
    first is an item, and most items link somewhere. A command or a BibTeX record is no list."""
    lines = [line for line in split_lines(code) if line.strip()]
    if not lines or not _ITEM_LINE_RE.match(lines[0]):
        return False
    items = [line for line in lines if _ITEM_LINE_RE.match(line)]
    if any(not _ITEM_LINE_RE.match(line) and not line.startswith("  ") for line in lines):
        return False
    return 2 * sum(1 for line in items if _LINKED_RE.search(line)) > len(items)
