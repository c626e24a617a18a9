"""A table column whose cells name works by their links, one or several to a cell, beside cells
that only group them (an area, a topic): ``| **Privacy** | [FedDAT](https://…), [AAAI'24
version](https://…); [RaFFM](https://…) ([code](https://…)) |``. Each named work is one entry;
the links after a name that say what they are (in brackets, after ``·``, or a comma-joined
``version``, ``poster``, ``OpenReview``, ``code`` link) are that work's own, and the work's name
is its title, never the topic cell beside it.

``_link_runs.works_by_link`` reads a cell of titled links (three words and more); this reads the
short names (``FedDAT``) such tables use, so it asks the whole column: several rows with several
works each, no link in the other cells."""

from __future__ import annotations

import re

from ._document import Inline, InlineLink
from ._evidence import real_links
from ._front import titled
from ._roles import is_role_label

# Between two links: the first one's closing bracket (an extra link in brackets), a remark in
# brackets, a separator, an opening bracket (an extra link in brackets follows).
_GAP_RE = re.compile(
    r"\s*(?P<close>\)\s*)?(?P<remark>\([^()]*\)\s*)?(?P<sep>[;,·•]\s*)?(?P<open>\(\s*)?"
)
_END_RE = re.compile(r"\s*(?P<close>\)\s*)?(?:\([^()]*\)\s*)?\.?\s*")
_LETTER_RE = re.compile(r"[^\W\d_]")
_WORD_RE = re.compile(r"[^\W_]+")
# A topic cell beside the works has at most this many words (a title has more).
_TOPIC_WORDS = 5
_TITLE_HEADER_RE = re.compile(r"\b(?:titles?|papers?|names?|methods?|models?|works?)\b", re.I)
# Several works in this many rows of a column, at the least.
_MIN_ROWS = 2


def _extra(link: InlineLink) -> bool:
    """A link that says what it is, not which work: ``[code]``, ``[GitHub]``, ``[OpenReview]``,
    ``[AAAI'24 version]``, ``[NeurIPS'24 poster]`` (a word for a version or a form of the work
    last, four words at most; ``[Widget Benchmark]``, ``[Gadget Model]`` name works)."""
    label = link.label.strip()
    words = _WORD_RE.findall(label)
    last = words[-1].casefold() if words else ""
    return is_role_label(label) or (0 < len(words) <= 4 and last in _EXTRA_LAST)


# Last words of a link's label that make it another form of the work before it.
_EXTRA_LAST = frozenset(
    "version poster oral spotlight slides video talk code github openreview paper pdf arxiv"
    " project page website blog".split()
)


def _name(link: InlineLink) -> bool:
    """A link that can name a work: a label with a letter, not only a role (``[Survey - NIST
    blog]`` after a semicolon names one; ``[code]`` does not)."""
    return titled(link) and bool(_LETTER_RE.search(link.label))


def named_works(inline: Inline) -> list[Inline] | None:
    """The works a cell names, each from its name link to its last extra link (one work or more);
    None when the cell is anything else (words besides links and remarks, two names side by
    side, an extra link first, one name twice)."""
    links = sorted(inline.links, key=lambda x: x.start)
    if not links or len(real_links(inline)) != len(links) or inline.text[: links[0].start].strip():
        return None
    starts: list[int] = []
    ends: list[int] = []  # where each work's last link ends
    names: list[str] = []
    inside = False  # within the brackets of an extra link
    for at, link in enumerate(links):
        extra = False
        if at:
            gap = _GAP_RE.fullmatch(inline.text[links[at - 1].end : link.start])
            if gap is None or (gap.group("close") and not inside):
                return None
            inside = inside and not gap.group("close")
            sep = (gap.group("sep") or "").strip()
            if any(links[at - 1].end < h <= link.start for h in inline.hard):
                sep = ";"  # ``[A](…)<br>[B](…)``: a line of its own is a work of its own
            if gap.group("open"):
                if inside:
                    return None
                inside = extra = True
            elif inside:
                extra = sep in ("", ",")
                if not extra:
                    return None
            elif sep == ";":
                extra = False
            else:  # ``,``, ``·`` or nothing: a link that says what it is belongs to the work
                extra = _extra(link)
                if not extra and not sep:
                    return None  # two names side by side
        if not extra:
            if not _name(link):
                return None
            starts.append(link.start)
            names.append(link.label.strip().casefold())
            ends.append(link.end)
        ends[-1] = link.end
    end = _END_RE.fullmatch(inline.text[links[-1].end :])
    if end is None or bool(end.group("close")) != inside:
        return None
    if len(set(names)) < len(names):
        return None  # ``[Title](arXiv), [Title](OpenReview)``: one work linked twice
    line = inline.starts[0][1] if inline.starts else 0
    works = []
    for at, start in enumerate(starts):
        stop = starts[at + 1] if at + 1 < len(starts) else len(inline.text)
        stop = max(ends[at], start + len(inline.text[start:stop].rstrip(" \t\n;,·•")))
        works.append(inline.slice(start, stop, inline.line_at(start) or line))
    return works


def works_column(header: list[str], rows: list[list[Inline]]) -> int | None:
    """The column whose cells name the works, one or several each, when several rows name two
    or more and the other cells only group them: no link, a few words (``**Data
    Heterogeneity**``, ``Long-context QA``), no column that names or titles the work (``| Title
    | Datasets |`` over ``[COCO](…), [VOC](…)``: data sets of the titled work). The names may
    link to papers or to the works' own pages (a map of data sets and tools: ``_index_cells``)."""
    width = max((len(cells) for cells in rows), default=0)
    for col in range(width):
        if any(_TITLE_HEADER_RE.search(h) for i, h in enumerate(header) if i != col):
            continue
        multi = 0
        for cells in rows:
            if col >= len(cells) or not real_links(cells[col]):
                continue
            others = [c for i, c in enumerate(cells) if i != col]
            if any(real_links(c) or len(c.text.split()) > _TOPIC_WORDS for c in others):
                break
            works = named_works(cells[col])
            if works is None:
                continue
            multi += len(works) >= 2
        else:
            if multi >= _MIN_ROWS:
                return col
    return None


def rows_by_work(
    cells: list[Inline], at: int | None, header: list[str]
) -> list[tuple[list[Inline], list[str]]] | None:
    """A row of a table whose column ``at`` names the works (``works_column``): one row per work,
    with its header, the work's cell under a header that makes its name the title (the topic
    cells beside it are no title); None when the cell names none this way."""
    works = named_works(cells[at]) if at is not None and at < len(cells) else None
    if at is None or works is None:
        return None
    names = [*header, *[""] * (len(cells) - len(header))]
    names[at] = "Name"
    return [([*cells[:at], work, *cells[at + 1 :]], names) for work in works]


def placeholder_rows(rows: list[list[Inline]]) -> int:
    """Rows whose only link is a placeholder (``[Download](#)``, ``[Paper]()``) in a column where
    another row links to the web: works whose address is yet to come, as the rows of a table of
    works are (the table counts them so; the rows are entries without links)."""
    live = {i for cells in rows for i, cell in enumerate(cells) if real_links(cell)}
    return sum(
        1
        for cells in rows
        if not any(real_links(cell) for cell in cells)
        and any(i in live and _placeholder(cell) for i, cell in enumerate(cells))
    )


def _placeholder(cell: Inline) -> bool:
    return any(link.url.strip() in ("", "#") for link in cell.links)
