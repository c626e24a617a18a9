"""The walk's reading of lists: which items are works, category bullets (a section for the works
below them), or lines of the entry above, and which are skipped (see ``_walk``)."""

from __future__ import annotations

import re

from ._address_items import address_item
from ._described_items import describes_above
from ._document import Block, Inline
from ._evidence import (
    YEAR_RE,
    bare_urls,
    has_evidence,
    has_link_or_id,
    has_title,
    real_links,
    title_words,
    titled_by_kept_file,
)
from ._ids import cut
from ._link_runs import works_by_link
from ._linkless_titles import category_of_titles
from ._meta_text import parse_meta
from ._named_items import lone_title, named_item
from ._names_line import names_over_title
from ._paper_lines import venue_year_lead
from ._repository_line import repository_line
from ._resource_links import resource_line
from ._roles import is_role_label
from ._tagged_runs import GROUP, group_of_runs, tagged_run
from ._units import (
    Event,
    Heading,
    Piece,
    Skip,
    Unit,
    block_pieces,
    item_head,
    item_pieces,
    sub_items,
)
from ._venues import default_lexicon
from ._works import (
    book_titled,
    detail_line,
    holds_works,
    instruction,
    is_work,
    keywords_line,
    labelled_names,
    names_a_title_link,
    reads_as_byline,
    strong_work,
    tags_line,
    title_like,
    venue_titled,
)


class ListWalker:
    """The list items of a walk; ``Walker`` holds the events, the lines and what it knows."""

    events: list[Event]
    bold_named: bool
    mostly_works: bool
    lines: list[str]
    no_links: bool
    categories = 0  # category bullets open around the items walked now

    def _list(self, block: Block) -> None:
        last = self.events[-1] if self.events else None
        if isinstance(last, Unit) and describes_above(block, last, self.lines):
            last.pieces += [p for item in block.children for p in item_pieces(item, 1)]
            last.end_line = max(last.end_line, block.end_line)
            return
        items = block.children
        works = sum(1 for item in items if is_work(item_head(item)))
        # In a list whose items are mostly works, an item with a title is one even when it gives
        # no link, id or year (``Title. Author et al. IEEE RAL``).
        lenient = len(items) >= 3 and works >= 0.6 * len(items)
        # ``#### d. Dropout`` over one bullet that reads as a paper's title, no link, in a list
        # whose items are nearly all works: that title is one of them.
        lenient = lenient or (len(items) == 1 and self.mostly_works and lone_title(items[0]))
        addresses = sum(1 for item in items if address_item(item)) >= 2
        for index, item in enumerate(items):
            if index and self._detail_of(items[index - 1], item):
                continue
            if addresses and address_item(item):
                self._item_unit(item, [])  # ``+ https://…/zero-shot-learning``: titled by it
                continue
            if index and self._byline_of(items[index - 1], item):
                continue
            self._item(item, lenient)

    def _detail_of(self, above: Block, item: Block) -> bool:
        """An item indented deeper than the one above but too little to nest under it: a line of
        the entry above (see ``detail_line``), added to that entry's unit."""
        unit = self.events[-1] if self.events else None
        if not isinstance(unit, Unit) or unit.line != above.line:
            return False
        deeper = _indent(self.lines[item.line - 1]) > _indent(self.lines[above.line - 1])
        if not deeper or not detail_line(unit.pieces, item):
            return False
        unit.pieces += item_pieces(item, 1)
        unit.end_line = max(unit.end_line, item.end_line)
        return True

    def _byline_of(self, above: Block, item: Block) -> bool:
        """``* **Title** <br>`` then ``* Ann Lee*, Bo Chan <br> ICRA, 2023. [[Paper]](…)``: an
        item that names no title, only authors, venue and links, right after an item that is a
        work without a link: the lines of that work (a bullet typed by mistake)."""
        unit = self.events[-1] if self.events else None
        if not isinstance(unit, Unit) or unit.line != above.line or sub_items(item):
            return False
        head, title = item_head(item), item_head(above)
        if head is None or title is None or not reads_as_byline(head):
            return False
        # The item above is a title alone (no year, no link); the item no title in bold.
        if YEAR_RE.search(title.text) or any(has_link_or_id(p.inline) for p in unit.pieces):
            return False
        if any(len(head.text[a:b].split()) >= 3 for a, b in head.strong):
            return False
        unit.pieces += item_pieces(item, 0)
        unit.end_line = max(unit.end_line, item.end_line)
        return True

    def _item(self, item: Block, lenient: bool = False) -> None:
        head = item_head(item)
        subs = sub_items(item)
        if head is not None and not subs and instruction(head):
            self.events.append(Skip(item.line, item.end_line, "an instruction to the reader", True))
            return
        if group_of_runs(item):
            # ``1. [Widget Lab](homepage)`` over ``- Topic: [WidgetNet CVPR'21](u), …``: its works.
            self.events.append(Skip(item.line, item.children[1].line - 1, GROUP, False))
            for sub in subs:
                for work in tagged_run(item_head(sub), alone=True) or []:
                    self.events.append(
                        Unit("item", sub.line, sub.end_line, [Piece(work, sub.line, "item")], [])
                    )
            return
        several = works_by_link(head) if head is not None and len(item.children) == 1 else None
        if several is None and head is not None and len(item.children) == 1:
            several = tagged_run(head)  # ``- Topic: [WidgetNet CVPR'21](u), [Gadget ICCV'23](u)``
        if several is not None:
            # ``- Online: [Title A](…) (AAAI 2020); [Title B](…) (AAAI 2021)``: one per link.
            for work in several:
                self.events.append(
                    Unit("item", item.line, item.end_line, [Piece(work, item.line, "item")], [])
                )
            return
        works = [s for s in subs if holds_works(s)]
        if self.no_links and not works and category_of_titles(item, self.categories > 0):
            works = subs  # ``- Batch Mode`` over plain titles: a category (``_linkless_titles``)
        head_work = head is not None and has_title(head)
        details_evidence = any(has_evidence(p.inline) for p in item_pieces(item, 0)[1:])
        titled = (
            (lenient or self.no_links)
            and head is not None
            and title_words(head) >= 3
            and title_like(head)
            and not keywords_line(head)
        )
        # ``Title. ICCV.``, ``**Title** (CVPR)``: a title and a venue name a work without a link.
        titled = titled or (
            head is not None and title_like(head) and venue_titled(head) and not keywords_line(head)
        )
        titled = titled or (head is not None and book_titled(head))  # ``*Title* by Ann Lee``
        # ``KDD 16 Title``: a venue and year in front of a title name a work without a link too.
        titled = titled or (
            head is not None and title_like(head) and venue_year_lead(head.text) is not None
        )
        own_evidence = head is not None and (has_evidence(head) or titled_by_kept_file(head))
        # A category bullet (``Vision``, ``ACL`` > ``2019``, ``+ #### Meta Learning``): works
        # below it, none on its line; its text is a section for them.
        first = item.children[0] if item.children else None
        if tags_line(head) and subs and _title_line(item_head(subs[0])):
            # ``- `【2024-09】-【Name】-【Lab】` `` over ``- **Title**``, authors and link lines.
            self._item_unit(item, [])
            return
        named = head if head is not None else first.inline if first is not None else None
        category = named is not None and (head is not None or first.kind == "heading")
        if works and _link_lines(head, subs):
            works = []  # ``1. Title`` over ``- [arXiv](…)`` and ``- [Hugging Face](…)``: its links
        if works and _name_over_one_work(head, subs, works):
            self._item_unit(item, [])
            return
        if works and named is not None and category and not has_link_or_id(named):
            self.events.append(Heading(item.line, item.line, 10 + item.level, named.text))
            self.categories += 1
            for child in item.children[1:]:
                if child.kind == "list":
                    self._list(child)
                else:
                    self._skip_block(child)
            self.categories -= 1
            self.events.append(Heading(item.end_line + 1, item.end_line, 10 + item.level, ""))
            return
        # ``- **WidgetBench** — what it holds``, ``- `owner/widget` — its code``: named, no link.
        named = head is not None and named_item(head, self.bold_named)
        if head_work and (titled or own_evidence or details_evidence or named):
            # A reference written authors first, its title link on the next line, too.
            own = head is not None and (
                names_a_title_link(head) or names_over_title(item_pieces(item, 0))
            )
            # Under a paper's title link, a line that is only a repository is the paper's code.
            split = [s for s in subs if strong_work(s) and not _detail_item(s)] if own else []
            bare = not (own_evidence or details_evidence or self.no_links or named)
            self._item_unit(item, split, bare)
            return
        if head is not None and len(item.children) == 1 and self._empty_link_work(head):
            self._item_unit(item, [], bare=True)
            return
        self._skip_item(item, head)

    def _empty_link_work(self, head: Inline) -> bool:
        """``* [Title of a Paper]()`` below works of its section: a title the list meant to link
        and left without its address (an empty target is no link inside the list, as ``#anchor``
        is): a work without links, when it reads as a title (three words or more)."""
        if not head.links or any(x.url.strip() for x in head.links):
            return False
        if head.text[: head.links[0].start].strip() or head.text[head.links[-1].end :].strip():
            return False
        if title_words(head) < 3 or not title_like(head):
            return False
        for event in reversed(self.events):
            if isinstance(event, Unit):
                return True
            if isinstance(event, Heading):
                return False
        return False

    def _item_unit(self, item: Block, split: list[Block], bare: bool = False) -> None:
        kept = Block(item.kind, item.line, item.end_line, level=item.level, ordered=item.ordered)
        for child in item.children:
            if child.kind == "list" and split:
                rest = [i for i in child.children if i not in split]
                if rest:
                    kept.children.append(Block("list", rest[0].line, rest[-1].end_line,
                                               children=rest))  # fmt: skip
            else:
                kept.children.append(child)
        end = max([item.line] + [c.end_line for c in kept.children])
        pieces = item_pieces(kept, 0)
        self.events.append(Unit("item", item.line, end, pieces, [], bare=bare))
        for sub in split:
            self._item(sub)

    def _skip_item(self, item: Block, head: Inline | None) -> None:
        if head is not None and head.links and not real_links(head):
            reason = "link inside the list (table of contents)"
            self.events.append(Skip(item.line, item.end_line, reason))
            return
        looks = any(has_link_or_id(p.inline) for p in item_pieces(item, 0))
        reason = "list item without a title" if looks else "list item that names no work"
        self.events.append(Skip(item.line, item.end_line, reason, looks))

    def _skip_block(self, block: Block) -> None:
        pieces = block_pieces(block)
        looks = any(has_link_or_id(p.inline) for p in pieces)
        self.events.append(Skip(block.line, block.end_line, "not an entry", looks))


def _detail_item(item: Block) -> bool:
    """A nested line that is the paper's: its repository, a label over named links, or a link
    named by the kind of resource it is (``_resource_links``)."""
    head = item_head(item)
    lone = head is not None and not sub_items(item)
    return lone and (repository_line(head) or labelled_names(head) or resource_line(head))


# What may stand around the one link of a link line: bullets' separators and a short label
# (``Paper: [arXiv](…)``, ``- [code](…) |``).
_LINK_LINE_REST_RE = re.compile(r"[\s|·•,;:()\[\]*_-]*(?:[^\W\d_]+[\s:：-]*)?[\s|·•,;()\[\]*_-]*")


def _link_lines(head: Inline | None, subs: list[Block]) -> bool:
    """``1. DistilBERT, a distilled version of BERT: …`` over ``- [arXiv](…)`` and ``- [Hugging
    Face](…)``: nested items that are each one link and nothing else, one of them labelled only
    by its role (``arXiv``, ``code``, ``PDF``), under a title with no link of its own, are the
    links of that work; a link named like a title among them (the code's host, a licence:
    ``[Requires approval, non-commercial](…)``) is no work below a category. Lines without a
    link among them (``- Google``, ``- Apache v2``) are the work's notes."""
    if head is None or has_link_or_id(head) or title_words(head) < 3 or not title_like(head):
        return False
    heads = [item_head(s) for s in subs]
    if not heads or any(sub_items(s) for s in subs) or any(h is None for h in heads):
        return False
    role = False
    for line in heads:
        assert line is not None
        links = real_links(line)
        urls = bare_urls(line)
        if not links and not urls and not line.links and not has_link_or_id(line):
            continue  # ``- Google``, ``- Apache v2``: a note of the work (its lab, its licence)
        if len(links) + len(urls) != 1:
            return False
        start, end = (links[0].start, links[0].end) if links else urls[0][1:]
        if not _LINK_LINE_REST_RE.fullmatch(line.text[:start] + " " + line.text[end:]):
            return False
        role = role or (bool(links) and is_role_label(links[0].label))
    return role


def _name_over_one_work(head: Inline | None, subs: list[Block], works: list[Block]) -> bool:
    """``- **TinyWidget**`` over ``- [TinyWidget: Title](…), ICCV 2023`` and ``- [code](…)``: a
    short bold name (no link, no year) over one work and lines that are no works of their own
    (its venue, its links): one entry, the name its alias, not a category of one work."""
    if head is None or head.links or has_evidence(head) or not 1 <= title_words(head) <= 4:
        return False
    text = head.text.strip(" :")
    if sum(b - a for a, b in head.strong) < len(text):
        return False
    if len(works) != 1 or len(subs) < 2 or any(sub_items(s) for s in subs):
        return False
    return all(_detail_only(item_head(s)) for s in subs if s is not works[0])


def _detail_only(inline: Inline | None) -> bool:
    """A line of a work's details only: links, a venue, a year, authors (``CVPR 2024``,
    ``[code](…)``, ``Ann Lee, Bo Chan``), no words of its own."""
    if inline is None:
        return False
    spans = [(x.start, x.end) for x in inline.links] + [(a, b) for _, a, b in bare_urls(inline)]
    text = cut(inline.text, spans).strip(" |·,;:.-–—()[]")
    return not text or parse_meta(text, default_lexicon()).rest is None


def _title_line(inline: Inline | None) -> bool:
    """A nested line that is a title on its own: three words or more, no link."""
    return (
        inline is not None and not inline.links and title_words(inline) >= 3 and title_like(inline)
    )


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())
