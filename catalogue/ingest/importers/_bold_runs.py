"""A run of bold titles without links, one paragraph each: works the list names by title alone.

``**Behavior Transformers: Cloning k modes with one stone**``, a blank line,
``**Multi-Game Decision Transformers**``, a blank line, … : a list (often a draft whose first works
have headings and links) that names the rest of its works by their titles only. A bold line with
nothing of its own below it heads no section (a sub-heading has its works under it), so a run of
them, each a title (three words or more, no list of names, no labelled note), is a run of works.
"""

from __future__ import annotations

from ._bold import bold_entry_end, bold_title_line
from ._document import Block, Inline

# Fewer bold lines in a row may be sub-headings of sections left empty; more are a list of titles.
_MIN_RUN = 4


def bold_title_run(blocks: list[Block], at: int) -> int | None:
    """The index after a run of at least ``_MIN_RUN`` bold-title paragraphs that starts at ``at``
    (each a bold title line, perhaps with one plain line below it: a note or the authors), or
    None. A bold line over labelled links is a work of ``bold_entry_end`` and ends the run."""
    end = at
    while end < len(blocks) and _bold_title_block(blocks, end):
        end += 1
    return end if end - at >= _MIN_RUN else None


def _bold_title_block(blocks: list[Block], at: int) -> bool:
    block = blocks[at]
    if block.kind != "paragraph" or block.inline is None or bold_entry_end(blocks, at):
        return False
    lines = block.inline.split_lines()
    if len(lines) > 2 or not bold_title_line(lines[0]):
        return False
    return len(lines) == 1 or _plain(lines[1])


def _plain(line: Inline) -> bool:
    """A line without links, bold or italics: a note or names, never a title of its own."""
    return not line.links and not line.strong and not line.em
