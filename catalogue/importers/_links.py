"""What kind of resource a list's link points at, from its label as written and its URL."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pydantic import ValidationError

from ..models import Link, LinkKind
from ._markdown import InlineLink, unwrap_label
from ._text import squash

_LABEL_KINDS: list[tuple[re.Pattern[str], LinkKind]] = [
    (re.compile(r"notes?\b|papernotes|blog", re.I), LinkKind.NOTES),
    (re.compile(r"slide|poster", re.I), LinkKind.SLIDES),
    (re.compile(r"video|talk|youtube|lecture|presentation", re.I), LinkKind.VIDEO),
    (re.compile(r"project|website|homepage|page|demo", re.I), LinkKind.PROJECT),
]
_CODE_LABEL = re.compile(
    r"code|github|implementation|repo|pytorch|tensorflow|\btf\d?\b|\btorch\b|jax|keras|caffe"
    r"|mxnet|paddle|theano|lasagne|lua|official|unofficial",
    re.I,
)
_PAPER_LABEL = re.compile(r"paper|pdf|arxiv|doi|openreview|proceedings|article|journal", re.I)
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "huggingface.co")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "videolectures.net")


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _host_in(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


def paper_kind(url: str) -> LinkKind:
    """A link to the paper itself: an arXiv page, a DOI, a PDF, or a publisher's page."""
    host = _host(url)
    if host == "arxiv.org" or host.endswith(".arxiv.org"):
        return LinkKind.ARXIV
    if host in ("doi.org", "dx.doi.org"):
        return LinkKind.DOI
    if urlsplit(url).path.lower().endswith(".pdf"):
        return LinkKind.PDF
    return LinkKind.PAPER


def classify(url: str, label: str | None, role: LinkKind | None = None) -> LinkKind:
    """The kind of a link. ``role`` is what the list's layout says the link is (a title link of a
    paper, of a talk, of an implementation); an explicit label such as ``notes`` or ``code`` or a
    code host outranks the layout, except that a link labelled as the paper stays the paper."""
    text = label or ""
    if role is LinkKind.PAPER:
        return paper_kind(url)
    for pattern, kind in _LABEL_KINDS:
        if text and pattern.search(text):
            return kind
    if text and _PAPER_LABEL.search(text) and not _CODE_LABEL.search(text):
        return paper_kind(url)
    if role is not None:
        return role
    host = _host(url)
    if _host_in(host, _CODE_HOSTS) or (text and _CODE_LABEL.search(text)):
        return LinkKind.CODE
    if _host_in(host, _VIDEO_HOSTS):
        return LinkKind.VIDEO
    kind = paper_kind(url)
    return kind if kind is not LinkKind.PAPER else LinkKind.OTHER


def make_link(url: str, label: str | None, role: LinkKind | None = None) -> Link | None:
    """A typed link, or None when the URL is not an absolute http(s) URL (a relative link to a
    file of the list's own repository, a typo): the caller reports it."""
    label = squash(label) if label else None
    try:
        return Link(kind=classify(url, label, role), url=url.strip(), label=label or None)
    except ValidationError:
        return None


def make_links(
    found: list[InlineLink], first_role: LinkKind | None = None
) -> tuple[list[Link], list[InlineLink]]:
    """Typed links for the inline links of one entry, in order, and the ones that were not URLs.
    ``first_role`` applies to the first link (the title link in ``[Title](url)`` lists)."""
    links, bad = [], []
    for index, inline in enumerate(found):
        role = first_role if index == 0 else None
        link = make_link(inline.url, unwrap_label(inline.label), role)
        if link is None:
            bad.append(inline)
        else:
            links.append(link)
    return links, bad
