"""The walk's reading of a list that writes its papers as lines of their own without links
(``KDD 14 Title   (ABBR)``, ``Title. KDD 2014.``; see ``_paper_lines``): such a paragraph is a
work, the addresses below it are its, and so is a paper line indented so far that Markdown reads
it as code; a heading over such lines is their section."""

from __future__ import annotations

from dataclasses import replace

from ._document import Block
from ._headed import section_end
from ._paper_lines import addresses_only, paper_line, untagged_paper, venue_year_lead
from ._units import Event, Unit, block_pieces


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
            b.kind == "paragraph" and paper_line(b, strict=False) for b in self.blocks[at + 1 : end]
        )

    def _paper_paragraph(self, block: Block) -> bool:
        """A paper's line (a venue and year around a title, ``KDD 14 Title``, or a title with no
        venue right above one): a unit; or ``   https://github.com/…`` below one (the notes set
        as code between them aside): that paper's addresses. Whether the paragraph was read so."""
        if not self.paper_lines:
            return False
        at = self.index.get(id(block))
        if paper_line(block, strict=False) or (at is not None and untagged_paper(self.blocks, at)):
            self.events.append(Unit("para", block.line, block.end_line, block_pieces(block), []))
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
        if not lines or not all(venue_year_lead(p.inline.text, False) for p in lines):
            return False
        for p in lines:
            self.events.append(Unit("para", p.line, p.line, [replace(p, kind="para")], []))
        return True
