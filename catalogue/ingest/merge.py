"""Records from clusters: what the lists said about one work, merged into one Paper or CodeLink.

Every list entry of a cluster is kept under ``sources`` as the list said it; the record's own
fields hold the value ``precedence`` rules for each, from the claims ``claims`` gathers:

- title: the wording most lists use (a shorter title contained in a longer one votes for the
  longer); the published wording of a renamed paper; among spellings of one title, the one with
  more punctuation (``A: B`` over ``A B``);
- authors: the line most lists agree on (see ``author_lines``); shifted lines do not vote;
- venue: a conference, journal or workshop before a preprint server, the one named by an
  identifier or by the most lists; year: the year an identifier or most lists give with that
  venue, else the year lists give without one, else the arXiv id's (noted);
- identifiers and links: the union over all entries, except identifiers (and their links) that
  another work holds more firmly, i.e. a link pointing at a different paper than its title;
- categories: from the lists' sections and keywords in the data (``categorize``).

A tie between values that nothing settles is reported as a conflict with the value kept; other
disagreements are settled by the rule and not reported again.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ..core.identity import IdentityKey, github_repo
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
from .author_lines import AuthorLine
from .claims import (
    PaperClaims,
    author_claims,
    authors_agree,
    identifier_claims,
    title_claims,
    venue_and_year_claims,
)
from .dedupe import Candidate, Cluster, Clustering, Finding
from .link_curation import curate, link_identity
from .precedence import SERVICE_FORMAT, Agree, Evidence, Ruling, choose
from .venue_index import VenueIndex

PENDING = "pending"  # placeholder key until the record's key is known
V = TypeVar("V")


@dataclass
class MergeContext:
    categories: Mapping[str, Category]
    venues: VenueIndex
    clustering: Clustering
    suspects: frozenset[str] = frozenset()
    findings: list[Finding] = field(default_factory=list)
    # Sources whose entries are a scholarly service's facts (identifier evidence).
    services: frozenset[str] = frozenset()
    # What the sources claim about each cluster's fields, by cluster index.
    claims: dict[int, PaperClaims] = field(default_factory=dict)


def service_sources(sources: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(
        sid for sid, s in sources.items() if getattr(s, "format", "") == SERVICE_FORMAT
    )


def _listed(cluster: Cluster) -> list[tuple[Candidate, SourceEntry]]:
    """The cluster's list entries, in list order, each with what its list said."""
    return [(c, c.entry) for c in _sorted_entries(cluster) if c.entry is not None]


def _sorted_entries(cluster: Cluster) -> list[Candidate]:
    return sorted(cluster.entries, key=lambda c: c.order)


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


def _owned(cluster: Cluster, ctx: MergeContext, identity: IdentityKey | None) -> bool:
    return identity is None or ctx.clustering.owns(cluster.index, identity)


def _links(cluster: Cluster, ctx: MergeContext) -> list[Link]:
    keep = [
        link
        for _, entry in _listed(cluster)
        for link in entry.links
        if _owned(cluster, ctx, link_identity(link))
    ]
    titles = [c.title for c in cluster.entries]
    return curate(keep, drop_labels=titles)


def as_json(value: Any) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def contest(name: str, title: str, ruling: Ruling[Any], refs: tuple[str, ...]) -> Finding | None:
    """The conflict a tie leaves: each value with who gives it, and the value kept."""
    if not ruling.contested or ruling.winner is None:
        return None
    claims = (ruling.winner, *ruling.contested)
    shown = [", ".join(c.value) if isinstance(c.value, tuple) else str(c.value) for c in claims]
    said = "; ".join(f"{', '.join(c.refs)}: {v}" for c, v in zip(claims, shown, strict=True))
    return Finding(
        name,
        refs,
        f"'{title}': {name} differs and nothing settles it: {said}; kept {shown[0]}",
        field=name,
        values=tuple((as_json(c.value), c.refs) for c in claims),
        proposed=as_json(ruling.value),
    )


def _ruled(
    name: str,
    title: str,
    claims: Sequence[Any],
    empty: V,
    ctx: MergeContext,
    refs: tuple[str, ...],
    agree: Agree | None = None,
) -> V:
    ruling: Ruling[V] = choose(claims, empty, agree) if agree else choose(claims, empty)
    finding = contest(name, title, ruling, refs)
    if finding is not None:
        ctx.findings.append(finding)
    return ruling.value


def gather_claims(cluster: Cluster, ctx: MergeContext, links: Sequence[Link]) -> PaperClaims:
    """Every claim the cluster's sources make, kept in ``ctx`` for merging with stored records.
    An entry its list no longer lists (``listed: false``) is history: it votes only when no
    entry of the work is listed any more."""
    everyone = _sorted_entries(cluster)
    cands = [c for c in everyone if c.entry is not None and c.entry.listed] or everyone
    listed = [(c, c.entry) for c in cands if c.entry is not None]
    evidence = {
        c.ref: Evidence.IDENTIFIER for c in cands if c.entry and c.entry.source in ctx.services
    }
    published = frozenset(
        c.ref
        for c in cands
        if c.entry
        and (v := ctx.venues.resolve(c.entry.venue))
        and ctx.venues.kind(v) is not VenueKind.PREPRINT
    )
    owned = frozenset(i for c in cands for i in c.identities if _owned(cluster, ctx, i))
    arxiv, doi = identifier_claims(cands, owned, evidence)
    venue, years = venue_and_year_claims(
        [(c.ref, e) for c, e in listed], links, ctx.venues, evidence
    )
    lines = [AuthorLine(c.ref, e.source, cluster.index, tuple(e.authors)) for c, e in listed]
    found = PaperClaims(
        title=title_claims(cands, evidence, published),
        authors=author_claims(lines, ctx.suspects, evidence),
        venue=venue,
        years=years,
        arxiv=arxiv,
        doi=doi,
        preprints=ctx.venues.preprints(),
    )
    ctx.claims[cluster.index] = found
    return found


def _extra_identifiers(
    claims: PaperClaims,
    arxiv: str | None,
    doi: str | None,
    title: str,
    refs: tuple[str, ...],
    ctx: MergeContext,
) -> None:
    for scheme, chosen, pool in (("arxiv", arxiv, claims.arxiv), ("doi", doi, claims.doi)):
        extra = sorted(c.value for c in pool if c.value != chosen)
        if extra:
            ctx.findings.append(
                Finding(
                    "several-identifiers",
                    refs,
                    f"'{title}' has several {scheme} ids: kept {chosen} (more sources give it),"
                    f" also {', '.join(extra)}",
                    "note",
                )
            )


def derive_paper(cluster: Cluster, ctx: MergeContext) -> Paper:
    """The record the lists make of one work, before any curator's edits (key ``pending``)."""
    cands = _sorted_entries(cluster)
    entries = [c.entry for c in cands if c.entry is not None]
    refs = tuple(c.ref for c in cands)
    links = _links(cluster, ctx)
    claims = gather_claims(cluster, ctx, links)
    title = _ruled("title", "", claims.title, "", ctx, refs)
    arxiv = _ruled("arxiv", title, claims.arxiv, None, ctx, refs)
    doi = _ruled("doi", title, claims.doi, None, ctx, refs)
    venue = _ruled("venue", title, claims.venue, None, ctx, refs)
    year = _ruled("year", title, claims.years_for(venue), None, ctx, refs)
    if year is not None and not claims.years_given() and arxiv:
        ctx.findings.append(
            Finding(
                "year-from-arxiv",
                refs,
                f"'{title}': no list gives a year; {year} taken from arXiv {arxiv}",
                "note",
            )
        )
    authors = _ruled("authors", title, claims.authors, (), ctx, refs, authors_agree)
    tags = _union([e.tags for e in entries])
    sections = _union([e.section for e in entries])
    text = " ".join([title, *(e.alias or "" for e in entries), *tags])
    other = sorted(
        {
            str(i)
            for c in cands
            for i in c.identities
            if i.scheme not in ("arxiv", "doi", "url") and _owned(cluster, ctx, i)
        }
    )
    _extra_identifiers(claims, arxiv, doi, title, refs, ctx)
    return Paper(
        key=PENDING,
        kind="talk" if cluster.kind == "talk" else "paper",
        title=title,
        authors=list(authors),
        year=year,
        venue=venue,
        date=next((d for e in entries if (d := _parse_date(e.date))), None),
        identifiers=Identifiers(arxiv=arxiv, doi=doi, other=other),
        links=links,
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
    "code_link_for",
    "derive_code",
    "derive_paper",
]
