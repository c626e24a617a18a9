"""The README's list lines, one per paper or talk, and a floor under the list's size.

A line shows the paper's title, link, authors, venue and year, and its resources (its own links
and the code records tied to it). Lines are rendered by the ``entry`` macro of the README
templates, one paper at a time, so that each line is a fragment kept between builds under the
digest of the paper and what it points at (see ``incremental.fragments``). A catalogue built in
memory (no digests) renders every line.

``line_floor`` is a lower bound of a line's size that costs next to nothing: the README falls back
to its summary without rendering a list that cannot fit.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import jinja2

from ..core.models import CodeLink, Paper
from ..core.store import Catalogue
from ..incremental.fragments import Fragments
from .markdown import Resource, resources, short_authors, venue_label
from .templating import environment

MACROS = "readme/_macros.md.j2"


@dataclass(frozen=True)
class ReadmeEntry:
    key: str
    title: str
    url: str | None
    authors: str
    venue: str
    resources: list[Resource]


def code_by_paper(catalogue: Catalogue) -> dict[str, list[CodeLink]]:
    """Code records tied to a known paper, by paper key, in code-key order (the README's lines
    and the site's cards both show them)."""
    found: dict[str, list[CodeLink]] = defaultdict(list)
    for code_key in sorted(catalogue.code):
        link = catalogue.code[code_key]
        if link.paper and link.paper in catalogue.papers:
            found[link.paper].append(link)
    return found


def readme_entry(paper: Paper, catalogue: Catalogue, code: list[CodeLink]) -> ReadmeEntry:
    venue = catalogue.venues.get(paper.venue) if paper.venue else None
    return ReadmeEntry(
        key=paper.key,
        title=" ".join(paper.title.split()),
        url=paper.primary_url,
        authors=short_authors(paper.authors),
        venue=venue_label(venue, paper.year),
        resources=resources(paper, code),
    )


def paper_lines(
    catalogue: Catalogue,
    keys: Iterable[str],
    fragments: Fragments | None = None,
    templates: jinja2.Environment | None = None,
) -> dict[str, str]:
    """The list line (without its newline) of each paper in ``keys`` (from ``fragments`` where
    an earlier build kept it)."""
    # The template's own macro (Jinja's template modules are untyped).
    env = templates or environment()
    entry = env.get_template(MACROS).module.entry  # type: ignore[attr-defined]
    code_for = code_by_paper(catalogue)

    def line(paper: Paper, code: list[CodeLink]) -> str:
        return str(entry(readme_entry(paper, catalogue, code)))

    lines: dict[str, str] = {}
    for paper_key in keys:
        if paper_key in lines:  # a paper listed in two sections
            continue
        make = functools.partial(line, catalogue.papers[paper_key], code_for.get(paper_key, []))
        if fragments is None:
            lines[paper_key] = make()
        else:
            lines[paper_key] = fragments.get("line", fragments.paper(paper_key), make)
    return lines


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def line_floor(paper: Paper, catalogue: Catalogue) -> int:
    """At most the UTF-8 size of the paper's list line and its newline.

    The line is ``- [title](url) — authors, *venue year*`` and then its resources (``- title``
    without a link, no dash without authors or venue) and a newline that the region's blank-line
    squeezing keeps. Markdown escaping and URL quoting never shorten a text, so the texts count
    as they are; resources count as nothing. A line without resources or escapes is exactly this.
    """
    size = 3 + _size(" ".join(paper.title.split()))
    url = paper.primary_url
    if url:
        size += 4 + _size(url)
    venue = catalogue.venues.get(paper.venue) if paper.venue else None
    authors, label = short_authors(paper.authors), venue_label(venue, paper.year)
    meta = [_size(authors)] if authors else []
    meta += [2 + _size(label)] if label else []  # in asterisks
    if meta:
        size += _size(" — ") + sum(meta) + 2 * (len(meta) - 1)  # ", " between
    return size
