"""HTML inside a Markdown list (``<ul><li>``, ``<table>``, ``<h2>``, ``<p>``) read into the same
blocks the Markdown reader makes, with source lines from the standard library's HTML parser.

Lists that write their entries in HTML (so that they look the same on GitHub and elsewhere) get
the same units and fields as Markdown ones: an ``<li>`` is a list item whose ``<br>``-separated
lines are its lines, a ``<tr>`` a table row, ``<h1>``-``<h6>`` headings, ``<b>``/``<strong>`` bold
and ``<i>``/``<em>`` emphasis, ``<a href>`` links, ``<img>`` images (badges).
"""

from __future__ import annotations

from html.parser import HTMLParser

from ._document import Block, Inline
from ._evidence import real_links
from ._html_markdown import markdown_lines
from ._html_rows import headless, join_rows, linked_name, linked_title, summary_row
from ._html_text import HtmlText

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_OPAQUE = frozenset(("pre", "code", "script", "style", "textarea"))
# Tags that start a block of their own: they end the loose text before them (see ``_loose``).
_BLOCKS = frozenset("p div center ul ol li dl table details summary blockquote hr".split())
_BLOCKS |= set(_HEADINGS) | (_OPAQUE - {"code"})  # a ``<pre>`` template is no text of it


class _Parser(HTMLParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first_line = first_line
        self.blocks: list[Block] = []
        self.lists: list[Block] = []  # open lists and items, innermost last
        self.text: HtmlText | None = None
        self.text_tag = ""  # whose text is being read: li, p, hN, td, th
        self.text_line = 0
        self.table: Block | None = None
        self.headed: list[Block] = []  # rows with a <th> cell
        self.row: Block | None = None
        # ``<td rowspan="2">2016</td>``: the cells carried down into the rows below, by column.
        self.spans: dict[int, tuple[int, Inline, Block]] = {}  # left, cell, the row it is in
        self.rowspan = 1
        # The open row's state, kept for that row only: rows joined into the one above are
        # dropped, so state keyed by ``id(row)`` would pass to a later row given the same id.
        self.row_ended = False
        # A row beside a spanning cell that links a work (one paper over two rows of its code):
        # a line of that paper's row.
        self.within: Block | None = None
        # A row beside a spanning first cell that links a work by its name (a data set over its
        # splits): that work's row; and the cells carried into the row.
        self.named: Block | None = None
        self.carried_cells: list[Inline] = []
        self.spanned: Block | None = None  # the row a cell carried into this one comes from
        self.wide = False  # the open cell spans columns (``colspan``)
        self.wide_cells: list[Inline] = []  # the row's cells that span columns
        self.details: list[int] = []  # lines of the open <details> elements
        self.divs = 0  # open <div> and <center> elements
        self.summary_level = 0  # an <hN> inside the open <summary>: its level
        self.opaque = 0  # open <pre>, <code>, <script>, <style>: their text is no Markdown
        self.loose: set[int] = set()  # lines with text outside any element read as text
        self.loose_end = 0  # the last line of the loose text being read (see ``_loose``)

    def _line(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def _open_text(self, tag: str) -> None:
        self.text, self.text_tag, self.text_line = HtmlText(), tag, self._line()

    def _close_text(self) -> Inline | None:
        text, self.text = self.text, None
        return text.finish(self.text_line) if text is not None else None

    def _item_text(self) -> None:
        """An item's own text ends where its nested list (or the item) does."""
        if self.text is None or self.text_tag != "li":
            return
        inline = self._close_text()
        item = next((b for b in reversed(self.lists) if b.kind == "item"), None)
        if item is not None and inline is not None and inline.text.strip():
            line = inline.starts[0][1]
            item.children.insert(0, Block("paragraph", line, line, inline))

    def _loose(self, data: str = "") -> None:
        """Text and links inside a ``<details>`` outside any element (``<summary>Title</summary>``
        then ``<a href="…">paper</a> <a href="…">code</a>`` with no ``<p>`` around them), or inside
        a ``<div>`` (``<div><a href="…"><b>Title</b></a><br>Ann Lee. CVPR 2021.</div>``): a
        paragraph, as the page shows it, up to the next block or the end of the element."""
        boxed = self.details or self.divs
        if self.text is None and boxed and not (self.lists or self.table or self.opaque):
            self._open_text("loose")
        if self.text_tag == "loose":
            self.loose_end = self._line() + data.rstrip().count("\n")

    def _loose_end(self) -> None:
        if self.text is None or self.text_tag != "loose":
            return
        inline = self._close_text()
        if inline is not None and inline.text.strip():
            self.blocks.append(Block("paragraph", self.text_line, self.loose_end, inline))

    def _in_cell(self, tag: str) -> bool:
        """A list inside a table cell (``<td><ul><li>PTB</li><li>WT2</li></ul></td>``) is the
        cell's text, one line per item, not a list of its own."""
        return tag in ("ul", "ol", "li") and self.text is not None and self.text_tag in ("td", "th")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self._line()
        if tag in _BLOCKS:
            self._loose_end()
        elif tag in ("a", "b", "strong", "i", "em", "img"):
            self._loose()
        self.opaque += tag in _OPAQUE
        if self._in_cell(tag):
            if tag == "li" and self.text is not None:
                self.text.start_tag("br", {})
        elif tag in ("ul", "ol", "dl"):
            self._item_text()
            block = Block("list", line, line, ordered=tag == "ol")
            parent = self.lists[-1] if self.lists else None
            (parent.children if parent is not None else self.blocks).append(block)
            self.lists.append(block)
        elif tag == "dd" and self.text is not None and self.text_tag == "li":
            # ``<dt><a href="…">Title</a></dt><dd>Ann Lee. CVPR 2021.</dd>``: a term and its
            # description are one item, the description its next line.
            self.text.start_tag("br", {})
        elif tag in ("li", "dt") and self.lists:
            self._item_text()
            # HTML closes an open ``<li>`` at the next one: lists often leave them unclosed.
            if self.lists[-1].kind == "item":
                self.lists.pop().end_line = max(self.lists[-1].line, line - 1)
            depth = sum(1 for b in self.lists if b.kind == "list") - 1
            item = Block("item", line, line, level=max(depth, 0))
            self.lists[-1].children.append(item)
            self.lists.append(item)
            self._open_text("li")
        elif tag == "details":
            self.details.append(line)
        elif tag in ("div", "center"):
            self.divs += 1
        elif (tag in _HEADINGS or tag in ("p", "summary")) and self.text is None:
            self._open_text(tag)
            self.summary_level = 0
        elif tag in _HEADINGS and self.text_tag == "summary":
            self.summary_level = _HEADINGS[tag]  # ``<summary><h2>Section</h2></summary>``
        elif tag == "table":
            self.table = Block("table", line, line)
            self.blocks.append(self.table)
            self.spans = {}
            self.headed = []
        elif tag == "tr" and self.table is not None:
            self._carry(True)
            self._new_row(self.table, line)
        elif tag in ("td", "th") and self.table is not None:
            if self.row is None or self.row_ended:
                # ``</tr>`` then ``<td>``: a row whose ``<tr>`` was left out starts at its
                # first cell, as a browser reads it, not in the row above.
                self._new_row(self.table, line)
            if tag == "th" and self.row is not None:
                self.headed.append(self.row)
            self._carry(False)
            span = dict(attrs).get("rowspan") or ""
            self.rowspan = int(span) if span.strip().isdigit() else 1
            wide = dict(attrs).get("colspan") or ""
            self.wide = wide.strip().isdigit() and int(wide) > 1
            self._open_text(tag)
        elif self.text is not None:
            self.text.start_tag(tag, dict(attrs))

    def _new_row(self, table: Block, line: int) -> None:
        self.row = Block("row", line, line)
        table.children.append(self.row)
        self.row_ended = False
        self.within = self.named = self.spanned = None
        self.carried_cells = []
        self.wide_cells = []

    def _carry(self, row_end: bool) -> None:
        """A cell spanning rows (``<td rowspan="2">2016</td>``, a year or venue written once
        for the papers beside it) is each of those rows' cell in its column, as the page shows
        it: a row below gets it where its own cells leave that column free (before its next
        cell, or at its end)."""
        row = self.row
        if row is None or self.row_ended:
            return
        while len(row.cells) in self.spans:
            column = len(row.cells)
            left, cell, origin = self.spans[column]
            if origin is row:
                break
            row.cells.append(cell)
            self.carried_cells.append(cell)
            self.spanned = origin
            if linked_title(cell):
                self.within = origin
            elif column == 0 and linked_name(cell):
                self.named = origin
            if left > 1:
                self.spans[column] = (left - 1, cell, origin)
            else:
                del self.spans[column]
        if row_end:
            self.row_ended = True
            origin = self.within
            if origin is None and self.named is not None and self._nothing_of_its_own(row):
                origin = self.named
            own = [cell for cell in row.cells if not any(cell is c for c in self.carried_cells)]
            if origin is None and self.spanned is not None and summary_row(own, self.wide_cells):
                origin = self.spanned
            if origin is not None and self.table is not None:
                join_rows(origin, row, self._line())
                self.table.children.remove(row)

    def _nothing_of_its_own(self, row: Block) -> bool:
        """A row whose own cells (not carried down from above) hold no link and no title, only
        short values (``ind-test-graph``, counts): a line of the work its first cell names."""
        own = [cell for cell in row.cells if not any(cell is c for c in self.carried_cells)]
        return all(not real_links(cell) and len(cell.text.split()) < 3 for cell in own)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.text is not None:
            self.text.start_tag(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        line = self._line()
        if tag in _OPAQUE and self.opaque:
            self.opaque -= 1
        if tag in _BLOCKS:
            self._loose_end()
        if self._in_cell(tag):
            pass
        elif tag == "details" and self.details:
            self.details.pop()
        elif tag in ("div", "center") and self.divs:
            self.divs -= 1
        elif tag in ("ul", "ol", "li", "dl"):
            self._item_text()
            wanted = "list" if tag in ("ul", "ol", "dl") else "item"
            while self.lists:
                block = self.lists.pop()
                block.end_line = line
                if block.kind == wanted:
                    break
        elif tag == self.text_tag and tag in _HEADINGS:
            inline = self._close_text()
            if inline is not None:
                self.blocks.append(Block("heading", self.text_line, line, inline, _HEADINGS[tag]))
        elif tag == self.text_tag == "summary":
            inline = self._close_text()
            if inline is not None and inline.text.strip():
                # What a <details> block folds away is named by its summary: a heading, from
                # the line the <details> element starts on.
                start = self.details[-1] if self.details else self.text_line
                level = self.summary_level or 9
                self.blocks.append(Block("heading", start, line, inline, level))
        elif tag == self.text_tag == "p":
            inline = self._close_text()
            if inline is not None and inline.text.strip():
                self.blocks.append(Block("paragraph", self.text_line, line, inline))
        elif tag == self.text_tag and tag in ("td", "th") and self.row is not None:
            cell = self._close_text() or Inline()
            if self.rowspan > 1:
                self.spans[len(self.row.cells)] = (self.rowspan - 1, cell, self.row)
            self.row.cells.append(cell)
            if self.wide:
                self.wide_cells.append(cell)
            self.row.end_line = line  # a row's lines run to its last cell
        elif tag == "tr" and self.row is not None:
            self._carry(True)
            self.row.end_line = line
        elif tag == "table" and self.table is not None:
            self._carry(True)
            self.table.end_line = line
            headless(self.table, self.headed)
            self.table = self.row = None
        elif self.text is not None:
            self.text.end_tag(tag, line)

    def handle_data(self, data: str) -> None:
        if data.strip() and not data.lstrip().startswith("<!--"):  # not a comment left open
            self._loose(data)
        if self.text is not None:
            self.text.add(data, self._line())
        loose = self.text is None or self.text_tag in ("p", "loose")
        if loose and not (self.opaque or self.lists or self.table is not None):
            first = self._line()
            self.loose.update(first + n for n, part in enumerate(data.split("\n")) if part.strip())


def html_blocks(raw: str, first_line: int, markdown: bool = True) -> list[Block]:
    """The blocks an HTML block starting at ``first_line`` holds (lists, tables, headings,
    paragraphs); none for other HTML. With ``markdown``, its lines of Markdown (see
    ``markdown_lines``) are read as Markdown."""
    parser = _read(raw, first_line)
    own = markdown_lines(raw, first_line, parser.loose) if markdown else set()
    if not own:
        return parser.blocks
    from ._document import parse_blocks  # the Markdown reader calls this module for its HTML

    lines = raw.split("\n")
    kept = [(first_line + n in own, line) for n, line in enumerate(lines)]
    html = "\n".join("" if mine else line for mine, line in kept)
    text = "\n".join(line if mine else "" for mine, line in kept)
    lines_read = parse_blocks(text, html_markdown=False, first_line=first_line)
    found = _read(html, first_line).blocks + [b for b in lines_read if b.kind != "html"]
    return sorted(found, key=lambda b: b.line)


def _read(raw: str, first_line: int) -> _Parser:
    parser = _Parser(first_line)
    parser.feed(raw)
    parser.close()
    parser._item_text()
    parser._loose_end()
    # A list left open (its ``</ul>`` after a blank line, in an HTML block of its own) ends
    # with the HTML block that holds it.
    last = first_line + len(raw.rstrip().splitlines()) - 1
    for block in parser.lists:
        block.end_line = max(block.end_line, last)
    return parser
