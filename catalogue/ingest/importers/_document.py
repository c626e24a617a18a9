"""A Markdown list as blocks with their source lines, read by markdown-it-py (CommonMark + tables).

markdown-it-py gives every block token a ``map`` of its first line and the line after it, so
headings, paragraphs, list items and table rows come with the lines they span, whatever the
layout: lazy continuation lines, loose lists, escaped brackets, reference links resolved from
definitions at the bottom of the file. This module turns its tokens into a small tree of
``Block``s whose text is ``Inline``: plain text with the links, emphasis and line starts it
holds, which is all the field parsers need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ._markdown import indented_list
from ._spaces import encode_spaced_destinations
from ._table_gaps import close_table_gaps
from ._wrapped_rows import close_row_gaps, join_wrapped_rows

BlockKind = Literal[
    "heading", "paragraph", "list", "item", "table", "row", "quote", "code", "html", "rule"
]


# A line that is a label and an address (``Source: http://…``, ``Code: https://…``).
_LABELLED_ADDRESS_RE = re.compile(r"[^\W\d_][\w .-]{0,20}[:：]\s*(?:https?://|www\.)")
_BOLD_LABEL_RE = re.compile(r"[^\W\d_][\w .-]{0,20}[:：].?")


@dataclass(frozen=True)
class InlineLink:
    """A link in an ``Inline``: ``text[start:end]`` is its label as plain text."""

    label: str
    url: str
    start: int
    end: int
    line: int
    strong: bool = False
    image_only: bool = False  # a badge or logo: the label is an image and nothing else
    alt: str = ""  # a badge's text (``WEB Page``), which says what its link is


@dataclass
class Inline:
    """Inline Markdown as plain text, with where its links, bold runs and source lines are."""

    text: str = ""
    links: list[InlineLink] = field(default_factory=list)
    strong: list[tuple[int, int]] = field(default_factory=list)
    em: list[tuple[int, int]] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)  # (alt, src)
    # (offset, line): the text from ``offset`` on comes from source line ``line`` (1-based).
    starts: list[tuple[int, int]] = field(default_factory=list)
    hard: set[int] = field(default_factory=set)  # offsets of lines after a hard break
    code: list[tuple[int, int]] = field(default_factory=list)  # code spans: commands, not links
    # ``<sub>``/``<small>`` runs: small print (a figure's caption, a credit), no work's words.
    small: list[tuple[int, int]] = field(default_factory=list)

    def line_at(self, offset: int) -> int:
        found = self.starts[0][1] if self.starts else 0
        for at, line in self.starts:
            if at > offset:
                break
            found = line
        return found

    def split_lines(self, wrapped: bool = False) -> list[Inline]:
        """One ``Inline`` per source line (a paragraph's soft breaks end its lines). A line that
        starts inside a link (a label wrapped onto the next line) stays with the line the link
        starts on. With ``wrapped`` (an item's first paragraph), a soft break is only a wrapped
        line, unless a hard break ends the line or the next line is a field of its own (all in
        italics or bold, or a link first)."""
        starts = [self.starts[0]] + [
            (at, line)
            for at, line in self.starts[1:]
            if not any(x.start < at < x.end for x in self.links)
            and (not wrapped or at in self.hard or self._own_line(at))
        ]
        if len(starts) <= 1:
            return [self]
        bounds = [at for at, _ in starts[1:]] + [len(self.text)]
        return [
            self.slice(start, end, line) for (start, line), end in zip(starts, bounds, strict=True)
        ]

    def _own_line(self, at: int) -> bool:
        end = next((a for a, _ in self.starts if a > at), len(self.text))
        text = self.text[at:end].strip()
        lead = at + len(self.text[at:end]) - len(self.text[at:end].lstrip())
        covered = sum(min(b, end) - max(a, lead) for a, b in self.strong + self.em if b > lead)
        if _LABELLED_ADDRESS_RE.match(text):  # ``Source: http://…`` below a title
            return True
        # ``**Authors:** Ann Lee`` below ``**Title:** …``: a bold label starts a field of its own.
        label = next((self.text[a:b] for a, b in self.strong if a == lead), None)
        after = self.text[lead + len(label or "") :].lstrip()
        if label is not None and _BOLD_LABEL_RE.fullmatch(label.strip() + after[:1]):
            return True
        return bool(text) and (covered >= len(text) or any(x.start == lead for x in self.links))

    def slice(self, start: int, end: int, line: int) -> Inline:
        def inside(a: int, b: int) -> bool:
            return a >= start and b <= end

        text = self.text[start:end]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        shift = start + lead
        return Inline(
            text=text,
            links=[
                InlineLink(
                    x.label,
                    x.url,
                    x.start - shift,
                    x.end - shift,
                    x.line,
                    x.strong,
                    x.image_only,
                    x.alt,
                )
                for x in self.links
                if inside(x.start, x.end)
            ],
            strong=[(a - shift, b - shift) for a, b in self.strong if inside(a, b)],
            em=[(a - shift, b - shift) for a, b in self.em if inside(a, b)],
            code=[(a - shift, b - shift) for a, b in self.code if inside(a, b)],
            small=[(a - shift, b - shift) for a, b in self.small if inside(a, b)],
            images=list(self.images) if start == 0 else [],
            starts=[(0, line)] + [(at - shift, ln) for at, ln in self.starts if start < at < end],
            hard={at - shift for at in self.hard if start < at < end},
        )


@dataclass
class Block:
    kind: BlockKind
    line: int  # first line, 1-based
    end_line: int  # last line, 1-based
    inline: Inline | None = None  # headings, paragraphs, table cells (see ``cells``)
    level: int = 0  # heading level; list nesting depth of an item
    children: list[Block] = field(default_factory=list)
    cells: list[Inline] = field(default_factory=list)  # table rows (the header row too)
    raw: str = ""  # code, HTML: the text as written
    ordered: bool = False  # items of a numbered list
    # An item of a Markdown list (not an HTML ``<li>``, not a key-value table's row): the reader
    # names its badge line by the badge (``_badges.name_badge_items``).
    markdown_item: bool = False


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    # Keep URLs as the list wrote them: the default normaliser percent-encodes them.
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


_MD = _parser()


def parse(text: str, html_markdown: bool = True, first_line: int = 1) -> list[Block]:
    """``parse_blocks``, then the items that are a line of badges named by the first badge
    (``_badges.name_badge_items``) as the default lexicon reads them: for a part of a document
    read on its own. The reader parses with ``parse_blocks`` and names with its own lexicon."""
    from ._badges import name_badge_items  # reads this module's blocks
    from ._venues import default_lexicon

    return name_badge_items(parse_blocks(text, html_markdown, first_line), default_lexicon())


def parse_blocks(text: str, html_markdown: bool = True, first_line: int = 1) -> list[Block]:
    """The top-level blocks of a Markdown document, with 1-based line numbers (the text's first
    line is ``first_line``: a part of a document read on its own), the text as written. With
    ``html_markdown``, Markdown lines inside HTML blocks are read too (``_html``)."""
    text = close_row_gaps(close_table_gaps(encode_spaced_destinations(text)))
    tokens = _MD.parse(join_wrapped_rows(text))
    for token in tokens:
        if token.map is not None:
            token.map = [at + first_line - 1 for at in token.map]
    tree = SyntaxTreeNode(tokens)
    blocks: list[Block] = []
    for node in tree.children:
        if node.type == "code_block" and indented_list(node.content):
            blocks += parse_blocks(node.content, html_markdown, _lines(node)[0])
            continue
        block = _block(node, 0, html_markdown)
        if block is None:
            continue
        if block.kind == "html" and block.children:
            # HTML lists, tables and headings join the document's blocks, before the HTML's
            # own lines are accounted for.
            blocks += block.children
            block.children = []
        if _quoted_headings(block):
            blocks += block.children  # read as if the ``>`` were not there
            continue
        if _heading_items(block):
            blocks += [b for item in block.children for b in item.children]  # as if no ``*``
            continue
        blocks.append(block)
    return blocks


def _quoted_headings(block: Block) -> bool:
    """A quote that holds headings with links (``> #### 1) *"Title"* [[paper](…)]`` lines, one
    paper a heading): a list that sets its works off as a quotation, not a quoted note."""
    return block.kind == "quote" and any(
        c.kind == "heading" and c.inline is not None and c.inline.links for c in block.children
    )


def _heading_items(block: Block) -> bool:
    """A list whose items hold nothing but headings, one with a link (``* #### Group`` over
    ``##### 1、[Title](…)`` lines, one paper a heading): bullets used to indent a section and
    its papers, read as the headings they hold."""
    items = block.children if block.kind == "list" else []
    inner = [b for item in items for b in item.children]
    return (
        bool(inner)
        and all(b.kind == "heading" for b in inner)
        and any(b.inline is not None and b.inline.links for b in inner)
    )


def _lines(node: SyntaxTreeNode) -> tuple[int, int]:
    first, after = node.map or (0, 1)
    return first + 1, max(first + 1, after)


def _block(node: SyntaxTreeNode, depth: int, html_markdown: bool = True) -> Block | None:
    kind = node.type
    if node.map is None:
        return None
    line, end = _lines(node)
    if kind == "heading":
        return Block("heading", line, end, _inline(node.children[0], line), int(node.tag[1:]))
    if kind == "paragraph":
        return Block("paragraph", line, end, _inline(node.children[0], line))
    if kind in ("bullet_list", "ordered_list"):
        ordered = kind == "ordered_list"
        items = [_item(child, depth, ordered, html_markdown) for child in node.children]
        return Block("list", line, end, children=[i for i in items if i is not None])
    if kind == "table":
        from ._kv_tables import key_value_list  # reads this module's blocks

        table = _table(node, line, end)
        return key_value_list(table) or table
    if kind == "blockquote":
        inner = [
            b for child in node.children if (b := _block(child, depth, html_markdown)) is not None
        ]
        return Block("quote", line, end, children=inner)
    if kind in ("fence", "code_block"):
        return Block("code", line, end, raw=node.content)
    if kind == "html_block":
        from ._html import html_blocks  # the HTML reader builds blocks of this module

        inner = html_blocks(node.content, line, html_markdown)
        return Block("html", line, end, raw=node.content, children=inner)
    if kind == "hr":
        return Block("rule", line, end)
    return None


def _item(node: SyntaxTreeNode, depth: int, ordered: bool, html_markdown: bool) -> Block | None:
    if node.map is None:
        return None
    line, end = _lines(node)
    inner: list[Block] = []
    for child in node.children:
        block = _block(child, depth + 1, html_markdown)
        if block is None:
            continue
        if block.kind == "html" and block.children:
            # ``- **Category**`` over ``<details>`` folding its works: what the HTML holds
            # (its lists, tables, Markdown lines) is the item's, as at the top level.
            inner += block.children
            block.children = []
        inner.append(block)
    return Block(
        "item", line, end, level=depth, children=inner, ordered=ordered, markdown_item=True
    )


def _table(node: SyntaxTreeNode, line: int, end: int) -> Block:
    rows: list[Block] = []
    for part in node.children:  # thead, tbody
        for tr in part.children:
            if tr.map is None:
                continue
            row_line, _ = _lines(tr)
            cells = [
                _inline(cell.children[0], row_line) if cell.children else Inline()
                for cell in tr.children
            ]
            rows.append(Block("row", row_line, row_line, cells=cells))
    if rows and any(_titled_link(x) for cell in rows[0].cells for x in cell.links):
        # ``| **[Title](https://…)**<br>Authors | badge |`` over ``|---|---|``: a table used
        # for layout, whose header row is its first work; an empty header goes in front.
        empty = [Inline() for _ in rows[0].cells]
        rows.insert(0, Block("row", line, line, cells=empty))
    return Block("table", line, end, children=rows)


def _titled_link(link: InlineLink) -> bool:
    """A link on the web whose label reads as a title (three words or more), no column name."""
    return link.url.startswith(("http://", "https://")) and len(link.label.split()) >= 3


def _inline(node: SyntaxTreeNode, line: int) -> Inline:
    from ._inline import inline_of  # the inline reader builds this module's ``Inline``

    return inline_of(node, line)


def walk(blocks: list[Block]) -> list[Block]:
    """Every block, depth first, in document order."""
    found: list[Block] = []
    for block in blocks:
        found.append(block)
        found += walk(block.children)
    return found
