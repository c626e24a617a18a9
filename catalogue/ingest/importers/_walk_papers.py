"""The walk's reading of a list that writes its papers as lines of their own without links
(``KDD 14 Title   (ABBR)``, ``Title. KDD 2014.``; see ``_paper_lines``): such a paragraph is a
work, the addresses below it are its, and so is a paper line indented so far that Markdown reads
it as code; a heading over such lines is their section."""

from __future__ import annotations

from dataclasses import replace

from ._document import Block, Inline
from ._headed import section_end
from ._paper_lines import (
    addresses_only,
    named_address,
    paper_line,
    paper_lines_of,
    untagged_paper,
    venue_year_lead,
)
from ._units import Event, Heading, Piece, Unit, block_pieces


class PaperLineWalker:
    blocks: list[Block]
    events: list[Event]
    index: dict[int, int]
    paper_lines: bool  # the list writes its papers so (``_paper_lines.paper_paragraphs``)

    def _over_paper_lines(self, at: int) -> bool:
        """``## (5) Widget Networks:`` over ``KDD 19 Title`` and its address: the heading is the
        paper's section, not a work."""
        end = section_end(self.blocks, at)
        return self.paper_lines and any(
            b.kind == "paragraph" and (paper_line(b) or paper_lines_of(b))
            for b in self.blocks[at + 1 : end]
        )

    def _paper_paragraph(self, block: Block) -> bool:
        """A paper's line (a venue and year around a title, ``KDD 14 Title``, or a title with no
        venue right above one): a unit; or ``   https://github.com/…`` below one (the notes set
        as code between them aside): that paper's addresses; or a tool named with its address
        among others so written (``_named_run``). Whether the paragraph was read so."""
        name = named_address(block) if self._named_run(block) else None
        if name is not None:
            # The name is the title (``Pytorch:`` is no role label here), the line its links.
            assert block.inline is not None
            text = block.inline.text
            head = Piece(Inline(text=name, starts=[(0, block.line)]), block.line, "para")
            after = block.inline.slice(text.index(name) + len(name), len(text), block.line)
            pieces = [head, Piece(after, block.line, "para", 1)]
            self.events.append(Unit("para", block.line, block.end_line, pieces, []))
            return True
        if not self.paper_lines:
            return False
        at = self.index.get(id(block))
        if paper_line(block) or (at is not None and untagged_paper(self.blocks, at)):
            self.events.append(Unit("para", block.line, block.end_line, block_pieces(block), []))
            return True
        for line in paper_lines_of(block) or []:  # several to a paragraph
            number = line.starts[0][1]
            self.events.append(Unit("para", number, number, [Piece(line, number, "para")], []))
        if paper_lines_of(block):
            return True
        last = self.events[-1] if self.events else None
        if (
            isinstance(last, Unit)
            and last.kind == "para"
            and not last.head.inline.links
            and addresses_only(block)
        ):
            last.pieces += block_pieces(block, 1)
            last.end_line = block.end_line
            return True
        return False

    def _paper_code(self, block: Block) -> bool:
        """``Degree:`` over ``      KDD 19 Title``: paper lines indented so far that Markdown
        reads them as code, under a label (no work right above them): a unit each. Whether the
        block was read so."""
        if not self.paper_lines or block.kind != "code":
            return False
        lines = block_pieces(block)
        if not lines or not all(venue_year_lead(p.inline.text) for p in lines):
            return False
        for p in lines:
            self.events.append(Unit("para", p.line, p.line, [replace(p, kind="para")], []))
        return True

    def _named_run(self, block: Block) -> bool:
        """``Pytorch: https://github.com/…`` beside ``Ali Euler: https://github.com/…`` (the
        paragraphs next to it, code blocks between them aside), under one of the list's
        headings: a run of tools named with their repositories, each a work. One alone may be a
        note (``Source: https://github.com/…``)."""
        at = self.index.get(id(block))
        if at is None or named_address(block) is None:
            return False
        if not any(isinstance(e, Heading) for e in self.events):
            return False
        for step in (-1, 1):
            k = at + step
            while 0 <= k < len(self.blocks) and self.blocks[k].kind == "code":
                k += step
            if 0 <= k < len(self.blocks) and named_address(self.blocks[k]) is not None:
                return True
        return False
