"""A work the walk (``_walk``) reads over several blocks: a heading over its details, a run of
bold titles, a bold title over its labelled links, a ``<summary>`` caption over its fields; one
unit each, and where the walk goes on after it."""

from __future__ import annotations

from collections import Counter

from ._bold import bold_entry_end
from ._bold_runs import bold_title_run
from ._document import Block
from ._field_cards import card_pieces
from ._folds import captioned_fold
from ._headed import heading_entry, section_end
from ._named_sections import named_section, named_unit
from ._units import Event, Heading, Piece, Unit, block_pieces
from ._work_headings import named_by_links, tag_apart, work_end, work_heading


class WorkUnitWalker:
    """The units of works written over several blocks (a mixin of ``_walk.Walker``)."""

    blocks: list[Block]
    events: list[Event]
    work_levels: set[int]
    linked: bool
    captions: Counter[str]
    cards: set[int]

    def _work_unit(self, at: int) -> int | None:
        """A work written over several blocks that starts at ``at`` (a heading over its details,
        a run of bold titles, a bold title over its labelled links): its unit, and where the
        walk goes on; None when the block starts none."""
        block = self.blocks[at]
        if block.kind == "heading" and (
            work_heading(self.blocks, at, self.work_levels) or named_by_links(self.blocks, at)
        ):
            self._flush()
            return self._heading_unit(at, work_end(self.blocks, at), tag_apart(block))
        # ``#### Name`` over ``<details>`` of its fields
        fold = captioned_fold(self.blocks, at, self.captions)
        if fold is not None:
            self._flush()
            return self._heading_unit(at, fold[1], caption=fold[0])
        if block.kind == "heading" and at in self.cards:
            # ``#### [Name](…) - By Org`` over the fields the list repeats: one work.
            self._flush()
            return self._heading_unit(at, head=card_pieces(self.blocks, at), whole=True)
        if (
            block.kind == "heading"
            and heading_entry(self.blocks, at, self.linked)
            and not self._over_paper_lines(at)
        ):
            self._flush()
            return self._heading_unit(at)
        if block.kind == "heading" and named_section(self.blocks, at):
            self._flush()
            self.events.append(named_unit(block))  # a tool; its notes are walked as before
            return at + 1
        run_end = bold_title_run(self.blocks, at)  # titles alone, in bold
        if run_end is not None:
            self._flush()
            for titled in self.blocks[at:run_end]:
                self.events.append(
                    Unit("para", titled.line, titled.end_line, block_pieces(titled), [])
                )
            return run_end
        bold_end = bold_entry_end(self.blocks, at)
        if bold_end is not None:
            self._flush()
            self._entry_unit(at, bold_end)
            return bold_end
        return None

    def _heading_unit(
        self,
        at: int,
        end: int | None = None,
        head: list[Piece] | None = None,
        caption: int = -1,
        whole: bool = False,
    ) -> int:
        """A heading that names one work, with its details below it (``### Title`` then
        ``- **Authors:** …`` lines; ``<summary>`` in ``<details>``) down to ``end`` (the next
        heading by default): one unit. ``whole``: ``head`` holds its details too."""
        end = section_end(self.blocks, at) if end is None else end
        # The work's heading ends the deeper sections above it (``#### News`` over
        # ``# [VIPeR](https://…)``), without naming one (no lines: the unit takes its heading).
        heading = self.blocks[at]
        self.events.append(Heading(heading.line, heading.line - 1, heading.level + 1, ""))
        self._entry_unit(at, end, head, caption, whole)
        return end

    def _entry_unit(
        self,
        at: int,
        end: int,
        head: list[Piece] | None = None,
        caption: int = -1,
        whole: bool = False,
    ) -> None:
        """The block at ``at`` names a work and ``blocks[at + 1 : end]`` are its details (but
        ``blocks[caption]``, a <summary> that only captions them); ``head``: the pieces its own
        line is read as (the whole line by default)."""
        heading = self.blocks[at]
        assert heading.inline is not None
        body = [
            b
            for k, b in enumerate(self.blocks[at + 1 : end], at + 1)
            if b.kind != "html" and k != caption
        ]
        pieces = head or [Piece(heading.inline, heading.line, "head")]
        if not whole:
            pieces += [p for b in body for p in block_pieces(b, 1)]
        last = max([heading.end_line] + [b.end_line for b in body])
        self.events.append(Unit("heading", heading.line, last, pieces, []))
        for block in self.blocks[at + 1 : end]:
            if block.kind == "html":
                self._block(block)
