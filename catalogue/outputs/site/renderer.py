"""Pages rendered from the templates, with their bulk (cards, list entries) kept between builds.

Most of a page's bytes are its papers' cards or list entries. Each is rendered once and kept as a
fragment (see ``incremental.fragments``) under its paper's ``inputs`` digest and what else it
shows (the folder of the page its links start from), so that a build after one edit renders only
that paper's again. They are kept
as UTF-8 and reach the page as a ``Bulk``: the template places it, the page's bytes get its
pieces there, and the thousands of cards of a big page are copied once, not decoded, joined into
text, rendered and encoded again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import jinja2
import jinja2.bccache

from ...incremental.fragments import Fragments
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


class KeptBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept as fragments: compiling the site's templates is most of a build
    that finds every card kept. Jinja checks each against its template's source."""

    def __init__(self, fragments: Fragments):
        self.fragments = fragments

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found: bytes | None = self.fragments.find("jinja", bucket.key.encode())
        if found is not None:
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.fragments.keep("jinja", bucket.key.encode(), bucket.bytecode_to_string())


class Renderer:
    """Renders templates for one page at a time, with links relative to that page."""

    def __init__(
        self,
        model: SiteModel,
        bibtex: dict[str, str],
        fragments: Fragments,
        templates: jinja2.Environment | None = None,
    ):
        self.model = model
        self.bibtex = bibtex
        self.fragments = fragments
        env = templates or environment()
        self.env = env.overlay(bytecode_cache=KeptBytecodeCache(fragments))
        self.macros: Any = self.env.get_template("site/_macros.html.j2").module
        # Loaded whether or not a card is made, so that it is kept for a build that does.
        self.card_template = self.env.get_template("site/card.html.j2")
        self.files: dict[str, bytes] = {}
        # What papers without an ``inputs`` digest gave, for this run only.
        self._made: dict[tuple[str, str], bytes] = {}

    def _kept(self, paper: PaperView, what: str, make: Callable[[], str]) -> bytes:
        """``make()`` as UTF-8, or what it gave for the paper's inputs and ``what`` else the
        result shows."""
        return self._each([paper], what, lambda _: make())[0]

    def _each(
        self, papers: list[PaperView], what: str, make: Callable[[PaperView], str]
    ) -> list[bytes]:
        """``make(paper)`` of each paper as UTF-8, or what it gave for the paper's inputs and
        ``what`` else it shows, in this or an earlier build (written for speed: it runs for
        every card and entry)."""
        find, keep = self.fragments.find, self.fragments.keep
        found: list[bytes] = []
        for paper in papers:
            inputs = paper.inputs
            kept = find(what, inputs) if inputs is not None else self._made.get((paper.key, what))
            if kept is None:
                kept = make(paper).encode("utf-8")
                if inputs is not None:
                    keep(what, inputs, kept)
                else:
                    self._made[(paper.key, what)] = kept
            found.append(kept)
        return found

    def each_paper(
        self, papers: list[PaperView], what: str, make: Callable[[PaperView], str]
    ) -> list[bytes]:
        """``make(paper)`` of each paper as UTF-8, kept between builds under the paper's inputs
        and ``what`` else the result shows (a paper page: see ``paper_pages``)."""
        return self._each(papers, what, make)

    def _card(self, page: str, paper: PaperView) -> str:
        to = functools.partial(paths.relative, page)
        return self.card_template.render(p=paper, bibtex=self.bibtex[paper.key], to=to)

    def card_list(self, page: str, papers: list[PaperView]) -> Bulk:
        """The cards of ``papers`` on ``page``, joined by newlines.

        Card pages (categories, talks) are never a page a card links into (``sources.md``),
        where that link would be an anchor: the folder is all a card's links depend on."""
        what = f"card {page.rpartition('/')[0]}"
        cards = self._each(papers, what, functools.partial(self._card, page))
        return Bulk(_between(cards, b"\n"))

    def entries(self, page: str, papers: list[PaperView]) -> Bulk:
        """The list entries of ``papers`` on ``page``, each followed by a newline.

        An entry links to its paper's card: from another page, a link that depends on the
        folder only; on the card's own page, an anchor (a list page holding cards: never so
        far, and then made afresh)."""
        to = functools.partial(paths.relative, page)
        what = f"entry {page.rpartition('/')[0]}"
        if any(paper.home == page for paper in papers):
            lines = [self.macros.entry(paper, to).encode("utf-8") for paper in papers]
        else:
            lines = self._each(papers, what, lambda paper: self.macros.entry(paper, to))
        return Bulk(_followed(lines, b"\n"))

    def code_lines(self, page: str) -> dict[str, Bulk]:
        """The code page's two lists: code records on their own, and every paper with code
        (each line kept under the paper's ``inputs``, which hold its code records' digests)."""
        to = functools.partial(paths.relative, page)
        get = self.fragments.get
        alone: list[bytes] = []
        for code in self.model.standalone_code:
            make = functools.partial(_utf8, self.macros.code_alone, code)
            alone += (get("code alone", self.fragments.code(code.key), make), b"\n")
        papers = self.model.with_code()
        what = f"code of {page.rpartition('/')[0]}"
        lines = self._each(papers, what, lambda paper: self.macros.code_of(paper, to))
        return {"standalone": Bulk(alone), "papers": Bulk(_followed(lines, b"\n"))}

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


def _utf8(make: Callable[..., str], *args: object) -> bytes:
    return make(*args).encode("utf-8")


def _between(items: list[bytes], separator: bytes) -> list[bytes]:
    """``items`` with ``separator`` between each two."""
    return _followed(items, separator)[:-1]


def _followed(items: list[bytes], separator: bytes) -> list[bytes]:
    """``items``, each followed by ``separator``."""
    out = [separator] * (2 * len(items))
    out[::2] = items
    return out


def _bulks(context: dict[str, object]) -> list[Bulk]:
    found: list[Bulk] = []
    for value in context.values():
        if isinstance(value, Bulk):
            found.append(value)
        elif isinstance(value, list):
            found += [part for item in value if isinstance(item, tuple) for part in item]
    return [bulk for bulk in found if isinstance(bulk, Bulk)]
