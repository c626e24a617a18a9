"""The catalogue and list entries reconciled into records: what an import writes, what dedupe shows.

``analyse`` clusters every stored entry (and any new ones) and derives one record per cluster.
``plan_import`` runs it twice, on the catalogue as stored and with a list's fresh entries in place
of its old ones, and merges three ways: a field the curator left as the lists made it follows the
lists; a field a curator changed keeps the curator's value. So importing the same list again
changes nothing, curated edits stick, and a list's corrections still come through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..core.identity import github_repo, title_key
from ..core.keys import make_key, slug
from ..core.models import KEY_RE, CodeLink, DecidedValues, Paper, Source, SourceEntry, Venue
from ..core.store import Catalogue
from .author_lines import AuthorLine, find_shifts
from .candidates import Candidate, code_anchor, paper_anchor, sequence_entries
from .claims import PaperClaims
from .code_attach import PaperIndex
from .dedupe import Cluster, Clustering, Finding, Provenance, cluster
from .importers import EntryKind, ImportedEntry
from .link_curation import curate
from .merge import MergeContext, code_link_for, derive_code, derive_paper, service_sources
from .three_way import Change, apply_decided, combine_code, combine_paper
from .venue_index import VenueIndex


@dataclass
class Analysis:
    clustering: Clustering
    findings: list[Finding]
    # Records as the lists make them, by key (existing keys kept; new keys generated).
    papers: dict[str, Paper]
    code: dict[str, CodeLink]
    # Existing records that a curator's decision folded into another: key -> surviving key.
    folded: dict[str, str]
    venues_created: list[Venue]
    new_keys: list[str] = field(default_factory=list)
    # What the sources claim about each paper's facts, by record key (see ``precedence``).
    claims: dict[str, PaperClaims] = field(default_factory=dict)
    # The record key each cluster becomes, by cluster index.
    key_of: dict[int, str] = field(default_factory=dict)


def _stored(cat: Catalogue, skip: frozenset[str]) -> list[tuple[EntryKind, SourceEntry, str]]:
    items: list[tuple[EntryKind, SourceEntry, str]] = []
    for paper in cat.papers.values():
        kind: EntryKind = "talk" if paper.kind == "talk" else "paper"
        items += [(kind, e, paper.key) for e in paper.sources if e.source not in skip]
    for code in cat.code.values():
        items += [("code", e, code.key) for e in code.sources if e.source not in skip]
    return items


def candidates(
    cat: Catalogue, new: Sequence[ImportedEntry] = (), replace: Iterable[str] = ()
) -> list[Candidate]:
    """Anchors for every record, the stored entries (minus replaced lists'), the new entries."""
    items: list[tuple[EntryKind, SourceEntry, str | None]] = [*_stored(cat, frozenset(replace))]
    items += [(n.kind, n.entry, None) for n in new]
    items.sort(key=lambda item: (item[1].source, item[1].line))
    anchors = [paper_anchor(p) for p in cat.papers.values()]
    anchors += [code_anchor(c) for c in cat.code.values()]
    return anchors + sequence_entries(items)


def provenance(cat: Catalogue, sources: Iterable[str]) -> Provenance:
    wanted = set(sources)
    found: dict[tuple[str, int], tuple[str, str]] = {}
    for paper in cat.papers.values():
        for e in paper.sources:
            if e.source in wanted:
                found[(e.source, e.line)] = (paper.key, title_key(e.title or ""))
    for code in cat.code.values():
        for e in code.sources:
            if e.source in wanted:
                found[(e.source, e.line)] = (code.key, title_key(e.title or e.links[0].url))
    return found


def _shifts(clusters: Sequence[Cluster]) -> tuple[frozenset[str], list[Finding]]:
    lines = [
        AuthorLine(c.ref, c.entry.source, cl.index, tuple(c.entry.authors))
        for cl in clusters
        if cl.kind != "code"
        for c in cl.entries
        if c.entry is not None
    ]
    suspects: set[str] = set()
    findings = []
    for shift in find_shifts(lines):
        suspects |= {shift.moved.ref, shift.displaced.ref}
        findings.append(
            Finding(
                "authors-shifted",
                (shift.moved.ref, shift.displaced.ref, shift.witness.ref),
                f"{shift.moved.ref} gives {', '.join(shift.moved.authors)}, the authors"
                f" {shift.witness.ref} gives for another work (where {shift.displaced.ref} gives"
                f" {', '.join(shift.displaced.authors)}): the list's author lines look shifted;"
                " neither line is used",
                "note",
            )
        )
    return frozenset(suspects), findings


def _survivor(anchors: Sequence[str], cat: Catalogue) -> str:
    """Of records a decision merges, the one added first keeps its key; of records added the
    same day, one whose key names an author (``liu2019structured``, not ``anon2020structured``),
    then the first key."""
    if len(anchors) == 1:
        return anchors[0]

    def rank(key: str) -> tuple[dt.date, bool, str]:
        paper = cat.papers.get(key)
        return (paper.added if paper and paper.added else dt.date.max), key.startswith("anon"), key

    return min(anchors, key=rank)


def _code_key(code: CodeLink, taken: set[str]) -> str:
    """The repository's name (``repdistiller``), with the sub-folder or file a link points into
    (``pretrained-language-model-tinybert``), else the owner's name when the name is taken."""
    repo = github_repo(code.url)
    if repo is None:
        names = [slug(code.title)[:50]]
    else:
        owner, name = repo.split("/")
        parts = [p for p in code.url.split("#")[0].split("?")[0].split("/") if p]
        inner = parts[-1].rsplit(".", 1)[0] if len(parts) > 6 else ""
        names = [slug(f"{name} {inner}"), slug(f"{owner} {name} {inner}")]
    for name in names:
        key = name if KEY_RE.match(name) else f"code-{name}".rstrip("-")
        if KEY_RE.match(key) and len(key) >= 2 and key not in taken:
            return key
    return make_key([], None, code.title, taken)


def analyse(
    cat: Catalogue,
    new: Sequence[ImportedEntry] = (),
    replace: Iterable[str] = (),
    prov: Provenance | None = None,
) -> Analysis:
    clustering = cluster(candidates(cat, new, replace), cat.decisions.values(), prov)
    suspects, shift_findings = _shifts(clustering.clusters)
    venues = VenueIndex(cat.venues.values())
    ctx = MergeContext(
        cat.categories,
        venues,
        clustering,
        suspects,
        list(shift_findings),
        services=service_sources(cat.sources),
    )
    taken = set(cat.papers) | set(cat.code)
    result = Analysis(clustering, [], {}, {}, {}, [])
    for cl in clustering.clusters:
        if cl.kind == "code" or not cl.entries:
            continue
        paper = derive_paper(cl, ctx)
        if cl.anchors:
            key = _survivor(cl.anchors, cat)
            result.folded.update({a: key for a in cl.anchors if a != key})
        else:
            key = make_key(paper.authors, paper.year, paper.title, taken)
            taken.add(key)
            result.new_keys.append(key)
        paper.key = key  # made for this analysis alone: no copy needed
        result.papers[key] = paper
        result.claims[key] = ctx.claims[cl.index]
        result.key_of[cl.index] = key
    _derive_code(clustering, cat, result, taken)
    result.findings = sorted(set(ctx.findings) | set(clustering.findings))
    result.venues_created = venues.created
    return result


def _derive_code(clustering: Clustering, cat: Catalogue, result: Analysis, taken: set[str]) -> None:
    index = PaperIndex({**cat.papers, **result.papers})
    for cl in clustering.clusters:
        if cl.kind != "code" or not cl.entries:
            continue
        entries = [c.entry for c in cl.entries if c.entry is not None]
        urls = [link.url for e in entries for link in e.links]
        titles: list[str | None] = [e.title for e in entries if e.title] or [None]
        attached = next((k for t in titles if (k := index.match(t, urls))), None)
        code = derive_code(cl, attached)
        if cl.anchors:
            key = _survivor(cl.anchors, cat)
            result.folded.update({a: key for a in cl.anchors if a != key})
        else:
            key = _code_key(code, taken)
            taken.add(key)
            result.new_keys.append(key)
        code.key = key
        result.code[key] = code
        result.key_of[cl.index] = key
        if attached and attached in result.papers:
            paper = result.papers[attached]
            links = [*paper.links, code_link_for(code)]
            result.papers[attached] = paper.model_copy(update={"links": curate(links)})


@dataclass
class ImportPlan:
    """The catalogue's records after an import, and what changed."""

    papers: dict[str, Paper]
    code: dict[str, CodeLink]
    removed_papers: list[str]
    removed_code: list[str]
    venues: list[Venue]
    analysis: Analysis
    created: list[str]
    # Values of existing records the import filled or replaced, each with the rule's reason.
    changes: list[Change] = field(default_factory=list)


def plan_import(
    cat: Catalogue,
    new: Sequence[ImportedEntry],
    sources: Iterable[str],
    added: dt.date,
    baseline: Catalogue | None = None,
) -> ImportPlan:
    """Records after importing ``new`` (the entries of the lists ``sources``), merged three ways
    with what is stored; ``added`` dates the records this import creates. ``baseline`` is the
    catalogue the stored records were last made from, when it differs (a decision just taken)."""
    replace = frozenset(sources)
    before = analyse(baseline or cat)
    after = analyse(cat, new, replace, provenance(cat, replace))
    decided = decided_values(cat)
    papers = dict(cat.papers)
    code = dict(cat.code)
    changes: list[Change] = []
    for key, derived in after.papers.items():
        stored = cat.papers.get(key)
        if stored is None:
            papers[key] = derived.model_copy(update={"added": added})
            continue
        papers[key], changed = combine_paper(
            stored, before.papers.get(key), derived, added, after.claims.get(key), decided.get(key)
        )
        changes += changed
    for key, values in decided.items():  # decided records no list names any more
        if key in papers and key not in after.papers:
            papers[key], changed = apply_decided(papers[key], values)
            changes += changed
    for key, derived_code in after.code.items():
        stored_code = cat.code.get(key)
        if stored_code is None:
            code[key] = derived_code
        else:
            code[key] = combine_code(stored_code, before.code.get(key), derived_code)
    _drop_vanished(papers, code, after, replace)
    for gone in after.folded:
        papers.pop(gone, None)
        code.pop(gone, None)
    _repoint(code, after.folded)
    return ImportPlan(
        papers=papers,
        code=code,
        removed_papers=sorted(k for k in after.folded if k in cat.papers),
        removed_code=sorted(k for k in after.folded if k in cat.code),
        # A venue made up from a list's text only where a record holds it in the end.
        venues=[v for v in after.venues_created if v.id in {p.venue for p in papers.values()}],
        analysis=after,
        created=after.new_keys,
        changes=changes,
    )


def without_prose(item: ImportedEntry, source: Source) -> ImportedEntry:
    """An entry of a list read where it lives (another project's file, not a seed stored here)
    keeps the facts it states and no prose of its authors: its summary is left out."""
    origin = source.origin
    if origin is None or not (origin.repository or origin.url) or item.entry.summary is None:
        return item
    return ImportedEntry(item.kind, item.entry.model_copy(update={"summary": None}))


def decided_values(cat: Catalogue) -> dict[str, DecidedValues]:
    """The values curators chose, by record key (a later decision on a field wins)."""
    found: dict[str, DecidedValues] = {}
    for decision in sorted(cat.decisions.values(), key=lambda d: d.id):
        if decision.verdict != "value":
            continue
        key = decision.records[0]
        seen = found.get(key)
        merged = {**(seen.chosen() if seen else {}), **decision.values.chosen()}
        found[key] = DecidedValues(**merged)
    return found


def _drop_vanished(
    papers: dict[str, Paper], code: dict[str, CodeLink], after: Analysis, replace: frozenset[str]
) -> None:
    """Records that no entry names any more keep their curated fields but lose the provenance
    of the re-imported lists: that line no longer says what the record claims it said."""
    for key, paper in list(papers.items()):
        if key not in after.papers:
            kept = [e for e in paper.sources if e.source not in replace]
            if kept != paper.sources:
                papers[key] = paper.model_copy(update={"sources": kept})
                after.findings.append(_vanished(key, replace))
    for key, item in list(code.items()):
        if key not in after.code:
            kept = [e for e in item.sources if e.source not in replace]
            if kept != item.sources:
                code[key] = item.model_copy(update={"sources": kept})
                after.findings.append(_vanished(key, replace))


def _vanished(key: str, replace: frozenset[str]) -> Finding:
    lists = ", ".join(sorted(replace))
    return Finding(
        "no-longer-listed",
        (key,),
        f"{key}: {lists} no longer lists it; the record stays (delete it if it should go)",
        "note",
    )


def _repoint(code: dict[str, CodeLink], folded: dict[str, str]) -> None:
    for key, item in code.items():
        if item.paper in folded:
            code[key] = item.model_copy(update={"paper": folded[item.paper]})
