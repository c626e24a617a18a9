"""Entries a heading heads, with their details below it (the bold lines are in ``_bold``); the block
layout's title written as a list below a short name."""

from __future__ import annotations

import re

from ._best_of import site_lines
from ._bold import bold_entry_end, bold_keys, titled_by_bold
from ._detail_lines import plain_details
from ._document import Block
from ._evidence import YEAR_RE, has_link_or_id, real_links, title_words
from ._labelled import folded_fields, labelled_work
from ._labelled_paragraphs import labelled_paragraphs
from ._link_runs import works_by_line
from ._linked_headings import (
    beside_links,
    described_link,
    owns_links,
    paper_link,
    title_link,
    whole_link,
)
from ._sections import not_papers
from ._units import block_pieces, item_head, sub_items
from ._venues import default_lexicon
from ._works import holds_works, is_key_value, is_work, points_here

SUMMARY_LEVEL = 9  # ``<summary>`` of a ``<details>`` block: a heading for what it folds


def section_end(blocks: list[Block], at: int) -> int:
    """The index of the next heading after ``blocks[at]`` (or the end)."""
    end = at + 1
    while end < len(blocks) and blocks[end].kind != "heading":
        end += 1
    return end


def heading_entry(blocks: list[Block], at: int, linked_layout: bool = False) -> bool:
    """Whether the heading at ``at`` names one work: a title (two words or more, or a summary
    that names a work), and below it only its details (labelled lines, or plain authors, venue
    and link lines; no work of their own), among them a link or an identifier; or a linked title
    with nothing below it among sibling paper headings. With ``linked_layout`` (see
    ``_linked_headings.linked_layout``), a heading that is only a link, or a named link and words
    that describe it, names a work, with its description below. A quote that is the first block
    below the heading is read as if unquoted; a paragraph below it whose lines each name a work
    makes the heading a section."""
    heading = blocks[at]
    if heading.inline is None or not _may_head_a_work(blocks, at, linked_layout):
        return False
    body, quoted = _body(blocks, at)
    if linked_layout:
        linked = _linked_heading(heading, body)
        if linked is not None:
            return linked
    # ``### VGG`` over ``**Very Deep Networks for …**``: a short name, the work's title below it.
    named_below = bool(body) and titled_by_bold(heading.inline, body[0])
    by_shape = _by_shape(blocks, at, body, named_below)
    if by_shape is not None:
        return by_shape
    return _by_details(heading, body, quoted, named_below)


def _may_head_a_work(blocks: list[Block], at: int, linked_layout: bool) -> bool:
    """False for a heading that heads no work whatever is below it: the list's title, a section
    of bold-titled works."""
    heading = blocks[at]
    # A level-1 heading is the list's title or a part of it, unless the list writes its works as
    # top headings that are links (``# [VIPeR](https://…)``, several of them: ``linked_layout``);
    # the first heading of all is the title still (``# [Awesome Gadgets](https://…)``).
    if heading.level == 1 and not (
        linked_layout
        and whole_link(heading, top=True)
        and any(b.kind == "heading" for b in blocks[:at])
    ):
        return False
    # ``## SSD`` over ``**Title A**`` and its labelled links, then ``**Title B**`` and its own: a
    # section of bold-titled works, not one work.
    return sum(1 for k in range(at + 1, section_end(blocks, at)) if bold_entry_end(blocks, k)) < 2


def _names_a_venue(text: str) -> bool:
    """A heading that is a venue's name with its acronym in brackets, the acronym a venue the
    lexicon knows (``IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)``);
    a title with its venue in brackets names no conference, journal or workshop."""
    acronym = _VENUE_ACRONYM_RE.search(text)
    if acronym is None or not _VENUE_WORDS_RE.search(text[: acronym.start()]):
        return False  # ``### Widget Nets for Sorting (CVPR)``: a paper and its venue
    return default_lexicon().resolve(acronym.group(1)) is not None


_VENUE_WORDS_RE = re.compile(
    r"\b(?:conference|workshops?|symposium|journal|transactions|proceedings|congress|meeting)\b",
    re.IGNORECASE,
)
_VENUE_ACRONYM_RE = re.compile(r"\(\s*([A-Z][A-Za-z&-]{1,11})\s*\)\W*$")


def body_below(blocks: list[Block], at: int) -> list[Block]:
    """The blocks below the heading at ``at`` that may be its work's details (``_body``)."""
    return _body(blocks, at)[0]


def _body(blocks: list[Block], at: int) -> tuple[list[Block], bool]:
    """The blocks below the heading up to the next one, and whether they start with a quote."""
    # A horizontal rule before the next section (``---``) is no detail of the work, nor is an
    # anchor the list sets before its next heading (``<a id="paper-two"></a>``, a paragraph of
    # inline HTML with no words and no link).
    body = [
        b
        for b in blocks[at + 1 : section_end(blocks, at)]
        if b.kind not in ("html", "rule") and not _empty(b)
    ]
    # ``### WNet`` over ``> **Title**``, ``> Ann Lee, Bo Chan``: the work quoted under its
    # heading is read as if it were not quoted.
    quoted = bool(body) and body[0].kind == "quote"
    return (body[0].children + body[1:] if quoted else body), quoted


def _empty(block: Block) -> bool:
    inline = block.inline
    return (
        block.kind == "paragraph"
        and inline is not None
        and not inline.text.strip()
        and not inline.links
    )


def _linked_heading(heading: Block, body: list[Block]) -> bool | None:
    """In a list whose works are linked headings: whether this linked heading is one work, or
    None for a heading of another form."""
    if whole_link(heading, top=True):
        # ``### [ITK](https://itk.org/)`` over a logo and a description: a tool, a library; or a
        # paper over its labelled notes (``- **Metrics:** …``).
        lists = [b for b in body if b.kind in ("list", "table")]
        return all(b.kind == "list" and bold_keys(b) for b in lists)
    if described_link(heading):
        # ``#### - [Name](repo) - what it does`` over its pictures, notes and links: one tool,
        # unless links in its bullets name works of their own (a section named by a link).
        items = [i for b in body if b.kind == "list" for i in b.children]
        return sum(1 for i in items if (h := item_head(i)) is not None and real_links(h)) < 2
    return None


def _by_shape(blocks: list[Block], at: int, body: list[Block], named_below: bool) -> bool | None:
    """What the heading's words and the shape of the blocks below it decide, or None when the
    details must (``_by_details``)."""
    heading = blocks[at]
    assert heading.inline is not None
    # ``#### DUTS`` over ``- 项目: <https://…>``, ``- 下载: <https://…>`` (not ``### 2021``,
    # ``## Contact``: a year or a section of the list's own names no work).
    work_name = title_words(heading.inline) >= 1 and not not_papers(heading.inline.text)
    if heading.level >= 2 and work_name and labelled_work(body):
        return True
    if work_name and labelled_paragraphs(heading, body):
        return True  # ``### <a name="x" href="./sets/X">Name</a>`` over ``Homepage: <a …>``
    if (
        heading.level == SUMMARY_LEVEL
        and work_name
        and folded_fields(body, name=heading.inline.text)
    ):
        return True  # ``<summary>WidgetFold</summary>`` over its fields (``- **Code:** …``)
    if heading.level == SUMMARY_LEVEL and real_links(heading.inline) and site_lines(body):
        return True  # ``<summary><b><a href="…">Widgetry</a></b> …`` over ``- [PyPi](…):``
    if title_words(heading.inline) < 2 and not named_below:
        return False
    if _names_a_venue(heading.inline.text):
        # ``### British Widget Conference (BWC)`` over one or a few works: a venue's section.
        return False
    if _SECTION_NUMBER_RE.match(heading.inline.text):
        # ``### 4.3. Graph Widget Detection`` over works: a section numbered within a chapter.
        # ``#### 3.1.1 Title`` over ``[[paper]](…) [[code]](…)`` (links that only say what they
        # are, perhaps the authors and venue): nothing below names a work, the heading is one.
        return bool(body) and plain_details(heading.inline, body)
    # ``<summary>Title (2023) [<a href="…">Paper</a>]</summary>`` over its abstract and notes: the
    # summary names the work itself, what it folds are its details.
    if not body and not _named_by_summary(heading):
        return _linked_title(blocks, at)
    if len(body) > 6 or any(b.kind == "table" for b in body):
        return False
    items = [i for b in body if b.kind == "list" for i in b.children]
    if any(holds_works(i) for i in items):
        return False
    # ``## Pruning`` over a paragraph whose lines each name a work (``(1) Title. … [paper](…)``):
    # a section of works, not one work's details.
    if any(b.kind == "paragraph" and works_by_line(b) for b in body):
        return False
    if not items and paper_link(heading):
        return True  # ``### [Title](https://arxiv.org/abs/…)`` over a figure and a note
    return None


def _named_by_summary(heading: Block) -> bool:
    return heading.level == SUMMARY_LEVEL and heading.inline is not None and is_work(heading.inline)


def _by_details(heading: Block, body: list[Block], quoted: bool, named_below: bool) -> bool:
    """Whether the details below the heading are one work's: a link or an identifier among
    them, or in the heading, and labelled or plain lines that name no work of their own."""
    assert heading.inline is not None
    items = [i for b in body if b.kind == "list" for i in b.children]
    # ``Note this table is taken from [here](…)`` below a heading: the section's note, no detail.
    pieces = [p for b in body for p in block_pieces(b) if not points_here(p.inline)]
    # ``### [Title](…)`` over ``Ann Lee, Bo Chan. ICLR 2017.``, ``## [Title](…), 2019/06`` over
    # the authors: the link is the heading's own.
    dated = title_link(heading) and (
        bool(YEAR_RE.search(beside_links(heading.inline)))
        or any(YEAR_RE.search(p.inline.text) for p in pieces)
    )
    # Its details are labelled (``Authors: …``, ``**Venue:** …``), or a <summary> names them.
    labelled = [i for i in items if (h := item_head(i)) is not None and is_key_value(h)]
    # ``### [Title](…)`` over ``- **Metrics:** …``, ``- **Datasets:** …``: labelled notes.
    noted = (
        title_link(heading) and bool(items) and all(bold_keys(b) for b in body if b.kind == "list")
    )
    # ``##### [\[arXiv:2101.00001\]](…) Title. [\[PDF\]](…)`` over its authors line: the heading
    # carries the work's own links, the lines below need none.
    owned = owns_links(heading.inline)
    named = _named_by_summary(heading)
    if not (named or dated or noted or owned or any(has_link_or_id(p.inline) for p in pieces)):
        return False
    if heading.level == SUMMARY_LEVEL or len(labelled) >= max(1, len(items) // 2):
        return True
    if named_below and items and all(_link_bullet(i) for i in items):
        return True  # ``### WNet`` / ``**Title**`` / ``- [pdf](…)``, ``- [code](…)``
    if quoted and named_below and body[0].inline is not None:
        # ``### WNet`` over ``> **Title**``, its authors, lab and ``> Paper: [[Arxiv]](…)``:
        # the bold line is the title the details go with; links to people or a lab are details.
        title = body[0].inline.split_lines()[0]
        return plain_details(title, body, dated or owned, people=True)
    return plain_details(heading.inline, body, dated or owned)


def _link_bullet(item: Block) -> bool:
    """A bullet that is only links saying what they are (``- [pdf](…)``), or a labelled one."""
    head = item_head(item)
    if head is None or sub_items(item):
        return False
    return is_key_value(head) or (has_link_or_id(head) and title_words(head) == 0)


def _paper_heading(heading: Block) -> bool:
    """A linked title (``### [Title](url)``), or a title beside links that only say what they are
    (``#### 1) *"Title"* [[paper](…)] [[github](…)]``)."""
    return title_link(heading) or (heading.inline is not None and owns_links(heading.inline))


def _linked_title(blocks: list[Block], at: int) -> bool:
    """A heading that names a paper by its links (``### [Title](url)``, ``### Title [[paper](…)]``)
    with nothing below it, among sibling headings that name works too (a lone linked heading is a
    project's or a site's)."""
    heading = blocks[at]
    if not _paper_heading(heading):
        return False
    after = blocks[at + 1] if at + 1 < len(blocks) else None
    if after is not None and after.kind == "heading" and after.level > heading.level:
        return False  # it heads sub-sections
    if heading.inline is not None and _ITEM_NUMBER_RE.match(heading.inline.text):
        return True  # ``##### 1、[Title](…)``: numbered like an item of a list of works
    before = next((k for k in range(at - 1, -1, -1) if blocks[k].kind == "heading"), None)
    siblings = [k for k in (at + 1, before) if k is not None and k < len(blocks)]
    return any(
        blocks[k].kind == "heading"
        and blocks[k].level == heading.level
        # No recursion past one step: a sibling without a title link is judged by its body.
        and (_paper_heading(blocks[k]) or heading_entry(blocks, k))
        for k in siblings
    )


# ``1.``, ``2)``, ``3、`` in front of a heading's title link: the heading counts works.
_ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,3}(?:[.)]\s|、)")


# ``### 4.3. Graph Outlier Detection``: a section numbered within a chapter, not a work.
_SECTION_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")


def title_below(pending: list[Block], block: Block) -> bool:
    """Block layout: a short list without links (the title, then the authors) after a blank line
    below a block headed by a short name with the links (``Mimic. *CVPR 2017*.``, link lines):
    the rest of that block, not a block of its own."""
    head = pending[0].inline
    if pending[0].kind != "paragraph" or head is None or block.kind != "list":
        return False
    if title_words(head.split_lines()[0]) > 3 or len(block.children) > 3:
        return False
    pieces = block_pieces(block)
    if not pieces or any(has_link_or_id(p.inline) for p in pieces):
        return False  # links of its own, or an empty item (``1. ``)
    if title_words(pieces[0].inline) < 3:
        return False
    above = [p for b in pending for p in block_pieces(b)]
    return any(has_link_or_id(p.inline) for p in above) and not any(p.kind == "item" for p in above)
