"""The entry a heading that is a work makes (``_rescue_headings``), and its body folded into it:
the role-titled entries and skipped lines of the body are the work's own."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...core.identity import ARXIV, DOI
from ...core.models import Identifiers, Link, SourceEntry
from . import ImportedEntry, ImportResult
from ._evidence import YEAR_RE
from ._ids import arxiv_year, url_id
from ._sections import Sections
from ._units import Event, Heading
from ._venues import Lexicon

if TYPE_CHECKING:
    from ._heading_bodies import _Leaf

# A short meta line below the heading: ``**2025-10 · NeurIPS** · tags``, ``*ICML 2023*``.
_META_RE = re.compile(r"^\s*(?:[*_`>]|\*\*|<(?:b|strong|em|i|sub|small)>)")
_PROSE_MIN = 30


def work_entry(
    leaf: _Leaf, tag: str, lines: list[str], lexicon: Lexicon, events: list[Event], source: str
) -> SourceEntry:
    links: list[Link] = []
    for link in leaf.heading_links + [x for e in leaf.entries for x in e.entry.links] + leaf.links:
        if all(link.url != kept.url for kept in links):
            links.append(link)
    values: dict[str, object] = {
        "section": _section(leaf.line, events),
        "title": leaf.title,
        "links": links,
        "summary": _summary(leaf, lines),
    }
    ids = _identifiers(links)
    year, venue = _year_venue(leaf, tag, lines, lexicon)
    if year is None and ids.arxiv:
        year = arxiv_year(ids.arxiv)
    values["year"], values["venue"], values["identifiers"] = year, venue, ids
    if leaf.end != leaf.line:
        values["end_line"] = leaf.end
    kept = {k: v for k, v in values.items() if v not in (None, "", [])}
    return SourceEntry(source=source, line=leaf.line, **kept)


def fold(result: ImportResult, leaf: _Leaf, entry: SourceEntry) -> None:
    """The heading's entry in the place of its body's entries; its body's skipped lines read."""
    gone = {id(e) for e in leaf.entries}
    result.entries[:] = [e for e in result.entries if id(e) not in gone]
    starts = [e.entry.line for e in result.entries]
    result.entries.insert(bisect_right(starts, leaf.line), ImportedEntry("paper", entry))
    folded = set(leaf.skipped)
    result.skipped[:] = [s for s in result.skipped if s.line not in folded]
    result.consumed.update(range(leaf.line, leaf.end + 1))


def _section(line: int, events: list[Event]) -> list[str]:
    sections = Sections()
    for event in events:
        if event.line >= line:
            break
        if isinstance(event, Heading) and event.level > 0:
            sections.heading(event.level, event.text)
        elif not isinstance(event, Heading):
            sections.entries_seen = sections.entries_seen or event.__class__.__name__ == "Unit"
    return sections.path


def _body_lines(leaf: _Leaf, lines: list[str]) -> list[str]:
    """The body's lines that no entry of it read, in order."""
    taken = set()
    for e in leaf.entries:
        taken.update(range(e.entry.line, (e.entry.end_line or e.entry.line) + 1))
    return [lines[n - 1] for n in range(leaf.line + 1, leaf.end + 1) if n not in taken]


def _year_venue(
    leaf: _Leaf, tag: str, lines: list[str], lexicon: Lexicon
) -> tuple[int | None, str | None]:
    years = [e.entry.year for e in leaf.entries if e.entry.year]
    venues = [e.entry.venue for e in leaf.entries if e.entry.venue]
    texts = [tag] if tag else []
    metas = [t for t in _body_lines(leaf, lines) if t.strip()][:3]
    texts += [t for t in metas if _META_RE.match(t) and len(t) <= 160 and "](" not in t]
    for text in texts:
        if not years and YEAR_RE.search(text):
            years.append(int(YEAR_RE.search(text).group(0)))
        found = [m for m in lexicon.find(text) if m.known]
        if not venues and found:
            venues.append(found[0].short)
    return (years[0] if years else None), (venues[0] if venues else None)


def _summary(leaf: _Leaf, lines: list[str]) -> str | None:
    """The first paragraph of plain prose below the heading (no link, no markup first)."""
    for text in _body_lines(leaf, lines):
        text = text.strip()
        if (
            len(text) >= _PROSE_MIN
            and re.match(r"[^\W\d_]", text)
            and not re.search(r"https?://|\]\(|<[a-z]", text)
        ):
            return text
    return None


def _identifiers(links: list[Link]) -> Identifiers:
    """The work's arXiv number, DOI and other ids, read from its links as ``_entry_links`` does."""
    keys = list(dict.fromkeys(k for k in (url_id(link.url) for link in links) if k is not None))
    arxiv = next((k.value for k in keys if k.scheme == ARXIV), None)
    doi = next((k.value for k in keys if k.scheme == DOI), None)
    other = sorted(str(k) for k in keys if k.scheme not in (ARXIV, DOI))
    return Identifiers(arxiv=arxiv, doi=doi, other=other)


# Sub-headings a note on one work sorts its notes by (``#### Abstract``, ``#### Links``,
# ``### 摘要``): parts of the work above them, not sections of the list.
_FACET_RE = re.compile(
    r"^(?:abstract|summary|tl;? ?dr|(?:my |paper |reading )?notes?|description|overview"
    r"|method(?:ology)?|approach|results?|experiments?"
    r"|(?:main |key )?(?:contributions?|ideas?|points|insights?)"
    r"|takeaways?|thoughts|comments?|links?|details|citation|bibtex|figures?|architecture"
    r"|highlights?|limitations?|motivation|background|problem|pros and cons|questions?"
    r"|摘要|简介|笔记|方法|链接|贡献|结果|总结|思路|要点)$",
    re.IGNORECASE,
)


def without_facets(
    heads: list[tuple[int, int, bool]], texts: dict[int, str], role: Callable[[str], bool]
) -> list[tuple[int, int, bool]]:
    """The headings with those that only name a part of the work above them left out (a role,
    ``Abstract``, ``Notes``), where that heading is itself below a section (level 2 or deeper)."""
    kept: list[tuple[int, int, bool]] = []
    for head in heads:
        line, level, is_work = head
        parent = next((h for h in reversed(kept) if h[1] < level), None)
        words = _FACET_WORDS_RE.sub(" ", texts.get(line, "")).strip()
        facet = (
            not is_work
            and re.search(r"[^\W\d_]", words)
            and (_FACET_RE.match(words) or role(words))
        )
        if facet and parent is not None and parent[1] >= 2:
            continue
        kept.append(head)
    return kept


_FACET_WORDS_RE = re.compile(r"[^\w\s;&'-]+|^\s*\d+(?:\.\d+)*\.?\s+")
