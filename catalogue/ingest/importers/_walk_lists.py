"""The walk's reading of lists: which items are works, category bullets (a section for the works
below them), or lines of the entry above, and which are skipped (see ``_walk``)."""

from __future__ import annotations

from ._address_items import address_item
from ._bare_addresses import repository_head, sources_section
from ._described_items import describes_above
from ._document import Block, Inline
from ._evidence import (
    YEAR_RE,
    has_evidence,
    has_link_or_id,
    has_title,
    real_links,
    title_words,
    titled_by_kept_file,
)
from ._link_runs import works_by_link, works_by_name_link
from ._linkless_titles import category_of_titles
from ._named_items import lone_title, named_item
from ._names_line import names_over_title
from ._nested_items import detail_item, link_lines, name_over_one_work, title_line
from ._paper_lines import venue_year_lead
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
from ._works import (
    book_titled,
    detail_line,
    holds_works,
    instruction,
    is_work,
    keywords_line,
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
        # ``- 2020 `Python` https://github.com/owner/widget``: two or more, or one among works.
        repositories = sum(1 for item in items if _repository_item(item))
        repositories = repositories >= 2 or (repositories == 1 and lenient)
        repositories = repositories and not self._in_sources()
        for index, item in enumerate(items):
            if index and self._detail_of(items[index - 1], item):
                continue
            if addresses and address_item(item):
                self._item_unit(item, [])  # ``+ https://…/zero-shot-learning``: titled by it
                continue
            if repositories and _repository_item(item):
                self._item_unit(item, [])  # titled by the repository's name (``_bare_addresses``)
                continue
            if index and self._byline_of(items[index - 1], item):
                continue
            self._item(item, lenient)

    def _in_sources(self) -> bool:
        """Whether the items walked now stand in a section of the list's sources (``## References``
        over ``- https://github.com/…``: where its words come from, ``_bare_addresses``)."""
        heading = next(
            (e for e in reversed(self.events) if isinstance(e, Heading) and 1 <= e.level <= 6), None
        )
        return heading is not None and sources_section(heading.text)

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
        if self._read_whole(item, head, subs):
            return
        works = [s for s in subs if holds_works(s)]
        if self.no_links and not works and category_of_titles(item, self.categories > 0):
            works = subs  # ``- Batch Mode`` over plain titles: a category (``_linkless_titles``)
        head_work = head is not None and has_title(head)
        details_evidence = any(has_evidence(p.inline) for p in item_pieces(item, 0)[1:])
        titled = _titled(head, lenient or self.no_links)
        own_evidence = head is not None and (has_evidence(head) or titled_by_kept_file(head))
        # A category bullet (``Vision``, ``ACL`` > ``2019``, ``+ #### Meta Learning``): works
        # below it, none on its line; its text is a section for them.
        first = item.children[0] if item.children else None
        if tags_line(head) and subs and title_line(item_head(subs[0])):
            # ``- `【2024-09】-【Name】-【Lab】` `` over ``- **Title**``, authors and link lines.
            self._item_unit(item, [])
            return
        named = head if head is not None else first.inline if first is not None else None
        category = named is not None and (head is not None or first.kind == "heading")
        if works and link_lines(head, subs):
            works = []  # ``1. Title`` over ``- [arXiv](…)`` and ``- [Hugging Face](…)``: its links
        if works and name_over_one_work(head, subs, works):
            self._item_unit(item, [])
            return
        if works and named is not None and category and not has_link_or_id(named):
            self._category(item, named)
            return
        # ``- **WidgetBench** — what it holds``, ``- `owner/widget` — its code``: named, no link.
        named = head is not None and named_item(head, self.bold_named)
        if head_work and (titled or own_evidence or details_evidence or named):
            bare = not (own_evidence or details_evidence or self.no_links or named)
            self._work_item(item, head, subs, bare)
            return
        if head is not None and len(item.children) == 1 and self._empty_link_work(head):
            self._item_unit(item, [], bare=True)
            return
        self._skip_item(item, head)

    def _read_whole(self, item: Block, head: Inline | None, subs: list[Block]) -> bool:
        """An item read whole before its parts are weighed: an instruction to the reader
        (skipped), a group's name over labelled runs of tagged works (``_tagged_runs``: a unit per
        work), or one line of several title links (a unit per link)."""
        if head is not None and not subs and instruction(head):
            self.events.append(Skip(item.line, item.end_line, "an instruction to the reader", True))
            return True
        if group_of_runs(item):
            # ``1. [Widget Lab](homepage)`` over ``- Topic: [WidgetNet CVPR'21](u), …``: its works.
            self.events.append(Skip(item.line, item.children[1].line - 1, GROUP, False))
            for sub in subs:
                for work in tagged_run(item_head(sub), alone=True) or []:
                    self.events.append(
                        Unit("item", sub.line, sub.end_line, [Piece(work, sub.line, "item")], [])
                    )
            return True
        several = works_by_link(head) if head is not None and len(item.children) == 1 else None
        if several is None and head is not None and len(item.children) == 1:
            several = tagged_run(head)  # ``- Topic: [WidgetNet CVPR'21](u), [Gadget ICCV'23](u)``
        if several is None and head is not None and len(item.children) == 1:
            several = works_by_name_link(head)  # ``- \\[[kit](github)\\]\\[[kit2](github)\\]``
        if several is None:
            return False
        # ``- Online: [Title A](…) (AAAI 2020); [Title B](…) (AAAI 2021)``: one per link.
        for work in several:
            self.events.append(
                Unit("item", item.line, item.end_line, [Piece(work, item.line, "item")], [])
            )
        return True

    def _category(self, item: Block, named: Inline) -> None:
        """A category bullet: its text a section (a heading one level per nesting below the
        document's) for the works nested under it, closed after its last line."""
        self.events.append(Heading(item.line, item.line, 10 + item.level, named.text))
        self.categories += 1
        for child in item.children[1:]:
            if child.kind == "list":
                self._list(child)
            else:
                self._skip_block(child)
        self.categories -= 1
        self.events.append(Heading(item.end_line + 1, item.end_line, 10 + item.level, ""))

    def _work_item(self, item: Block, head: Inline | None, subs: list[Block], bare: bool) -> None:
        """An item that is a work; works nested under a title link are their own units."""
        # A reference written authors first, its title link on the next line, too.
        own = head is not None and (
            names_a_title_link(head) or names_over_title(item_pieces(item, 0))
        )
        # Under a paper's title link, a line that is only a repository is the paper's code.
        split = [s for s in subs if strong_work(s) and not detail_item(s)] if own else []
        self._item_unit(item, split, bare)

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


def _titled(head: Inline | None, loose: bool) -> bool:
    """A head that names a work without a link: a title of three words or more in a list that
    reads titles without links (``loose``); a title and a venue (``Title. ICCV.``, ``**Title**
    (CVPR)``); a book (``*Title* by Ann Lee``); a venue and year in front of a title (``KDD 16
    Title``)."""
    if head is None:
        return False
    if loose and title_words(head) >= 3 and title_like(head) and not keywords_line(head):
        return True
    if title_like(head) and venue_titled(head) and not keywords_line(head):
        return True
    return book_titled(head) or (title_like(head) and venue_year_lead(head.text) is not None)


def _repository_item(item: Block) -> bool:
    """An item whose line starts with a repository's address, after tags at most."""
    head = item_head(item)
    return head is not None and repository_head(head) is not None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())
