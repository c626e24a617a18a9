"""What a heading section's body holds, for the heading net (``_rescue_headings``).

The list's headings of levels 1-6 (and those read as works already), its leaf sections (a heading
down to the next heading of its level or higher, no sub-heading, blank lines and anchors of the
heading below left out), and what the reading made of each body: the entries, the skipped lines,
the links of those skipped lines and whether one of them says its role on a line of links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...core.models import Link
from . import ImportedEntry, ImportResult
from ._document import parse as parse_markdown
from ._document import walk
from ._evidence import bare_urls, real_links
from ._links import make_link
from ._role_titles import _URL_LIKE_RE, role_title
from ._roles import role
from ._units import Event, Heading, Unit

# A Markdown or HTML link, an address, a tag: what a line of links is made of.
_LINK_RE = re.compile(
    r"!?\[[^\]]*\]\([^)]*\)|<a\b[^>]*>.*?</a>|<[^>]+>|https?://\S+|&\w+;", re.IGNORECASE
)
_LINE_WORDS = 10


@dataclass
class _Leaf:
    line: int
    end: int  # the section's last line (blank lines below it left out)
    level: int
    entries: list[ImportedEntry] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # from the skipped lines
    roles: bool = False  # a skipped link says a role (its label, or a bare address)
    title: str = ""
    heading_links: list[Link] = field(default_factory=list)


def _headings(events: list[Event], lines: list[str]) -> list[tuple[int, int, bool]]:
    """(line, level, read as a work already) of the list's headings of levels 1-6. A heading
    read as a work is also a heading of the path one level down: the work is the one kept."""
    found: dict[int, tuple[int, int, bool]] = {}
    for event in events:
        if isinstance(event, Heading) and 1 <= event.level <= 6:
            found.setdefault(event.line, (event.line, event.level, False))
        elif isinstance(event, Unit) and event.kind == "heading":
            match = re.match(r"\s*(#{1,6})\s|\s*<h([1-6])\b", lines[event.line - 1], re.I)
            if match:
                level = len(match.group(1) or "") or int(match.group(2))
                found[event.line] = (event.line, level, True)
    return sorted(found.values())


def _leaves(
    heads: list[tuple[int, int, bool]], lines: list[str], result: ImportResult
) -> list[_Leaf]:
    leaves = []
    for index, (line, level, is_work) in enumerate(heads):
        following = heads[index + 1] if index + 1 < len(heads) else None
        if is_work or (following is not None and following[1] > level):
            continue  # a work already, or a section with sections below it
        end = following[0] - 1 if following is not None else len(lines)
        while end > line and _trailing(lines[end - 1]):
            end -= 1
        leaves.append(_Leaf(line, end, level))
    if not leaves:
        return []
    starts = [leaf.line for leaf in leaves]
    for entry in result.entries:
        leaf = _holding(leaves, starts, entry.entry.line)
        if leaf is not None:
            leaf.entries.append(entry)
    for skipped in result.skipped:
        leaf = _holding(leaves, starts, skipped.line)
        if leaf is not None:
            leaf.skipped.append(skipped.line)
    for leaf in leaves:
        if any("http" in lines[n - 1] or "www." in lines[n - 1] for n in leaf.skipped):
            _body_links(leaf, lines)
    return leaves


def _trailing(text: str) -> bool:
    """A blank line, or an anchor that belongs to the heading below (``<a id="x"></a>``)."""
    return not text.strip() or bool(re.fullmatch(r"\s*<a\s+(?:id|name)=[^>]*>\s*</a>\s*", text))


def _holding(leaves: list[_Leaf], starts: list[int], line: int) -> _Leaf | None:
    from bisect import bisect_right

    at = bisect_right(starts, line) - 1
    if at < 0:
        return None
    leaf = leaves[at]
    return leaf if leaf.line < line <= leaf.end else None


def _inline_links(blocks: list) -> list[tuple[str, str, int]]:
    """(url, label, line) of the web links and bare addresses in blocks, badges aside."""
    found = []
    for block in walk(blocks):
        inlines = [block.inline] if block.inline is not None else []
        for inline in inlines + list(block.cells):
            for link in real_links(inline):
                found.append((link.url, link.label or link.alt, link.line))
            for url, start, _ in bare_urls(inline):
                found.append((url, "", inline.line_at(start)))
    return found


def _body_links(leaf: _Leaf, lines: list[str]) -> None:
    """The links of the body's skipped lines, and whether one says its role."""
    text = "\n".join(lines[leaf.line : leaf.end])
    skipped = set(leaf.skipped)
    seen: set[str] = set()
    for url, label, line in _inline_links(parse_markdown(text, first_line=leaf.line + 1)):
        if line not in skipped or url in seen:
            continue
        seen.add(url)
        roled = not label or role_title(label, url) or _URL_LIKE_RE.fullmatch(label.strip())
        leaf.roles = leaf.roles or bool(roled and _link_line(lines[line - 1]))
        link = make_link(url, label or None, role(url, label) if label else None)
        if link is not None:
            leaf.links.append(link)


def _link_line(text: str) -> bool:
    """A line of links with a few words between them (``[Paper](…) · [Code](…)``, ``Homepage:
    <a href>…</a>``, ``- [code](…)``), not a sentence of prose that links a word of it."""
    rest = _LINK_RE.sub(" ", text)
    latin = re.findall(r"[^\W\d_]+", re.sub(r"[\u3000-\u9fff\uac00-\ud7af]", " ", rest))
    return len(latin) + len(re.findall(r"[\u3040-\u9fff\uac00-\ud7af]", rest)) / 2 <= _LINE_WORDS
