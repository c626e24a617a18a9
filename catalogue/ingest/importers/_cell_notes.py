"""A table cell that lists several works, each a title link on a line of its own followed by
lines that note something of it: ``[Title A](https://arxiv.org/abs/…) (2024, COLM) · [Card](…)
<br><sub>data: …; feedback: …</sub><br>[Title B](https://arxiv.org/abs/…) (2021, arXiv) · …``.

The lines are the cell's ``<br>`` breaks. A line that starts with a title link to a paper (an
arXiv, DOI or venue page, a PDF) starts a work; the lines below it up to the next such line are
that work's notes. Before, such a cell gave one entry, the first work, with every other work's
link on it, since its note lines kept it from reading as a cell of works one a line.
"""

from __future__ import annotations

from ._document import Inline
from ._evidence import real_links
from ._front import titled
from ._roles import is_paper_url


def works_with_notes(cell: Inline) -> list[Inline] | None:
    """The works of a cell whose lines are title links each followed by note lines (two works or
    more, the first line one of them), each with its notes; None for any other cell. A note line
    may hold no link to the web (a link into the list's own pages is no work)."""
    lines = cell.split_lines()
    starts = [k for k, line in enumerate(lines) if _starts_work(line)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    if any(real_links(line) for k, line in enumerate(lines) if k not in starts):
        return None  # a note with a link of its own: not only notes
    # Where each line starts in the cell (``split_lines`` keeps a link's label whole).
    bounds = [0] + [
        at for at, _ in cell.starts[1:] if not any(x.start < at < x.end for x in cell.links)
    ]
    if len(bounds) != len(lines):
        return None
    ends = [bounds[k] for k in starts[1:]] + [len(cell.text)]
    row = cell.starts[0][1] if cell.starts else 0
    return [cell.slice(bounds[k], end, row) for k, end in zip(starts, ends, strict=True)]


def _starts_work(line: Inline) -> bool:
    """A line that starts with a link to a paper labelled by a title (``[ReST-MCTS*](arxiv)``),
    its other links only to the list's own pages or saying what they are."""
    links = real_links(line)
    if not links or line.text[: links[0].start].strip():
        return False
    first = links[0]
    return titled(first) and is_paper_url(first.url) and not any(titled(x) for x in links[1:])
