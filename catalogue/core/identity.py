"""Identity: the normalised names under which two mentions of one paper or repository meet.

Lists name the same paper in many ways: an arXiv abstract page, its PDF with a version, a DOI
link, the CVF page or PDF, an OpenReview forum. Each normaliser here turns one such spelling into
an ``IdentityKey`` (a scheme and a canonical value); two mentions that yield the same key point at
the same work. Titles get a looser key for matching: case, punctuation, dashes, Unicode forms and
broken encodings (mojibake) do not count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

from .models import ARXIV_RE, DOI_RE

# Normalisers are cached: dedupe asks for the same title's and URL's keys in several passes. The
# caches hold every title and URL a command meets (a least-recently-used cache smaller than a
# 100,000-paper catalogue missed on every pass), and without a bound: a bounded cache keeps a
# linked-list node per key and moves it on every hit, scattered memory writes that at 100,000
# papers cost more than the lookups themselves. One command's titles and URLs take a few tens of
# megabytes, well under the records they come from.
cached = lru_cache(maxsize=None)


class IdentityKey(NamedTuple):
    """One stable name of a work: ``arxiv:1503.02531``, ``doi:10.1109/…``, ``github:owner/repo``.

    A named tuple: dedupe hashes and sorts millions of these at 100,000 papers, which tuples do
    natively and a dataclass does in Python."""

    scheme: str
    value: str

    def __str__(self) -> str:
        return f"{self.scheme}:{self.value}"

    @classmethod
    def parse(cls, text: str) -> IdentityKey:
        scheme, _, value = text.partition(":")
        if not scheme or not value:
            raise ValueError(f"not an identity key (scheme:value): {text!r}")
        return cls(scheme, value)


ARXIV, DOI, GITHUB, URL = "arxiv", "doi", "github", "url"

# --- arXiv -----------------------------------------------------------------------------------

_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_ARXIV_OLD = r"[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_ID_RE = re.compile(rf"^(?:arxiv:)?({_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?(?:\.pdf)?$", re.I)
_ARXIV_PATH_RE = re.compile(
    rf"^/(?:abs|pdf|html|format|ps|src)/({_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?(?:\.pdf)?/?$", re.I
)
_ARXIV_DOI_RE = re.compile(r"^10\.48550/arxiv\.(.+)$", re.I)


def _canonical_arxiv(found: str) -> str:
    """Old-style archive names are lower-case with an upper-case subject class (math.GT)."""
    if "/" not in found:
        return found
    archive, number = found.split("/", 1)
    head, dot, subject = archive.partition(".")
    return f"{head.lower()}{dot}{subject.upper()}/{number}"


@cached
def arxiv_id(text: str) -> str | None:
    """The arXiv id (without version) named by a URL, an arXiv DOI or an id as written; only an
    id a record may hold (month 01-12), so that what is found here always validates."""
    found = _arxiv_id(text)
    return found if found is not None and ARXIV_RE.match(found) else None


def _arxiv_id(text: str) -> str | None:
    text = text.strip()
    match = _ARXIV_ID_RE.match(text)
    if match:
        return _canonical_arxiv(match.group(1))
    doi_value = doi(text) if ("doi" in text.lower() or text.startswith("10.")) else None
    if doi_value:
        inner = _ARXIV_DOI_RE.match(doi_value)
        return arxiv_id(inner.group(1)) if inner else None
    parts = _split(text)
    if parts and parts.host.endswith("arxiv.org"):
        match = _ARXIV_PATH_RE.match(parts.path)
        if match:
            return _canonical_arxiv(match.group(1))
    return None


# --- DOI -------------------------------------------------------------------------------------

_DOI_RE = re.compile(r"^(?:doi:\s*)?(10\.\d{4,9}/\S+)$", re.I)
_DOI_HOSTS = ("doi.org", "dx.doi.org")
_DOI_VALUE = r"10\.\d{4,9}/"
# Publisher pages whose path holds the DOI: (host, pattern with the DOI as its group).
_DOI_IN_PATH = (
    (
        "link.springer.com",
        re.compile(rf"^/(?:article|chapter|content/pdf)/({_DOI_VALUE}[^/]+?)(?:\.pdf)?/?$"),
    ),
    (
        "iopscience.iop.org",
        re.compile(rf"^/article/({_DOI_VALUE}[^/]+/[^/]+?)(?:/(?:meta|pdf|ampdf))?/?$"),
    ),
    ("spiedigitallibrary.org", re.compile(rf"/({_DOI_VALUE}[^/]+?)\.full/?$")),
    ("", re.compile(rf"^/doi/(?:abs/|full/|pdf/|epdf/|fullHtml/)?({_DOI_VALUE}.+?)/?$")),
)


def _clean_doi(value: str) -> str:
    return unquote(value).strip().rstrip(".,;").lower()


@cached
def doi(text: str) -> str | None:
    """The lower-case DOI named by a doi.org URL, a publisher URL holding one, or as written; only
    one a record may hold (never braces, backslashes, spaces or control characters)."""
    found = _doi(text)
    return found if found is not None and DOI_RE.match(found) else None


def _doi(text: str) -> str | None:
    text = text.strip()
    match = _DOI_RE.match(text)
    if match:
        return _clean_doi(match.group(1))
    parts = _split(text)
    if parts is None:
        return None
    if parts.host in _DOI_HOSTS:
        value = unquote(parts.path.lstrip("/"))
        return _clean_doi(value) if value.startswith("10.") else None
    for host, pattern in _DOI_IN_PATH:
        match = pattern.search(parts.path) if parts.host.endswith(host) else None
        if match:
            return _clean_doi(match.group(1))
    return None


# --- stable ids in publisher URLs -------------------------------------------------------------


@dataclass(frozen=True)
class _Url:
    host: str
    path: str
    query: dict[str, list[str]]


def _split(url: str) -> _Url | None:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    path = re.sub(r"/{2,}", "/", parts.path)
    return _Url(host, path, parse_qs(parts.query))


_CVF_RE = re.compile(r"/(?:html|papers)/([^/]+?)_paper\.(?:html|pdf)$", re.I)
_NIPS_NUMBER_RE = re.compile(r"^/paper/(\d+)-[^/]+?(?:\.pdf)?/?$")
_NEURIPS_HASH_RE = re.compile(r"/(?:hash|file)/([0-9a-f]{32})-", re.I)
_PMLR_RE = re.compile(r"^/(v\d+)/([a-z0-9_-]+?)(?:/\2)?\.(?:html|pdf)$", re.I)
_AAAI_RE = re.compile(r"/index\.php/AAAI/article/(?:view|download)/(\d+)", re.I)
_IEEE_PATH_RE = re.compile(r"^/(?:abstract/|document/)*document/(\d+)/?")
_ACL_RE = re.compile(
    r"^/(?:anthology/)?([A-Z]\d{2}-\d{4}|\d{4}\.[a-z0-9-]+\.\d+)(?:\.pdf)?/?$", re.I
)
_PII_RE = re.compile(r"/pii/(S?[0-9X]{16,17})", re.I)


def _cvf(u: _Url) -> str | None:
    # The file stem names the paper in both the HTML page and the PDF: Yim_A_Gift_From_CVPR_2017.
    match = _CVF_RE.search(u.path) if u.host == "openaccess.thecvf.com" else None
    return match.group(1).lower() if match else None


def _openreview(u: _Url) -> str | None:
    if u.host != "openreview.net" or u.path.rstrip("/") not in ("/forum", "/pdf", "/attachment"):
        return None
    ids = u.query.get("id")
    return ids[0] if ids else None  # OpenReview ids are case-sensitive


def _pmlr(u: _Url) -> str | None:
    match = _PMLR_RE.match(u.path) if u.host == "proceedings.mlr.press" else None
    return f"{match.group(1).lower()}/{match.group(2).lower()}" if match else None


def _neurips(u: _Url) -> str | None:
    if u.host not in ("papers.nips.cc", "proceedings.neurips.cc", "papers.neurips.cc"):
        return None
    match = _NEURIPS_HASH_RE.search(u.path)
    if match:
        return match.group(1).lower()
    match = _NIPS_NUMBER_RE.match(u.path)
    return match.group(1) if match else None


def _aaai(u: _Url) -> str | None:
    if u.host not in ("ojs.aaai.org", "aaai.org"):
        return None
    match = _AAAI_RE.search(u.path)
    return match.group(1) if match else None


def _ieee(u: _Url) -> str | None:
    if u.host != "ieeexplore.ieee.org":
        return None
    match = _IEEE_PATH_RE.match(u.path)
    if match:
        return match.group(1)
    numbers = u.query.get("arnumber")
    return numbers[0] if numbers and numbers[0].isdigit() else None


def _acl(u: _Url) -> str | None:
    if u.host == "aclanthology.org" or (u.host == "aclweb.org" and u.path.startswith("/anthology")):
        match = _ACL_RE.match(u.path)
        return match.group(1) if match else None
    return None


def _pii(u: _Url) -> str | None:
    match = _PII_RE.search(u.path) if u.host == "sciencedirect.com" else None
    return match.group(1).upper() if match else None


# Scheme -> reader. Order does not matter: each reader accepts only its own host.
_PUBLISHERS: dict[str, Callable[[_Url], str | None]] = {
    "cvf": _cvf,
    "openreview": _openreview,
    "pmlr": _pmlr,
    "neurips": _neurips,
    "aaai": _aaai,
    "ieee": _ieee,
    "acl": _acl,
    "pii": _pii,
}


@cached
def paper_identity(url: str) -> IdentityKey | None:
    """The stable identity a paper URL carries (arXiv, DOI, or a publisher's own id), if any."""
    found = arxiv_id(url)
    if found:
        return IdentityKey(ARXIV, found)
    found = doi(url)
    if found:
        return IdentityKey(DOI, found)
    parts = _split(url)
    if parts is None:
        return None
    for scheme, reader in _PUBLISHERS.items():
        value = reader(parts)
        if value:
            return IdentityKey(scheme, value)
    return None


# --- GitHub repositories ----------------------------------------------------------------------

# GitHub's own pages, which are no owner's (``github.com/topics/widgets``).
GITHUB_RESERVED = frozenset(
    "about apps blog collections contact enterprise explore features issues login marketplace"
    " notifications orgs pricing pulls search settings site sponsors topics trending users".split()
)


@cached
def github_repo(url: str) -> str | None:
    """``owner/repo`` (lower-case) of a GitHub URL, ignoring sub-paths, ``.git`` and fragments."""
    parts = _split(url)
    if parts is None or parts.host != "github.com":
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0].lower() in GITHUB_RESERVED:
        return None
    owner, repo = segments[0], segments[1].removesuffix(".git")
    return f"{owner}/{repo}".lower() if repo else None


def code_identity(url: str) -> IdentityKey:
    """What names a code link: its GitHub repository, else the normalised URL."""
    repo = github_repo(url)
    return IdentityKey(GITHUB, repo) if repo else IdentityKey(URL, normalise_url(url))


# --- URLs -------------------------------------------------------------------------------------


@cached
def normalise_url(url: str) -> str:
    """A URL compared loosely: https, lower-case host without ``www.``, no default port, no
    fragment, no repeated or trailing slashes. Query strings stay: they often name the page."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if not parts.hostname:
        return text
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    host = parts.hostname.lower().removeprefix("www.")
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return urlunsplit((scheme, netloc, path, parts.query, ""))


# --- titles -----------------------------------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d-"
_APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4"


@cached
def title_key(title: str) -> str:
    """A title reduced to what identifies it: lower-case ASCII-folded words split by single
    spaces. Mojibake, Unicode forms (full width, ligatures), accents, apostrophes, dashes and
    other punctuation do not count, nor does ``&`` against ``and``."""
    # Imported here: ftfy takes longer to import than a warm ``check`` takes to run, and a warm
    # check finds every title's key kept from the run before (see ``checks.title_keys``).
    from ftfy import fix_text

    text = unicodedata.normalize("NFKC", fix_text(title)).casefold()
    text = text.replace("&", " and ")
    text = "".join(" " if ch in _DASHES else ch for ch in text)
    text = "".join(ch for ch in text if ch not in _APOSTROPHES)
    folded = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.findall(r"[^\W_]+", text))
