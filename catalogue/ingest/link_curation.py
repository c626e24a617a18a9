"""The curated links of a record, built from the links its source lists gave.

Lists label links loosely (a ``[paper]`` that is a GitHub repository, an arXiv PDF next to its
abstract page). A curated link has a kind known from its URL where the URL says it, one canonical
form per arXiv paper or DOI, and no duplicates: two source links that normalise to the same resource
become one curated link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.identity import IdentityKey, arxiv_id, doi, normalise_url, paper_identity
from ..core.models import Link, LinkKind

# The order of a record's curated links, and of a paper card's buttons on the website.
KIND_ORDER = [
    LinkKind.PAPER,
    LinkKind.PDF,
    LinkKind.ARXIV,
    LinkKind.DOI,
    LinkKind.CODE,
    LinkKind.VIDEO,
    LinkKind.SLIDES,
    LinkKind.PROJECT,
    LinkKind.DATA,
    LinkKind.NOTES,
    LinkKind.BLOG,
    LinkKind.CITATION,
    LinkKind.OTHER,
]
# Kinds whose URL names the work itself: their identity is evidence of which paper a list meant.
PAPER_KINDS = frozenset({LinkKind.PAPER, LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI})

_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "videolectures.net")
# Labels that say nothing beyond the kind: ``code``, ``code2``, ``[paper]``, ``arXiv paper``.
_GENERIC_LABEL = re.compile(
    r"^(?:code|github|repo|implementation|paper|pdf|arxiv|arxiv paper|link)\s*\d*$", re.I
)


def _host_path(url: str) -> tuple[str, str]:
    normal = normalise_url(url)
    rest = normal.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def _on(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


# What a list may call a file inside a repository; "other" is what the importer makes of a link
# into the list's own repository that the list labels code.
_FILE_KINDS = (LinkKind.PAPER, LinkKind.PDF, LinkKind.NOTES, LinkKind.OTHER)


def curated_kind(link: Link) -> LinkKind:
    """The kind of a link, from its URL where the URL is unambiguous, else as the list said."""
    if arxiv_id(link.url):
        return LinkKind.ARXIV
    host, path = _host_path(link.url)
    if host in ("doi.org", "dx.doi.org") and doi(link.url):
        return LinkKind.DOI
    if _on(host, _CODE_HOSTS):
        # A file inside a repository (a white paper, reading notes) is what the list called it.
        if "/blob/" in path and link.kind in _FILE_KINDS:
            return link.kind
        return LinkKind.CODE
    if _on(host, _VIDEO_HOSTS):
        return LinkKind.VIDEO
    if link.kind in (LinkKind.OTHER, LinkKind.PAPER) and path.lower().endswith(".pdf"):
        return LinkKind.PDF
    return link.kind


def canonical_url(link: Link, kind: LinkKind) -> str:
    """One URL per arXiv paper and per DOI; other URLs stay as the list wrote them."""
    if kind is LinkKind.ARXIV:
        found = arxiv_id(link.url)
        if found:
            return f"https://arxiv.org/abs/{found}"
    if kind is LinkKind.DOI:
        found = doi(link.url)
        if found:
            return f"https://doi.org/{found}"
    return link.url


def link_identity(link: Link) -> IdentityKey | None:
    """The identity of a link that names a paper (arXiv, DOI, publisher id, else its URL)."""
    if curated_kind(link) not in PAPER_KINDS:
        return None
    return paper_identity(link.url) or IdentityKey("url", normalise_url(link.url))


def _dedupe_key(kind: LinkKind, url: str) -> tuple[str, str]:
    if kind in PAPER_KINDS:
        found = paper_identity(url)
        if found:
            return kind.value, str(found)
    normal = normalise_url(url)
    # GitHub owner and repository names ignore case (HobbitLong/RepDistiller = hobbitlong/…).
    return kind.value, normal.lower() if _host_path(url)[0] == "github.com" else normal


def curate(links: Iterable[Link], *, drop_labels: Iterable[str] = ()) -> list[Link]:
    """Curated links: canonical URLs, kinds from URLs, one per resource, in kind order.

    The first occurrence of a resource wins; labels are kept where they add something (a
    framework, ``slides``), not where they repeat the kind or the title (``drop_labels``)."""
    dropped = {label.casefold() for label in drop_labels}
    seen: dict[tuple[str, str], Link] = {}
    for link in links:
        kind = curated_kind(link)
        url = canonical_url(link, kind)
        key = _dedupe_key(kind, url)
        if key in seen:
            continue
        label = link.label
        if (
            label is None
            or kind in PAPER_KINDS
            or _GENERIC_LABEL.match(label)
            or label.casefold() in dropped
        ):
            label = None
        seen[key] = Link(kind=kind, url=url, label=label)
    ranked = sorted(enumerate(seen.values()), key=lambda p: (KIND_ORDER.index(p[1].kind), p[0]))
    return [link for _, link in ranked]
