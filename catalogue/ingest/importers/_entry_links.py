"""An entry's links, each with its role, and the identifiers its links and text hold."""

from __future__ import annotations

import re

from ...core.identity import ARXIV, DOI, IdentityKey
from ...core.models import Identifiers, Link, LinkKind
from ._badge_links import names_weights
from ._document import InlineLink
from ._evidence import bare_urls, is_web_url
from ._fields import Fields
from ._ids import ids_in_text, url_id
from ._names import given_first, is_name
from ._relative import resolve
from ._roles import by_label, by_url, is_role_label, role
from ._text import clean_text
from ._units import Piece

_DATED_PATH_RE = re.compile(r"/(?:19|20)\d{2}/\d{2}/")


def title_role(url: str) -> LinkKind:
    """The role of the link a title is written as: what its URL says; a page on a site that is no
    publisher is the work's project page (a dated one, a post)."""
    found = by_url(url)
    if found is not LinkKind.OTHER:
        return found
    return LinkKind.BLOG if _DATED_PATH_RE.search(url) else LinkKind.PROJECT


def _before(text: str, start: int) -> str:
    """The few characters before a link: an emoji or a ``Code:`` that labels it."""
    return text[max(0, start - 16) : start]


def _unbracket(label: str) -> str:
    label = label.strip()
    while label.startswith("[") and label.endswith("]"):
        label = label[1:-1].strip()
    return given_first(label) if label.count(",") == 1 else label


def _person(label: str) -> bool:
    """A link label that is a person's name (``[Zhang, Quanshi]``, ``[Geoffrey Hinton]``)."""
    if is_role_label(label) or not ("," in label or len(label.split()) >= 2):
        return False
    return is_name(_unbracket(label), single_ok=False)


def add_link(fields: Fields, url: str, kind: LinkKind, label: str | None) -> None:
    url = url.strip()
    if not is_web_url(url):
        fields.bad_links.append(url)
        return
    if any(link.url == url and link.kind is kind for link in fields.links):
        return
    try:
        label = (label or "").strip()
        while label.startswith("[") and label.endswith("]"):
            label = label[1:-1].strip()
        fields.links.append(Link(kind=kind, url=url, label=clean_text(label) or None))
    except ValueError:
        fields.bad_links.append(url)


def add_title_link(fields: Fields, link: InlineLink, base: str | None) -> None:
    """The link the title is written as (a relative one made absolute against ``base``)."""
    resolved = resolve(link.url, base)
    url = resolved or link.url
    fields.title_link = url
    # A file beside the list is what its own name says (a PDF), whatever hosts the repository.
    add_link(fields, url, by_url(link.url) if resolved else title_role(url), link.label)


def collect_links(
    fields: Fields, piece: Piece, base: str | None, skip: InlineLink | None = None
) -> None:
    """Every link of a piece with its role; relative ones made absolute against ``base``."""
    inline = piece.inline
    for link in inline.links:
        if link is skip or link.url.startswith("#"):
            continue
        if link.image_only and not (_paper_column_badge(piece, link) or _row_badge(piece, link)):
            continue
        resolved = resolve(link.url, base)
        url = resolved or link.url
        if not is_web_url(url):
            fields.bad_links.append(link.url)
            continue
        said = link.url if resolved else url
        # A badge's own text (``WEB Page`` in a column of repositories) says more than the header.
        # So does a weights badge (``Code & Weights``): its link is what its URL says.
        header = (
            "" if link.alt and (by_label(link.alt) or names_weights(link.alt)) else piece.header
        )
        kind = role(said, link.label or link.alt, header, _before(inline.text, link.start))
        if kind is not LinkKind.CODE and _person(link.label):
            kind = LinkKind.OTHER  # ``[Zhang, Quanshi](homepage)``: a person's page
        elif resolved and kind is LinkKind.CODE:
            kind = LinkKind.OTHER  # the list's own repository: no paper's code
        add_link(fields, url, kind, link.label)
    for url, start, _ in bare_urls(inline):
        add_link(fields, url, role(url, "", piece.header, _before(inline.text, start)), None)


def _paper_column_badge(piece: Piece, link: InlineLink) -> bool:
    """A badge in a table's paper column (``| [![Blog](badge)](post) |`` under ``Paper`` or
    ``Venue``) is the work's link, whatever the badge says: the column names what it links to."""
    if piece.kind != "cell" or not _PAPER_HEADER_RE.search(piece.header):
        return False
    path = link.url.split("?")[0].casefold()
    return is_web_url(link.url) and not path.endswith(_IMAGE_ENDINGS)


def _row_badge(piece: Piece, link: InlineLink) -> bool:
    """``| [![Blog](https://img.shields.io/badge/Technical-Blog-orange.svg)](https://…) |`` in a
    table row: the row is one work, and a badge saying it links the work's blog or slides is that
    link (the same badge above the list, linking the maintainer's blog, stays decoration)."""
    if piece.kind != "cell" or by_label(link.alt) not in (LinkKind.BLOG, LinkKind.SLIDES):
        return False
    path = link.url.split("?")[0].casefold()
    return is_web_url(link.url) and not path.endswith(_IMAGE_ENDINGS)


# ``Venue`` too: a badge there (``| [![Paper](…)](arxiv) |``, ``[![Blog](…)](post)``) links
# where the work was published, the list's way of writing its venue.
_PAPER_HEADER_RE = re.compile(
    r"^\W*(?:papers?|pdf|arxiv|publications?|venues?)(?: links?)?\W*$", re.I
)
_IMAGE_ENDINGS = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp")


def read_identifiers(fields: Fields, texts: list[str]) -> None:
    keys: list[IdentityKey] = []
    for link in fields.links:
        found = url_id(link.url)
        if found is not None:
            keys.append(found)
    for text in texts:
        keys += [t.key for t in ids_in_text(text) if t.key is not None]
    seen: dict[IdentityKey, None] = dict.fromkeys(keys)
    fields.ids = list(seen)
    arxiv = next((k.value for k in seen if k.scheme == ARXIV), None)
    doi = next((k.value for k in seen if k.scheme == DOI), None)
    other = sorted(str(k) for k in seen if k.scheme not in (ARXIV, DOI))
    fields.identifiers = Identifiers(arxiv=arxiv, doi=doi, other=other)
