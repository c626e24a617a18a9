"""Works named in an index: a table whose cells name several works each by a linked name (``|
Long-context QA | [WidgetQA](https://…), [GadgetBench](https://…) |``, a map of where to start,
``_cell_works``) often points to works the list reads again in rows or items of their own. A
name whose address is a link of such an entry elsewhere in the list is a pointer to it, not a
work of its own; a name the list links nowhere else is a work (its own row may be past a cut,
or the index is the only place the list names it)."""

from __future__ import annotations

from ...core.identity import normalise_url
from ._evidence import real_links
from ._units import Event, Skip, Unit

POINTER = "a name in an index pointing to a work the list reads elsewhere"


def _address(url: str) -> str:
    # Compared as the catalogue compares addresses, and in any case (forges' paths ignore it).
    return normalise_url(url).casefold()


def index_pointers(events: list[Event]) -> list[Event]:
    """The events with each index unit whose links all point to an entry read elsewhere (a
    unit outside the index) turned into a skip."""
    index = [e for e in events if isinstance(e, Unit) and e.in_index]
    if not index:
        return events
    elsewhere = {
        _address(link.url)
        for e in events
        if isinstance(e, Unit) and not e.in_index
        for piece in e.pieces
        for link in real_links(piece.inline)
    }
    found: list[Event] = []
    for event in events:
        if isinstance(event, Unit) and event.in_index and _points(event, elsewhere):
            found.append(Skip(event.line, event.end_line, POINTER, True))
        else:
            found.append(event)
    return found


def _points(unit: Unit, elsewhere: set[str]) -> bool:
    """The unit's named work: the links of its name's cell (the one its header calls Name)."""
    at = unit.header.index("Name") if "Name" in unit.header else None
    if at is None or at >= len(unit.pieces):
        return False
    links = real_links(unit.pieces[at].inline)
    return bool(links) and all(_address(x.url) in elsewhere for x in links)
