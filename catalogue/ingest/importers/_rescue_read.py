"""What a unit the structured reading skipped says of itself (``_rescue_units``): whether it names
a work by its own evidence, and its entry read with a lenient title.

Evidence, strongest first: an identifier, a venue the lexicon knows with its year
(``NIPS 2016``, ``Arxiv 18``), or a reference mark (``[4]``, ``(3)``, ``【4】``) with a link or a
year: a reference, wherever it stands (``STRONG``). Else a name the unit starts with and a link
to the web: a link labelled by a name first (``**[Name](u)** is …``), a bold name first
(``**Name** — … [Code](u)``), or a table row's first cell of words beside a link elsewhere in
the row (``NAMED``). A badge, a person's page, an anchor of the list or a link labelled by a role
alone (``[here](u)``, ``[Web](u)``) names nothing.

What a page says of people and events names no work, whatever venue it mentions (``_not_works``):
a person's linked name with an affiliation after it (``[Ann Lee](u), Acme University, CVPR 2023
area chair``), a line of linked author names with their affiliation marks, a schedule's time of
day in front (``**09:00** Opening``); a venue and year given as the place or role of an event
(``keynote at CVPR 2024``, ``NeurIPS 2022 program chair``, ``[Meetup 2022](u) at ICCV 2022``) is no
evidence, nor a leading link labelled by an event and its year (``[Widget Workshop 2023](u)``).
"""

from __future__ import annotations

import re

from ._document import Inline, InlineLink
from ._entry import read_unit
from ._entry_links import collect_links
from ._evidence import YEAR_RE, has_id, real_links
from ._fields import Context, Fields
from ._meta_text import parse_meta
from ._nonworks import _is_profile
from ._paper_lines import _sentence as _sentence_said
from ._roles import is_code_url, is_role_label
from ._units import Unit
from ._venues import Lexicon

NONE, NAMED, STRONG = 0, 1, 2

# ``[4] ``, ``(3) ``, ``【4】``, ``（4）``, ``12. ``: a reference's number in front of it (three
# digits at most: ``[2024] Added …`` is a changelog's year).
_MARK_RE = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|【\d{1,3}】|（\d{1,3}）|\d{1,3}[.)、])\s*")
# A venue's name and its year, four digits or two (``NIPS 2016``, ``Arxiv 18``, ``KDD'19``).
_VENUE_YEAR_RE = re.compile(
    r"(?<![\w-])([A-Za-z0-9][\w&-]{1,15})\s*['’]?\s*((?:19|20)\d{2}|\d{2})(?!\d)"
)
_WORDS_RE = re.compile(r"[^\W\d_]{2,}")
# A bold lead that points or warns rather than names (``**See also** [Checklist](u)``).
_POINTER_RE = re.compile(
    r"^(?:see(?: also)?|note|notes|nb|tip|tips|warning|caution|important|update[sd]?|more|also"
    r"|other|others|related|example|examples|e\.g\.|i\.e\.|todo|new|deprecated)\b",
    re.I,
)
# Separators between a title and what follows it (``Title, NIPS 2016, [Web](u)``).
_EDGE = " \t,;:|·•–—-([（【"


def evidence(unit: Unit, lexicon: Lexicon) -> int:
    """How surely the unit names a work by itself: STRONG, NAMED or NONE (see the module)."""
    inlines = [p.inline for p in unit.pieces]
    text = " ".join(i.text for i in inlines)
    links = [x for i in inlines for x in _external(i)]
    if any(has_id(i) for i in inlines):
        return STRONG
    if _not_works(inlines[0]):
        return NONE
    # Without a link, the venue and year stand around a title, not a sentence of news
    # (``CVPR 2024: Added eleven accepted widget papers.``).
    if venue_year(text, lexicon) and (links or not _news(text)):
        return STRONG
    worded = len(_WORDS_RE.findall(text)) >= 3
    if _MARK_RE.match(text) and (links or YEAR_RE.search(text)) and worded:
        return STRONG
    if links and _name(unit) is not None:
        return NAMED
    return NONE


def _news(text: str) -> bool:
    """Words around a venue and year that are a sentence (a full stop after words not written
    as a title's: ``CVPR 2024: Added eleven accepted widget papers.``), or too many for a title."""
    lead = _LEAD_RE.match(text)
    rest = text[lead.end() :] if lead else text
    return len(_WORDS_RE.findall(text)) > 40 or _sentence_said(rest)


def venue_year(text: str, lexicon: Lexicon) -> bool:
    """A venue the lexicon knows with its year, not given as an event's place or a role."""
    return any(
        lexicon.resolve(m.group(1)) and not _event_place(text, m.start(), m.end())
        for m in _VENUE_YEAR_RE.finditer(text)
    )


# Words that make a venue and year the place or the role of an event, not a work's venue:
# before it (``keynote at CVPR 2024``, ``Workshop 2023 at CVPR 2023``) or after it
# (``CVPR 2023 area chair``); ``CVPR 2023 Workshop`` after it is a workshop paper's venue.
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:keynote|talk|panel|tutorial|workshop|meetup|summit|symposium|edition|invited|speaker"
    r"|chair|organi[sz]ed|organi[sz]ers?|held|hosted|co-?located)\b[^.;]{0,20}$",
    re.I,
)
_EVENT_AFTER_RE = re.compile(
    r"^\W{0,3}(?:[\w-]+\s+){0,2}(?:chairs?|organi[sz]ers?|organi[sz]ing|speakers?|reviewers?"
    r"|keynotes?|committee|edition|panel(?:ist)?s?)\b",
    re.I,
)


def _event_place(text: str, start: int, end: int) -> bool:
    return bool(_EVENT_BEFORE_RE.search(text[:start]) or _EVENT_AFTER_RE.match(text[end:]))


# A person's name as a link's label (``Ann Lee``, ``J. R. Smith``, ``Anne-Marie de Vries``).
_PERSON_RE = re.compile(
    r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:(?:de|van|von|der|da|di|del|la|le)\s+)?"
    r"(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}$"
)
# An affiliation right after a person's linked name: ``, Acme University``, ``(Example Institute)``.
_AFFILIATION_RE = re.compile(
    r"^\s*(?:,|\(|（|@|-|–|—)\s*[^,()（）]{0,40}\b(?:universit\w*|institut\w*|lab|labs|laborator\w*"
    r"|college|school|academy|research|inc|corp\w*|center|centre|hochschule|universidad)\b"
    r"|^\s*(?:,|\(|（)\s*[^,()（）]{0,20}(?:大学|研究所|研究院|实验室)",
    re.I,
)
# Between the linked names of an author line: separators and affiliation marks only.
_AUTHOR_GAP_RE = re.compile(r"^[\s,;&*†‡§¶#\d]*(?:and|und|et)?[\s,;&*†‡§¶#\d]*$")
# A time of day in front: a schedule's line (``**09:00** Opening``, ``3:15 pm Posters``).
_TIME_RE = re.compile(r"^[\s*_]*\d{1,2}(?:[:：h]\d{2}(?!\d)|(?:[:.]\d{2})?\s*[ap]\.?m\b)", re.I)
# A link labelled by an event and its year (``[Widget Workshop 2023](u)``).
_EVENT_LABEL_RE = re.compile(
    r"\b(?:workshop|meetup|summit|symposium|conference|edition|challenge|school|tutorial)\b"
    r".*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b.*\b(?:workshop|meetup|summit|symposium"
    r"|conference|edition|school|tutorial)\b",
    re.I,
)


def _not_works(inline: Inline) -> bool:
    """The unit speaks of people or of an event, not of a work (see the module)."""
    text = inline.text
    if _TIME_RE.match(text):
        return True
    links = [x for x in inline.links if not x.image_only]
    if not links or text[: links[0].start].strip(" *_[（(\"'"):
        return False
    first = links[0]
    if _EVENT_LABEL_RE.search(first.label):
        return True
    if _PERSON_RE.match(first.label.strip()) and _AFFILIATION_RE.match(text[first.end :]):
        return True
    return len(links) >= 2 and all(
        _PERSON_RE.match(x.label.strip())
        and _AUTHOR_GAP_RE.match(text[x.end : links[i + 1].start if i + 1 < len(links) else None])
        for i, x in enumerate(links)
    )


def _external(inline: Inline) -> list[InlineLink]:
    """Links to another site that could be a work's: no badge, anchor or person's page."""
    return [x for x in real_links(inline) if not _is_profile(x.url) or is_code_url(x.url)]


def _named_label(link: InlineLink) -> bool:
    words = _WORDS_RE.findall(link.label)
    return bool(words) and len(words) <= 12 and not is_role_label(link.label)


def _name(unit: Unit) -> str | None:
    """The name the unit starts with (see the module), or None."""
    if unit.kind == "row":
        cells = [p.inline for p in unit.pieces if _WORDS_RE.search(p.inline.text)]
        return _leading_name(cells[0], row=True) if cells else None
    return _leading_name(unit.head.inline)


def _leading_name(inline: Inline, row: bool = False) -> str | None:
    text = inline.text
    start = _MARK_RE.match(text)
    at = start.end() if start else 0
    at += len(text[at:]) - len(text[at:].lstrip(" *_~\"'“‘"))
    for link in _external(inline):
        if link.start <= at + 1 and _named_label(link):
            return link.label.strip()
    for a, b in inline.strong:
        bold = text[a:b].strip(" *:：-–—")
        if a <= at + 1 and 1 <= len(_WORDS_RE.findall(bold)) <= 8 and not _POINTER_RE.match(bold):
            return bold
    if row:  # a cell of a few words: the row's name (``| Zahnrad | 2024 | [Code](u) |``)
        first = inline.split_lines()[0].text.strip() if text.strip() else ""
        if 1 <= len(_WORDS_RE.findall(first)) <= 8 and not inline.links:
            return first
    return None


def read(unit: Unit, ctx: Context, lenient: bool = True) -> Fields | None:
    """The unit's entry: as the structured reading reads it when that gives a title, else (when
    ``lenient``) with a lenient title (the name it starts with; else the text before its first
    link; else its first sentence) and every link of it with its role."""
    fields = read_unit(unit, ctx)
    if fields is not None and _titled(fields.title):
        _venue_first(fields, ctx.lexicon)
        return fields
    if not lenient:
        return None
    title = _name(unit) or _before_link(unit.head.inline) or _sentence(unit.head.inline.text)
    if not _titled(title):
        return None
    fields = Fields(title=title)
    _venue_first(fields, ctx.lexicon)
    for piece in unit.pieces:
        collect_links(fields, piece, ctx.base)
    text = " ".join(p.inline.text for p in unit.pieces)
    rest = text.replace(title, " ", 1)
    meta = parse_meta(rest, ctx.lexicon)
    fields.venue, fields.year = fields.venue or meta.venue, fields.year or meta.year
    fields.venue_text = meta.venue_text
    primary = fields.links[0].url if fields.links else ""
    fields.kind = "code" if is_code_url(primary) and not (fields.venue or fields.year) else "paper"
    return fields


# ``NIPS 13 Title``, ``[KDD'14] Title``: a venue and its year in front of the title.
_LEAD_RE = re.compile(
    r"^\s*[\[(【]?\s*([A-Za-z0-9][\w&-]{1,15})\s*['’]?\s*((?:19|20)\d{2}|\d{2})(?!\d)\s*[\])】]?"
    r"\s*[:：,\-–—]?\s+"
)


def _venue_first(fields: Fields, lexicon: Lexicon) -> None:
    """A title read with the venue and year in front (``NIPS 13 Translating Embeddings``, by a
    reading that does not know the list writes them so): the venue and year are cut from it."""
    title = fields.title or ""
    lead = _LEAD_RE.match(title)
    venue = lexicon.resolve(lead.group(1)) if lead else None
    if lead is None or venue is None or fields.year is not None:
        return
    rest = title[lead.end() :].strip()
    if len(_WORDS_RE.findall(rest)) < 2:
        return
    year = int(lead.group(2))
    fields.title = rest
    fields.venue = fields.venue or venue
    fields.year = year if year > 99 else year + (1900 if year >= 50 else 2000)


def _titled(title: str | None) -> bool:
    """A title of words, not a role label or a remark in brackets (``(@Lab)``)."""
    return (
        title is not None
        and title.strip()[:1].isalnum()
        and len(_WORDS_RE.findall(title)) >= 1
        and not is_role_label(title)
    )


def _before_link(inline: Inline) -> str | None:
    links = [x for x in inline.links if not x.image_only]
    if not links:
        return None
    text = inline.text[: links[0].start]
    start = _MARK_RE.match(text)
    text = text[start.end() if start else 0 :].strip(_EDGE)
    return text if len(_WORDS_RE.findall(text)) >= 2 else None


def _sentence(text: str) -> str | None:
    start = _MARK_RE.match(text)
    text = text[start.end() if start else 0 :]
    first = re.split(r"(?<=[.!?。])\s", text, maxsplit=1)[0].strip(_EDGE + ".。")
    return first if len(_WORDS_RE.findall(first)) >= 2 and len(first) <= 300 else None
