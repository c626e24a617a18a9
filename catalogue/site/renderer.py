"""Pages rendered from the templates, with their bulk (cards, list entries) kept between builds.

Most of a page's bytes are its papers' cards or list entries. Each is rendered once and kept in a
``Memo`` under its paper's ``inputs`` digest and what else it shows (the folder of the page its
links start from), so that a build after one edit renders only that paper's again. They are kept
as UTF-8 and reach the page as a ``Bulk``: the template places it, the page's bytes get its
pieces there, and the thousands of cards of a big page are copied once, not decoded, joined into
text, rendered and encoded again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..memo import Memo
from ..store import CODE
from ..templating import environment
from . import paths
from .model import SiteModel
from .views import PaperView


class Bulk:
    """A large part of a page as UTF-8 pieces. A template shows it with ``{{ part }}`` and
    never looks into it; ``Renderer.page`` puts the pieces there."""

    def __init__(self, pieces: list[bytes]):
        self.pieces = pieces
        self.marker: str | None = None  # what it shows as while a page renders

    def __str__(self) -> str:
        return self.marker if self.marker is not None else b"".join(self.pieces).decode()

    def __bool__(self) -> bool:
        return bool(self.pieces)


def _spliced(text: str, bulks: list[Bulk]) -> bytes | None:
    """``text`` (rendered with bulk ``i`` shown as ``NUL i NUL``) with each bulk's pieces in
    place of its marker; None when the text holds another NUL (then render the bulks as text)."""
    pieces = text.encode("utf-8").split(b"\0")
    marks = pieces[1::2]
    names = {str(i).encode(): bulk for i, bulk in enumerate(bulks)}
    if len(pieces) % 2 == 0 or len(set(marks)) < len(marks) or not names.keys() >= set(marks):
        return None
    out: list[bytes] = []
    for i, mark in enumerate(marks):
        out.append(pieces[2 * i])
        out += names[mark].pieces
    out.append(pieces[-1])
    return b"".join(out)


class Renderer:
    """Renders templates for one page at a time, with links relative to that page."""

    def __init__(self, model: SiteModel, bibtex: dict[str, str], memo: Memo):
        self.model = model
        self.bibtex = bibtex
        self.memo = memo
        self.env = environment()
        self.macros: Any = self.env.get_template("site/_macros.html.j2").module
        self.files: dict[str, bytes] = {}
        # What papers without an ``inputs`` digest gave, for this run only.
        self._made: dict[tuple[str, bytes], bytes] = {}

    def _kept_under(self, key: bytes | None, make: Callable[[], str]) -> bytes:
        """``make()`` as UTF-8, or what it gave under ``key`` in this or an earlier build."""
        if key is None:
            return make().encode("utf-8")
        found: bytes | None = self.memo.get(key)
        return found if found is not None else self.memo.put(key, make().encode("utf-8"))

    def _kept(self, paper: PaperView, what: bytes, make: Callable[[], str]) -> bytes:
        """``make()`` as UTF-8, or what it gave for the paper's inputs and ``what`` else the
        result shows."""
        if paper.inputs is None:
            found = self._made.get((paper.key, what))
            if found is None:
                found = self._made[(paper.key, what)] = make().encode("utf-8")
            return found
        return self._kept_under(paper.inputs + what, make)

    def _card(self, page: str, paper: PaperView) -> str:
        to = functools.partial(paths.relative, page)
        template = self.env.get_template("site/card.html.j2")
        return template.render(p=paper, bibtex=self.bibtex[paper.key], to=to)

    def card_list(self, page: str, papers: list[PaperView]) -> Bulk:
        """The cards of ``papers`` on ``page``, joined by newlines.

        Card pages (categories, talks) are never a page a card links into (``sources.md``),
        where that link would be an anchor: the folder is all a card's links depend on."""
        what = f"card {page.rpartition('/')[0]}".encode()
        pieces: list[bytes] = []
        for paper in papers:
            pieces += (b"\n", self._kept(paper, what, functools.partial(self._card, page, paper)))
        return Bulk(pieces[1:])

    def entries(self, page: str, papers: list[PaperView]) -> Bulk:
        """The list entries of ``papers`` on ``page``, each followed by a newline.

        An entry links to its paper's card: from another page, a link that depends on the
        folder only; on the card's own page (never a list page so far), an anchor."""
        to = functools.partial(paths.relative, page)
        what = f"entry {page.rpartition('/')[0]}".encode()
        pieces: list[bytes] = []
        for paper in papers:
            # A macro returns a str (autoescaping is off).
            make = functools.partial(self.macros.entry, paper, to)
            here = paper.home == page
            pieces += (make().encode("utf-8") if here else self._kept(paper, what, make), b"\n")
        return Bulk(pieces)

    def code_lines(self, page: str) -> dict[str, Bulk]:
        """The code page's two lists: code records on their own, and code of the papers here
        (kept under the paper's ``inputs``, which hold its code records' digests)."""
        to = functools.partial(paths.relative, page)
        digests = self.model.catalogue.digests
        alone: list[bytes] = []
        for code in self.model.standalone_code:
            digest = digests.get((CODE.name, code.key))
            make = functools.partial(self.macros.code_alone, code)
            alone += (self._kept_under(b"code " + digest if digest else None, make), b"\n")
        tied: list[bytes] = []
        for key, records in sorted(self.model.code_records.items()):
            paper = self.model.papers[key]
            for code in records:
                make = functools.partial(self.macros.code_for, code, paper, to)
                tied += (self._kept(paper, f"code {code.key} {page}".encode(), make), b"\n")
        return {"standalone": Bulk(alone), "tied": Bulk(tied)}

    def page(self, page: str, template: str, **context: object) -> None:
        """Render ``template`` as ``page``; ``Bulk`` values, at the top of ``context`` or in
        lists of tuples there, are put in by their bytes."""
        to: Callable[..., str] = functools.partial(paths.relative, page)
        compiled = self.env.get_template(f"site/{template}")
        bulks = _bulks(context)
        for i, bulk in enumerate(bulks):
            bulk.marker = f"\0{i}\0"
        found = _spliced(compiled.render(page=page, to=to, paths=paths, **context), bulks)
        if found is None:  # a NUL in the data (never in records read from YAML)
            for bulk in bulks:
                bulk.marker = None
            found = compiled.render(page=page, to=to, paths=paths, **context).encode("utf-8")
        self.files[page] = found


def _bulks(context: dict[str, object]) -> list[Bulk]:
    found: list[Bulk] = []
    for value in context.values():
        if isinstance(value, Bulk):
            found.append(value)
        elif isinstance(value, list):
            found += [part for item in value if isinstance(item, tuple) for part in item]
    return [bulk for bulk in found if isinstance(bulk, Bulk)]
