"""Lines below a heading that are one work's details, not works of their own: its authors, its
venue (``**Findings of EMNLP 2023**``), links that only say what they are, a caption in small
print (all read by ``_headed``)."""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._apa import reads_as_reference
from ._document import Block, Inline, InlineLink
from ._evidence import YEAR_RE, has_link_or_id, title_words
from ._relative import is_relative
from ._roles import is_code_url, is_role_label
from ._units import block_pieces


def plain_details(
    head: Inline, body: list[Block], dated: bool = False, people: bool = False
) -> bool:
    """Paragraphs or bullets below a heading that are one work's details: the heading is the
    title (linked, or three words and more) and no line names a work of its own: the lines with
    links are authors, venue and links that only say what they are (``[Paper](…) | [Code](…)``),
    and the lines without are those or a summary. With ``dated`` (a linked title over a line
    that writes a year), no line needs a link; with ``people``, links that name no document (the
    authors' or a lab's pages) may be in the lines too."""
    # ``<sub>Original figure · <a href="…">Source: PDF</a> · Credit: Ann Lee et al.</sub>`` below
    # the work's picture: a caption in small print, neither a detail nor a work of its own.
    body = [b for b in body if not (b.inline is not None and small_print(b.inline))]
    if len(body) > 3 or any(b.kind not in ("paragraph", "list") for b in body):
        return False
    items = [i for b in body if b.kind == "list" for i in b.children]
    if len(items) > 6 or any(len(i.children) != 1 for i in items):
        return False  # nested or several paragraphs: items of their own
    if not has_link_or_id(head) and title_words(head) < 3:
        return False
    pieces = [p.inline for b in body for p in block_pieces(b)]
    lines = [line for inline in pieces for line in inline.split_lines()]
    # A line without links may be a summary; a line with links is a detail line.
    linked = [line for line in lines if has_link_or_id(line)]
    if any(reads_as_reference(line.text) for line in linked):
        return False  # ``Lee, A. and Chan, B., 2015. Title. *Venue*``: a work of its own
    if dated and not linked:
        return all(_detail_line(line) for line in lines if YEAR_RE.search(line.text))
    return bool(linked) and all(
        _own_link(line, head) or _detail_line(line, people) for line in linked
    )


def _own_link(line: Inline, head: Inline) -> bool:
    """``### Widget Detection in Clutter`` over ``[Widget Detection in Clutter](….pdf)``: a line
    that is one link named by the heading's words (two or more), the work's own title link
    written again below its heading, no work of its own."""
    if len(line.links) != 1 or line.text.replace(line.links[0].label, "", 1).strip(" []()"):
        return False
    words = re.findall(r"[^\W_]+", line.links[0].label.casefold())
    return len(words) >= 2 and words == re.findall(r"[^\W_]+", head.text.casefold())


_LOWER_RE = re.compile(r"(?<![\w'])[a-z][a-z-]+\b")
_NAME_GLUE = frozenset(("and", "et", "al", "de", "van", "von", "der", "da", "di", "le", "la"))


def _detail_line(line: Inline, people: bool = False) -> bool:
    """An authors, venue or links line: its links only say what they are (with ``people``, or
    name no document: a person's or a lab's page), and its words are names and venues, not a
    sentence or a title of its own (few lowercase words)."""
    # A link into the list's own pages beside the work's role links (``[Paper](…) · [Notes](docs/
    # notes.md#widget)``) is the list's note on the work, a detail too.
    noted = any(is_role_label(x.label) for x in line.links)
    if not all(
        is_role_label(x.label) or (people and _no_document(x)) or (noted and is_relative(x.url))
        for x in line.links
    ):
        return False
    if any(
        len(line.text[a:b].split()) >= 3 and not venue_run(line.text[a:b]) for a, b in line.strong
    ):
        return False  # a bold title: a work of its own (not ``**Findings of EMNLP 2023**``)
    words = [w for w in _LOWER_RE.findall(line.text) if w not in _NAME_GLUE]
    return len(words) <= _MAX_LOWER


def small_print(inline: Inline) -> bool:
    """A paragraph written all in ``<sub>`` or ``<small>``."""
    covered = set().union(*(range(a, b) for a, b in inline.small)) if inline.small else set()
    return bool(covered) and all(i in covered or c.isspace() for i, c in enumerate(inline.text))


# ``Findings of EMNLP 2023``, ``IJCNLP-AACL 2025``: a few words, an acronym among them, a year last.
_VENUE_RUN_RE = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:[A-Za-z-]*[A-Z]{2,}[\w-]*)(?:\s+[\w-]+){0,2}?\s+(?:19|20)\d{2}$"
)


def venue_run(text: str) -> bool:
    """A bold run that is a venue and its year, not a title. A venue's name is short: the guard
    keeps the pattern's nested runs of capitals from trying every split of a long one."""
    text = text.strip()
    return len(text) <= _VENUE_RUN_MAX and bool(_VENUE_RUN_RE.match(text))


_VENUE_RUN_MAX = 80  # ``Findings of the Association for Computational Linguistics: EMNLP 2023``


def _no_document(link: InlineLink) -> bool:
    """A link to a site, not to a paper, a PDF or code (a person's or a lab's page)."""
    return not (paper_identity(link.url) or is_code_url(link.url) or _PDF_RE.search(link.url))


_PDF_RE = re.compile(r"\.pdf(?:$|[?#])", re.I)
_MAX_LOWER = 6  # ``In Proceedings of the … Conference on …`` has four; a sentence has more
