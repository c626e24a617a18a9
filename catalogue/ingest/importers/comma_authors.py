"""``comma-authors``: ``- [Title](url), Authors, Year`` bullets (seed 000's layout).

Sections named like videos or implementations change what the bullets describe: talks, or code
grouped under one heading per framework (``## PyTorch``), whatever that heading's level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import EntryKind, Importer, ImportResult, register
from ._common import Builder, read_one_line_bullets, sniff_score
from ._links import TITLE_ROLE, make_link
from ._markdown import InlineLink, bullet, find_links, split_lines
from ._text import clean_title, split_authors

_GROUPS: list[tuple[re.Pattern[str], EntryKind]] = [
    (re.compile(r"video|talk|lecture", re.I), "talk"),
    (re.compile(r"implementation|code|librar", re.I), "code"),
    (re.compile(r"paper|article|publication", re.I), "paper"),
]
_GAP_RE = re.compile(r"\s*,?\s*")
_TAIL_RE = re.compile(
    r"^[\s,]*(?P<authors>.*?)(?:[\s,]*(?<![\w-])(?P<year>(?:19|20)\d{2}))?[\s.]*$", re.S
)
_BARE_URL_RE = re.compile(r"^<?(?P<url>https?://\S+?)>?$")


@dataclass
class _State:
    kind: EntryKind = "paper"
    framework: str | None = None


def _group(text: str) -> EntryKind | None:
    for pattern, kind in _GROUPS:
        if pattern.search(text):
            return kind
    return None


def leading_links(content: str) -> tuple[list[InlineLink], str]:
    """The links that open ``content`` (``[A](a), [B](b)``) and the text after them."""
    found = find_links(content)
    if not found or found[0].start != 0:
        return [], content
    run, at = [found[0]], found[0].end
    for link in found[1:]:
        if not _GAP_RE.fullmatch(content[at : link.start]):
            break
        run.append(link)
        at = link.end
    return run, content[at:]


def _heading(builder: Builder, number: int, state: _State) -> int:
    found = builder.heading_at(number)
    if found is None:
        return 0
    level, text, taken = found
    group = _group(text)
    if state.kind == "code" and group is None:
        # A framework heading inside the implementations: any level, even one above the group's.
        state.framework = text or None
        return taken
    if group is not None:
        state.kind, state.framework = group, None
    builder.sections.heading(level, text)
    return taken


def _entry(builder: Builder, number: int, content: str, state: _State) -> bool:
    role = TITLE_ROLE[state.kind]
    framework = state.framework if state.kind == "code" else None
    bare = _BARE_URL_RE.match(content)
    if bare:
        link = make_link(bare.group("url"), None, role)
        if link is None:
            return False
        builder.add(state.kind, number, links=[link], framework=framework)
        return True
    run, tail = leading_links(content)
    if not run:
        return False
    rest = find_links(tail)
    links = builder.entry_links(number, run + rest, role)
    for inline in reversed(rest):
        tail = tail[: inline.start] + tail[inline.end :]
    match = _TAIL_RE.match(tail)
    authors_text = match.group("authors").strip(" ,") if match else tail.strip()
    year = int(match.group("year")) if match and match.group("year") else None
    title, original = clean_title(run[0].label)
    builder.add(
        state.kind,
        number,
        title=title,
        title_original=original,
        authors=split_authors(authors_text) if authors_text else [],
        authors_text=authors_text or None,
        year=year,
        links=links,
        framework=framework,
    )
    return True


def parse(text: str, source: str) -> ImportResult:
    builder = Builder(source, split_lines(text))
    state = _State()
    return read_one_line_bullets(
        builder,
        lambda number, content: _entry(builder, number, content, state),
        "bullet without a leading link",
        heading=lambda number: _heading(builder, number, state),
    )


_SNIFF_TAIL_RE = re.compile(r"^,\s*[^\s,][^\[\]]*?[\s,](?:19|20)\d{2}\s*$")


def sniff(text: str) -> float:
    """The share of link bullets that end in ``, Authors, Year``."""
    candidates = matches = 0
    for line in split_lines(text):
        item = bullet(line)
        if item is None:
            continue
        run, tail = leading_links(item.content)
        if not run:
            continue
        candidates += 1
        matches += bool(_SNIFF_TAIL_RE.match(tail))
    return sniff_score(matches, candidates, 0.9)


IMPORTER = register(
    Importer(
        name="comma-authors",
        description="`- [Title](url), Authors, Year` bullets; talks, code by framework",
        parse=parse,
        sniff=sniff,
    )
)
