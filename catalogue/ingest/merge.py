"""Records from clusters: what the lists said about one work, merged into one Paper or CodeLink.

Every list entry of a cluster is kept under ``sources`` as the list said it; the record's own
fields hold the curated choice:

- title: the wording most lists use (a shorter title contained in a longer one votes for the
  longer); among spellings of one title, the one with more punctuation (``A: B`` over ``A B``);
- authors: the line most lists agree on (see ``catalogue.authors``); shifted lines do not vote;
- venue: the most-named conference, journal or workshop, else the preprint server; year: the year
  given with that venue, else the most common year, else the arXiv id's ``yymm`` (noted);
- identifiers and links: the union over all entries, except identifiers (and their links) that
  another work holds more firmly, i.e. a link pointing at a different paper than its title;
- categories: from the lists' sections and keywords in the data (``catalogue.categorize``).

Disagreements (authors, years, venues) are reported as findings, never dropped silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..core.identity import ARXIV, DOI, URL, IdentityKey, github_repo
from ..core.models import (
    Category,
    CodeLink,
    Identifiers,
    Link,
    LinkKind,
    Paper,
    SourceEntry,
    VenueKind,
)
from . import categorize
from .author_lines import AuthorLine, choose, disagreements
from .dedupe import Candidate, Cluster, Clustering, Finding
from .link_curation import curate, link_identity
from .venue_index import VenueIndex

PENDING = "pending"  # placeholder key until the record's key is known


@dataclass
class MergeContext:
    categories: Mapping[str, Category]
    venues: VenueIndex
    clustering: Clustering
    suspects: frozenset[str] = frozenset()
    findings: list[Finding] = field(default_factory=list)


def _listed(cluster: Cluster) -> list[tuple[Candidate, SourceEntry]]:
    """The cluster's list entries, in list order, each with what its list said."""
    return [(c, c.entry) for c in _sorted_entries(cluster) if c.entry is not None]


def _sorted_entries(cluster: Cluster) -> list[Candidate]:
    return sorted(cluster.entries, key=lambda c: c.order)


def _punctuation(title: str) -> int:
    """Marks that carry meaning in a title; a spaced hyphen is how some lists drop a colon."""
    return sum(title.count(ch) for ch in ":,?!&'’") + len(re.findall(r"\w-\w", title))


def choose_title(entries: Sequence[Candidate], published: frozenset[str] = frozenset()) -> str:
    """The title most entries give (a title contained in a longer one votes for it); then the
    wording of an entry that names a conference or journal (``published`` refs: a renamed paper
    keeps its published title); then the longer; then the first in list order."""
    groups: dict[str, list[Candidate]] = {}
    for c in entries:
        groups.setdefault(c.key, []).append(c)

    def contained(short: str, long: str) -> bool:
        s, lo = short.split(), long.split()
        return len(s) < len(lo) and any(lo[i : i + len(s)] == s for i in range(len(lo)))

    def score(key: str) -> tuple[int, bool, int, int]:
        votes = len(groups[key]) + sum(len(g) for k, g in groups.items() if contained(k, key))
        in_print = any(c.ref in published for c in groups[key])
        return votes, in_print, len(key.split()), -list(groups).index(key)

    best = max(groups, key=score)
    ranked = sorted(enumerate(groups[best]), key=lambda p: (-_punctuation(p[1].title), p[0]))
    return ranked[0][1].title


def _year_from_arxiv(identifier: str) -> int | None:
    match = re.match(r"^(?:[a-z.-]+/)?(\d{2})(\d{2})", identifier, re.I)
    if not match:
        return None
    yy = int(match.group(1))
    return (1900 if yy >= 91 else 2000) + yy


def _parse_date(text: str | None) -> dt.date | None:
    """``2019-04-10`` or the ``yy.mm.dd`` that arXiv-date lists use."""
    if not text:
        return None
    for pattern in (r"^(\d{4})-(\d{2})-(\d{2})$", r"^(\d{2})\.(\d{2})\.(\d{2})$"):
        match = re.match(pattern, text.strip())
        if match:
            y, m, d = (int(g) for g in match.groups())
            try:
                return dt.date(y if y > 99 else 2000 + y, m, d)
            except ValueError:
                return None
    return None


def _union(values: Sequence[Sequence[str]]) -> list[str]:
    seen: dict[str, None] = {}
    for group in values:
        for value in group:
            seen.setdefault(value, None)
    return list(seen)


def _venue(entries: Sequence[SourceEntry], ctx: MergeContext) -> str | None:
    named = [vid for e in entries if (vid := ctx.venues.resolve_or_create(e.venue))]
    formal = [v for v in named if ctx.venues.kind(v) is not VenueKind.PREPRINT]
    pool = formal or named
    if not pool:
        return None
    counts = Counter(pool)
    return max(counts, key=lambda v: (counts[v], -pool.index(v)))


def _year(entries: Sequence[SourceEntry], venue: str | None, ctx: MergeContext) -> int | None:
    with_venue = [
        e.year for e in entries if e.year and venue and ctx.venues.resolve(e.venue) == venue
    ]
    pool = with_venue or [e.year for e in entries if e.year]
    if not pool:
        return None
    counts = Counter(pool)
    return max(counts, key=lambda y: (counts[y], -pool.index(y)))


def _owned(cluster: Cluster, ctx: MergeContext, identity: IdentityKey | None) -> bool:
    return identity is None or ctx.clustering.owns(cluster.index, identity)


def _identifiers(cluster: Cluster, ctx: MergeContext) -> Identifiers:
    counts: Counter[IdentityKey] = Counter()
    for c in _sorted_entries(cluster):
        counts.update(i for i in c.identities if _owned(cluster, ctx, i))
    ranked = sorted(counts, key=lambda i: -counts[i])  # stable: first seen wins ties
    arxiv = next((i.value for i in ranked if i.scheme == ARXIV), None)
    doi = next((i.value for i in ranked if i.scheme == DOI), None)
    other = sorted(str(i) for i in counts if i.scheme not in (ARXIV, DOI, URL))
    for scheme, chosen in ((ARXIV, arxiv), (DOI, doi)):
        extra = sorted(i.value for i in counts if i.scheme == scheme and i.value != chosen)
        if extra:
            ctx.findings.append(
                Finding(
                    "several-identifiers",
                    tuple(c.ref for c in cluster.entries),
                    f"'{choose_title(cluster.entries)}' has several {scheme} ids: kept {chosen},"
                    f" also {', '.join(extra)}",
                )
            )
    return Identifiers(arxiv=arxiv, doi=doi, other=other)


def _links(cluster: Cluster, ctx: MergeContext) -> list[Link]:
    keep = [
        link
        for _, entry in _listed(cluster)
        for link in entry.links
        if _owned(cluster, ctx, link_identity(link))
    ]
    titles = [c.title for c in cluster.entries]
    return curate(keep, drop_labels=titles)


def _report(
    cluster: Cluster, entries: Sequence[SourceEntry], ctx: MergeContext, title: str
) -> None:
    refs = tuple(c.ref for c in _sorted_entries(cluster))
    lines = _author_lines(cluster)
    for a, b in disagreements(lines):
        ctx.findings.append(
            Finding(
                "authors",
                (a.ref, b.ref),
                f"'{title}': {a.ref} gives {', '.join(a.authors)}; {b.ref} gives"
                f" {', '.join(b.authors)}",
            )
        )
    years = sorted({e.year for e in entries if e.year})
    if len(years) > 1:
        said = "; ".join(
            f"{e.source}:{e.line} {e.venue + ' ' if e.venue else ''}{e.year}"
            for e in entries
            if e.year
        )
        ctx.findings.append(Finding("year", refs, f"'{title}': years differ: {said}"))
    formal = {
        v
        for e in entries
        if (v := ctx.venues.resolve(e.venue)) and ctx.venues.kind(v) is not VenueKind.PREPRINT
    }
    if len(formal) > 1:
        said = "; ".join(f"{e.source}:{e.line} {e.venue}" for e in entries if e.venue)
        ctx.findings.append(Finding("venue", refs, f"'{title}': venues differ: {said}"))


def _author_lines(cluster: Cluster) -> list[AuthorLine]:
    return [
        AuthorLine(c.ref, entry.source, cluster.index, tuple(entry.authors))
        for c, entry in _listed(cluster)
    ]


def derive_paper(cluster: Cluster, ctx: MergeContext) -> Paper:
    """The record the lists make of one work, before any curator's edits (key ``pending``)."""
    cands = _sorted_entries(cluster)
    entries = [c.entry for c in cands if c.entry is not None]
    published = frozenset(
        c.ref
        for c in cands
        if c.entry
        and (v := ctx.venues.resolve(c.entry.venue))
        and ctx.venues.kind(v) is not VenueKind.PREPRINT
    )
    title = choose_title(cands, published)
    venue = _venue(entries, ctx)
    year = _year(entries, venue, ctx)
    identifiers = _identifiers(cluster, ctx)
    if year is None and identifiers.arxiv:
        year = _year_from_arxiv(identifiers.arxiv)
        if year:
            ctx.findings.append(
                Finding(
                    "year-from-arxiv",
                    tuple(c.ref for c in cands),
                    f"'{title}': no list gives a year; {year} taken from arXiv {identifiers.arxiv}",
                    "note",
                )
            )
    _report(cluster, entries, ctx, title)
    tags = _union([e.tags for e in entries])
    sections = _union([e.section for e in entries])
    text = " ".join([title, *(e.alias or "" for e in entries), *tags])
    return Paper(
        key=PENDING,
        kind="talk" if cluster.kind == "talk" else "paper",
        title=title,
        authors=list(choose(_author_lines(cluster), ctx.suspects)),
        year=year,
        venue=venue,
        date=next((d for e in entries if (d := _parse_date(e.date))), None),
        identifiers=identifiers,
        links=_links(cluster, ctx),
        categories=categorize.assign(text, sections, ctx.categories),
        tags=tags,
        summary=next((e.summary for e in entries if e.summary), None),
        datasets=_union([e.datasets for e in entries]),
        networks=_union([e.networks for e in entries]),
        sources=entries,
    )


_LANGUAGES = {
    "pytorch": "Python",
    "tensorflow": "Python",
    "keras": "Python",
    "theano": "Python",
    "lasagne + theano": "Python",
    "mxnet": "Python",
    "jax": "Python",
    "torch": "Lua",
    "lua": "Lua",
}


def derive_code(cluster: Cluster, paper: str | None) -> CodeLink:
    """The record the lists make of one repository (key ``pending``)."""
    entries = [c.entry for c in _sorted_entries(cluster) if c.entry is not None]
    links = [link for e in entries for link in e.links]
    url = links[0].url
    titles = [e.title for e in entries if e.title]
    framework = next((e.framework for e in entries if e.framework), None)
    # Untitled: the repository's name as its owner spells it (``PaddleSlim``).
    name = urlsplit(url).path.strip("/").split("/")[1] if github_repo(url) else url
    return CodeLink(
        key=PENDING,
        url=url,
        title=titles[0] if titles else name,
        framework=framework,
        language=_LANGUAGES.get((framework or "").casefold()),
        paper=paper,
        links=[link for link in curate(links) if link.url != url],
        sources=entries,
    )


def code_link_for(code: CodeLink) -> Link:
    """The link a paper shows for an implementation attached to it."""
    return Link(kind=LinkKind.CODE, url=code.url, label=code.framework)


__all__ = [
    "PENDING",
    "MergeContext",
    "choose_title",
    "code_link_for",
    "derive_code",
    "derive_paper",
]
