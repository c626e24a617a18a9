"""What kind of resource a list's link points at, from its label as written and its URL."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pydantic import ValidationError

from ...core.models import Link, LinkKind
from . import EntryKind
from ._markdown import InlineLink, unwrap_label
from ._roles import host, host_in
from ._text import squash

# Labels such as ``[code]``, ``[slides]`` or ``[[PyTorch code]]`` say what a link is; whole words
# only, so that a title like "Contrastive Representation Distillation" says nothing.
_LABEL_KINDS: list[tuple[re.Pattern[str], LinkKind]] = [
    (re.compile(r"\b(?:notes?|papernotes|blog)\b", re.I), LinkKind.NOTES),
    (re.compile(r"\b(?:slides?|poster)\b", re.I), LinkKind.SLIDES),
    (re.compile(r"\b(?:video|talk|youtube|lecture)\b", re.I), LinkKind.VIDEO),
    (re.compile(r"\b(?:project|website|homepage|project page|demo)\b", re.I), LinkKind.PROJECT),
]
_CODE_LABEL = re.compile(
    r"\b(?:code\w*|github|implementation|repo|pytorch|tensorflow|tf\d?|torch|jax|keras|caffe"
    r"|mxnet|paddle\w*|theano|lasagne|lua|official|unofficial)\b",
    re.I,
)
_PAPER_LABEL = re.compile(
    r"\b(?:paper|pdf|arxiv|doi|openreview|proceedings|article|journal)\b", re.I
)
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "huggingface.co")
_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "videolectures.net")


_host = host
_host_in = host_in


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


# What the title link of an entry is, by the kind of entry: the paper, the talk's video, the code.
TITLE_ROLE: dict[EntryKind, LinkKind] = {
    "paper": LinkKind.PAPER,
    "talk": LinkKind.VIDEO,
    "code": LinkKind.CODE,
}


def classify(url: str, label: str | None, role: LinkKind | None = None) -> LinkKind:
    """The kind of a link. ``role`` is what the list's layout makes of it: the title link of a
    paper, a talk or an implementation (whose label is a title, not a description). Links without
    a role are known by their label (``code``, ``slides``, ``arXiv paper``), else by their host."""
    if role is LinkKind.PAPER:
        return paper_kind(url)
    if role is not None:
        return role
    text = label or ""
    for pattern, kind in _LABEL_KINDS:
        if pattern.search(text):
            return kind
    if _PAPER_LABEL.search(text) and not _CODE_LABEL.search(text):
        return paper_kind(url)
    host = _host(url)
    if _host_in(host, _CODE_HOSTS) or _CODE_LABEL.search(text):
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
    except (ValidationError, ValueError):  # urlsplit refuses some hosts (``[]``) before the model
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
