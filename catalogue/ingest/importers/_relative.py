"""Relative links of a list (``./papers/x.pdf``, ``notes/y.md``), made absolute from where the list
lives.

A relative link points at a file of the list's own repository: the paper's PDF kept beside the
list, a page of notes. It is no dead end: the entry it stands in is kept whatever happens to the
link. The link itself is kept only where the source record says where the list lives (its
origin: a GitHub or GitLab repository with the list's path, or the list's URL), so that it can be
written as an address anyone can open; otherwise it is left out with a warning that says how to
keep it. Anchors of the list itself (``#notes``) are navigation, never a link of an entry.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit

from ...core.models import Origin
from ._roles import is_role_label

_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Hosts whose repositories show a file at ``<repository>/<blob>/<ref>/<path>``.
_BLOB = {"github.com": "blob", "www.github.com": "blob", "gitlab.com": "-/blob"}
_SAFE = "/?#&=%+~:@!$,;*'()[]"


# ``www.widgets.net``, ``arxiv.org/pdf/…``: a site's address written without ``https://`` (a browser
# reads it as a file beside the list; the writer meant the site). A host is ``www.`` and a name, or
# names ending in a common web domain, so that a file's name (``notes.md``, ``paper.pdf``) is none.
_HOST_RE = re.compile(
    r"^(?:www\d?\.[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:com|org|net|edu|gov|io|ai|cn|info|me|co))"
    r"(?::\d+)?(?:[/?#]|$)",
    re.IGNORECASE,
)


def web_address(url: str) -> str:
    """The address a link's destination means: ``https://`` put in front of a site's address
    written without it, and an address wrapped in one more pair of brackets (``[code]((https://…))``)
    taken out of them, or after one opening bracket never closed, or inside a placeholder link
    typed as the destination (``[pdf]([link](https://…))``). Any other destination is returned as
    it is."""
    url = url.strip()
    # ``[arXiv 2309](arXiv:2309.05444(2023))``, ``(doi:10.1000/xyz)``: an identifier as the address.
    named = _ID_DESTINATION_RE.match(url)
    if named is not None:
        arxiv, doi = named.group("arxiv"), named.group("doi")
        return f"https://arxiv.org/abs/{arxiv}" if arxiv else f"https://doi.org/{doi}"
    inner = url[1:-1].strip() if url[:1] + url[-1:] in ("()", "<>") else ""
    if _SCHEME_RE.match(inner):
        return inner
    # ``[PDF]([https://arxiv.org/abs/…)``: a bracket typed before the address, never closed (the
    # parser keeps it, escaped, as the start of a relative destination).
    stray = _STRAY_BRACKET_RE.match(url)
    if stray is not None:
        return stray.group("url")
    inner = _LINK_DESTINATION_RE.match(url)
    if inner is not None and is_role_label(inner.group("label")):
        return inner.group("url")  # ``[pdf]([link](https://…))``: a placeholder around the address
    if is_relative(url) and not url.startswith((".", "/")) and _HOST_RE.match(url):
        return "https://" + url
    return url


_ID_DESTINATION_RE = re.compile(
    r"^(?:arxiv:\s*(?P<arxiv>\d{4}\.\d{4,5}(?:v\d+)?)|doi:\s*(?P<doi>10\.\d{4,9}/[^\s()]+))", re.I
)
# ``[[pdf]([link](https://…))]``: a Markdown link typed where its address goes (a template's
# ``[link]`` placeholder kept around the address): the address inside it, when the inner label
# only says it is a link (a role: link, here, pdf); an address or a name there leaves it unclear
# which address is meant (``[Code]([https://…/a](https://…/b))``), and the link is left out.
_LINK_DESTINATION_RE = re.compile(
    r"^(?:%5B|\[)(?P<label>[^\[\]]{1,40})(?:%5D|\])\((?P<url>https?://[^\s()\[\]]+)\)$", re.I
)
_STRAY_BRACKET_RE = re.compile(r"^(?:%5B|\[)(?P<url>https?://(?:(?!%5[BD])[^\s\[\]()])+)$", re.I)


def is_relative(url: str) -> bool:
    """A link to a file beside the list: no scheme, no host, not an anchor of the list."""
    url = url.strip()
    return bool(url) and not url.startswith(("#", "//")) and not _SCHEME_RE.match(url)


def link_base(origin: Origin | None) -> str | None:
    """The address relative links of the list at ``origin`` are read against, when it has one."""
    if origin is None:
        return None
    if origin.repository and origin.path:
        repository = origin.repository.rstrip("/").removesuffix(".git")
        blob = _BLOB.get((urlsplit(repository).hostname or "").lower())
        if blob is None:
            return None
        path = origin.path.lstrip("/")
        return f"{repository}/{blob}/{origin.commit or 'HEAD'}/{quote(path, safe='/')}"
    return origin.url


def resolve(url: str, base: str | None) -> str | None:
    """``url`` (relative) as an absolute address against ``base``; None without a base, or when
    the link climbs out of the repository."""
    if base is None or not is_relative(url):
        return None
    target = quote(url.strip(), safe=_SAFE)
    root = _root(base)
    if target.startswith("/"):
        # A repository's README links ``/docs/x.pdf`` from the repository's root.
        target = target.lstrip("/")
        return urljoin(root, target) if root else urljoin(base, "/" + target)
    found = urljoin(base, target)
    return found if root is None or found.startswith(root) else None


def _root(base: str) -> str | None:
    """``https://github.com/o/r/blob/<ref>/`` of a base in a repository, else None."""
    match = re.match(r"^(https?://[^/]+/[^/]+/[^/]+/(?:-/)?blob/[^/]+/)", base)
    return match.group(1) if match else None
