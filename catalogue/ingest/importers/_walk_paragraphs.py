"""What the walk (``_walk``) makes of a paragraph, a quote and a code block: a unit of its own
(a paper, a linked name described, tools named in it), a description or the links of the unit
above it, the section's own page, or a skip (prose, a quotation, a code block)."""

from __future__ import annotations

from ._bold import bold_heading
from ._document import Block, Inline
from ._evidence import has_link_or_id
from ._link_runs import names_by_line, works_by_line
from ._linked_names import beside_same, linked_name_described, role_links_only
from ._linkless_paragraphs import bold_dated_line, numbered_paper_line
from ._named_tools import catalogued_tools, named_tools
from ._paragraphs import bold_title_described, bold_title_with_links, paragraph_entry
from ._tab_records import tab_lines
from ._units import Event, Heading, Piece, Skip, Unit, block_pieces
from ._works import names_a_title_link


class ParagraphWalker:
    """Paragraphs, quotes and code blocks (a mixin of ``_walk.Walker``)."""

    blocks: list[Block]
    lines: list[str]
    events: list[Event]
    index: dict[int, int]
    numbered: bool
    bold_dated: bool
    bare: dict[int, list[Inline]]

    def _paragraph(self, block: Block) -> None:
        sub = bold_heading(block)
        if sub is not None:
            self.events.append(Heading(block.line, block.end_line, 7, sub))
            return
        lines = self.bare.get(id(block)) or works_by_line(block, lead_in=True)
        section = self._last_section() if lines is None else None
        if section is not None:
            lines = names_by_line(block, section.text)  # ``[Name](…)<br>`` lines
            lines = lines or tab_lines(block)  # ``Title<TAB>Names<TAB>https://…`` rows
        if lines is not None:
            first = lines[0].starts[0][1]
            if first > block.line:  # the line that introduces them
                self._skip_text(block.line, first - 1, None)
            for part in lines:
                line = part.starts[0][1]
                self.events.append(Unit("para", line, line, [Piece(part, line, "para")], []))
            return
        # The cheap test first: most paragraphs stand under no catalogue of tools.
        listed = block.inline is not None and catalogued_tools(self.events)
        tools = named_tools(block.inline) if listed and block.inline is not None else None
        if tools is not None:
            for part in tools:  # ``[Gadget Safe](…) is …``, ``Other: [A](…), [B](…)``
                line, end = part.starts[0][1], part.starts[-1][1]
                piece = Piece(part, line, "para")
                self.events.append(Unit("para", line, end, [piece], [], tool=True))
            return
        last = self.events[-1] if self.events else None
        item = isinstance(last, Unit) and last.kind == "item" and block.inline is not None
        if item and role_links_only(block.inline):
            last.pieces += block_pieces(block, 1)  # an item's links in a paragraph below it
            last.end_line = max(last.end_line, block.end_line)
            return
        pieces = block_pieces(block)
        sections = self._last_section() is not None
        if self._paper_paragraph(block):
            pass  # ``KDD 14 Title``, or its addresses below it (``_walk_papers``)
        elif self._describes_last(block):
            self.events.append(Skip(block.line, block.end_line, "description of the work above"))
        elif self._section_page(block):  # ``## Topic`` over ``[Topic](paperswithcode …)``
            self.events.append(Skip(block.line, block.end_line, "the section's own page"))
        elif (
            paragraph_entry(block, sections)
            or (sections and linked_name_described(block) and self._beside_same(block))
            or (sections and self.numbered and numbered_paper_line(block))
            or (sections and self.bold_dated and bold_dated_line(block))
        ):
            self.events.append(Unit("para", block.line, block.end_line, pieces, []))
        else:
            self._skip_text(block.line, block.end_line, block.inline)

    def _last_section(self) -> Heading | None:
        """The last section heading (levels 2 to 6) walked so far, or None."""
        heads = (e for e in reversed(self.events) if isinstance(e, Heading))
        return next((e for e in heads if 2 <= e.level <= 6), None)

    def _beside_same(self, block: Block) -> bool:
        """Whether a paragraph next to ``block`` is a named link with a description too
        (``_linked_names.beside_same``)."""
        at = self.index.get(id(block))
        if at is None:
            return False  # a block inside a quote: its paragraphs are read on their own
        return beside_same(self.blocks, at)

    def _describes_last(self, block: Block) -> bool:
        """A paragraph right below a work written as a bold title with its links
        (``**Title** [[github](…)]``) that says something of it in words: that work's description.
        A work of its own in another shape (a title link first) is none."""
        last = self.events[-1] if self.events else None
        inline = block.inline
        if not (isinstance(last, Unit) and last.kind == "para" and inline is not None):
            return False
        if bold_title_with_links(inline) or bold_title_described(inline):
            return False
        if names_a_title_link(inline):
            return False
        return bold_title_with_links(last.head.inline)

    def _skip_text(self, line: int, end: int, inline: Inline | None) -> None:
        looks = inline is not None and has_link_or_id(inline)
        reason = "paragraph with a link but no identifier or year" if looks else "prose"
        self.events.append(Skip(line, end, reason, looks))

    def _detail(self, block: Block) -> None:
        """A quote or code block: part of the entry right above it; else a quote that holds
        entries of its own (a list that writes each paper as a quote, a quoted list of works) is
        read as its blocks are; else skipped."""
        last = self.events[-1] if self.events else None
        first = block.children[0] if block.children else None
        own = (  # ``> **Title** … [[Paper]](…)`` after a blank line (or a heading): its own work
            block.kind == "quote"
            and (self._after_blank(block) or isinstance(last, Heading))
            and first is not None
            and first.kind == "paragraph"
            and paragraph_entry(first, True)
        )
        above = isinstance(last, Unit) and last.kind in ("item", "para")
        # ``> - [Title](…), Ann Lee. ICML 2023.`` where no entry is right above: quoted works.
        quoted_list = not above and first is not None and first.kind == "list"
        if not above and self._paper_code(block):
            return  # ``Degree:`` over ``      KDD 19 Title``, read as code (``_walk_papers``)
        if above and not own:
            assert isinstance(last, Unit)
            last.pieces += block_pieces(block, 1)
            last.end_line = max(last.end_line, block.end_line)
            return
        if own or quoted_list:  # ``> [!IMPORTANT]`` notices and quoted notes stay quotations
            before = len(self.events)
            for child in block.children:
                self._block(child)
            if any(isinstance(e, Unit) for e in self.events[before:]):
                return
            del self.events[before:]
        reason = "quotation" if block.kind == "quote" else "code block"
        looks = any(has_link_or_id(p.inline) for p in block_pieces(block))
        self.events.append(Skip(block.line, block.end_line, reason, looks))
