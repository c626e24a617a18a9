"""Checks across records. Each check has a code and a severity; ``--strict`` fails on warnings.

Checks are small functions registered by name, each yielding diagnostics located at the field
that is wrong, so a contributor can jump straight to it. A check whose per-record work is costly
keeps its values between runs as fragments (``memoised_check``, see ``incremental.fragments``);
the others read the catalogue alone (``check``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .errors import Diagnostic, Severity
from .store import CATEGORIES, CODE, COLLECTIONS, PAPERS, SUFFIX, Catalogue, Collection

if TYPE_CHECKING:
    from ..incremental.fragments import Fragments

Check = Callable[[Catalogue, "Fragments | None"], Iterator[Diagnostic]]
CHECKS: dict[str, Check] = {}


def _name(func: Callable[..., Iterator[Diagnostic]]) -> str:
    return func.__name__.replace("_", "-")


def check(
    func: Callable[[Catalogue], Iterator[Diagnostic]],
) -> Callable[[Catalogue], Iterator[Diagnostic]]:
    def run(cat: Catalogue, fragments: Fragments | None = None) -> Iterator[Diagnostic]:
        return func(cat)

    CHECKS[_name(func)] = run
    return func


def memoised_check(func: Check) -> Check:
    CHECKS[_name(func)] = func
    return func


def _diag(
    cat: Catalogue,
    collection: Collection,  # type: ignore[type-arg]
    key: str,
    loc: tuple[str | int, ...],
    message: str,
    code: str,
    severity: Severity,
) -> Diagnostic:
    path, line, column = cat.locate(collection, key, *loc)
    return Diagnostic(path, line, column, severity, code, message)


@check
def unknown_reference(cat: Catalogue) -> Iterator[Diagnostic]:
    for key, paper in cat.papers.items():
        for i, category in enumerate(paper.categories):
            if category not in cat.categories:
                yield _diag(
                    cat,
                    PAPERS,
                    key,
                    ("categories", i),
                    f"unknown category {category!r}: add data/categories/{category}{SUFFIX}"
                    " or use an existing id",
                    "unknown-category",
                    Severity.ERROR,
                )
        if paper.venue and paper.venue not in cat.venues:
            yield _diag(
                cat,
                PAPERS,
                key,
                ("venue",),
                f"unknown venue {paper.venue!r}: add data/venues/{paper.venue}{SUFFIX}"
                " or use an existing id",
                "unknown-venue",
                Severity.ERROR,
            )
        for i, entry in enumerate(paper.sources):
            if entry.source not in cat.sources:
                yield _diag(
                    cat,
                    PAPERS,
                    key,
                    ("sources", i, "source"),
                    f"unknown source list {entry.source!r}",
                    "unknown-source",
                    Severity.ERROR,
                )
    for cid, record in cat.categories.items():
        if record.parent and record.parent not in cat.categories:
            yield _diag(
                cat,
                CATEGORIES,
                cid,
                ("parent",),
                f"unknown parent category {record.parent!r}",
                "unknown-category",
                Severity.ERROR,
            )


@check
def category_cycle(cat: Catalogue) -> Iterator[Diagnostic]:
    for cid in cat.categories:
        seen = {cid}
        parent = cat.categories[cid].parent
        while parent and parent in cat.categories:
            if parent in seen:
                yield _diag(
                    cat,
                    CATEGORIES,
                    cid,
                    ("parent",),
                    f"category {cid!r} is its own ancestor: break the cycle",
                    "category-cycle",
                    Severity.ERROR,
                )
                break
            seen.add(parent)
            parent = cat.categories[parent].parent


@check
def code_without_paper(cat: Catalogue) -> Iterator[Diagnostic]:
    for key, code in cat.code.items():
        if code.paper and code.paper not in cat.papers:
            yield _diag(
                cat,
                CODE,
                key,
                ("paper",),
                f"code link points at missing paper {code.paper!r}: fix the key or drop the field",
                "missing-paper",
                Severity.ERROR,
            )


@check
def file_name_matches_key(cat: Catalogue) -> Iterator[Diagnostic]:
    for (name, key), origin in cat.origins.items():
        # Most files are named ``<key>.yml``: the name says so without ``Path.stem``'s work.
        if origin.name != key + SUFFIX and origin.path.stem != key:
            collection = next(c for c in COLLECTIONS if c.name == name)
            yield _diag(
                cat,
                collection,
                key,
                (collection.key_field,),
                f"file name {origin.name!r} does not match {collection.key_field} {key!r}:"
                f" rename the file to {key}{SUFFIX}",
                "file-name",
                Severity.ERROR,
            )


@check
def shared_identifier(cat: Catalogue) -> Iterator[Diagnostic]:
    """Two records with one arXiv id or DOI are one paper twice (or one carries a wrong link):
    an error, so that the build fails. The record's identifiers and its own links count; its
    sources keep what lists said, wrong links included, and do not."""
    from .identity import arxiv_id, doi

    by_id: dict[tuple[str, str], dict[str, tuple[str | int, ...]]] = defaultdict(dict)
    for key, paper in cat.papers.items():
        if paper.identifiers.arxiv:
            by_id[("arxiv", paper.identifiers.arxiv)][key] = ("identifiers", "arxiv")
        if paper.identifiers.doi:
            by_id[("doi", paper.identifiers.doi)][key] = ("identifiers", "doi")
        for i, link in enumerate(paper.links):
            for kind, value in (("arxiv", arxiv_id(link.url)), ("doi", doi(link.url))):
                if value:
                    by_id[(kind, value.lower() if kind == "doi" else value)].setdefault(
                        key, ("links", i, "url")
                    )
    # Sorting only the shared ones: most identifiers belong to one paper. One finding per record
    # and the record it clashes with, at its identifiers where they say it, else at the link.
    reported: dict[tuple[str, str], tuple[tuple[str | int, ...], str, str]] = {}
    for (kind, value), holders in sorted(item for item in by_id.items() if len(item[1]) > 1):
        first, *rest = sorted(holders)
        for key in rest:
            seen = reported.get((key, first))
            if seen is None or (seen[0][0] == "links" and holders[key][0] == "identifiers"):
                reported[(key, first)] = (holders[key], kind, value)
    for (key, first), (loc, kind, value) in sorted(reported.items()):
        yield _diag(
            cat,
            PAPERS,
            key,
            loc,
            f"{kind} {value} is also the {kind} of {first!r}: merge the records (`catalogue"
            " decide --same`) or fix the identifier",
            "shared-identifier",
            Severity.ERROR,
        )


def title_keys(cat: Catalogue, fragments: Fragments | None = None) -> dict[str, str]:
    """Every paper's ``identity.title_key`` by paper key, from ``fragments`` for titles seen
    before.

    The key folds mojibake, Unicode forms and punctuation (ftfy and ``unicodedata``): most of a
    check run's time when computed afresh, and the same for the same title in every build."""
    from .identity import title_key

    found: dict[str, str] = {}
    for paper_key, paper in cat.papers.items():
        title = paper.title
        if fragments is None:
            found[paper_key] = title_key(title)
        else:
            found[paper_key] = fragments.of_text("title key", title, partial(title_key, title))
    return found


@memoised_check
def same_title(cat: Catalogue, fragments: Fragments | None = None) -> Iterator[Diagnostic]:
    """A paper added twice under two keys (e.g. by copying a template) shows as one title twice.

    A curator's ``different`` decision naming both keys silences it."""
    apart = {
        frozenset(pair)
        for decision in cat.decisions.values()
        if decision.verdict == "different"
        for pair in _pairs(decision.records)
    }
    keys = title_keys(cat, fragments)
    titled: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, paper in cat.papers.items():
        titled[(paper.kind, keys[key])].append(key)
    # The first key in sorted order is the one the others are reported against.
    for group in titled.values():
        if len(group) < 2:
            continue
        first, *rest = sorted(group)
        for key in rest:
            if frozenset((first, key)) in apart:
                continue
            yield _diag(
                cat,
                PAPERS,
                key,
                ("title",),
                f"same title as {first!r}: merge the two records, or record a `different`"
                " decision in data/decisions/ if they are two papers",
                "same-title",
                Severity.WARNING,
            )


def _pairs(items: list[str]) -> Iterator[tuple[str, str]]:
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            yield a, b


@check
def empty_category(cat: Catalogue) -> Iterator[Diagnostic]:
    used: set[str] = set()
    for paper in cat.papers.values():
        used.update(paper.categories)
    parents = {c.parent for c in cat.categories.values() if c.parent}
    for cid in cat.categories:
        if cid not in used and cid not in parents:
            yield _diag(
                cat,
                CATEGORIES,
                cid,
                ("id",),
                f"category {cid!r} has no papers and no sub-categories",
                "empty-category",
                Severity.WARNING,
            )


@check
def uncategorised(cat: Catalogue) -> Iterator[Diagnostic]:
    for key, paper in cat.papers.items():
        if not paper.categories:
            yield _diag(
                cat,
                PAPERS,
                key,
                ("key",),
                "paper is in no category: add one under `categories`",
                "uncategorised",
                Severity.WARNING,
            )


@check
def incomplete(cat: Catalogue) -> Iterator[Diagnostic]:
    """Facts the sources did not give: shown as information, they fail nothing."""
    for key, paper in cat.papers.items():
        missing = [name for name in ("authors", "year") if not getattr(paper, name)]
        if not paper.links:
            missing.append("links")
        if missing:
            yield _diag(
                cat,
                PAPERS,
                key,
                ("key",),
                f"incomplete record: no {', '.join(missing)}",
                "incomplete",
                Severity.INFO,
            )


def run_checks(cat: Catalogue, fragments: Fragments | None = None) -> list[Diagnostic]:
    """Every check's findings, sorted; ``fragments``: costly per-record values as kept between
    runs."""
    found: list[Diagnostic] = []
    for func in CHECKS.values():
        found.extend(func(cat, fragments))
    return sorted(found)
