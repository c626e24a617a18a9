"""Tags in front of a title that ``_front.strip_lead`` reads one at a time: a year the list sorts
by (``2014 - Title``, ``1935\\. Ann Lee. …``), a venue and its year (``KDD 14 Title``,
``ICML 2019: Title``), a bracketed tag (``[KDD 2022]``, ``(survey)``). Each returns the text after
the tag and adds the tag to the caller's list, or returns None."""

from __future__ import annotations

import re

from ._meta_text import YEAR_RE
from ._paper_lines import venue_year_colon, venue_year_tag
from ._text import looks_like_venue
from ._venues import Lexicon

# Tags lists put in front of a title: ``[KDD 2022]``, ``(survey)``, ``【CVPR 2020】``, a date;
# a running number, perhaps with a dot after its bracket (``[[12]. Title.](…)``).
_LEAD_GROUP_RE = re.compile(
    r"^\s*(?:[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{0,60}?)\s*[\])】）])(?:(?<=\d\])\.)?"
    r"\s*[:：-]?\s*"
)


# ``2013-NIPS - Title``, ``2014 - Title``: the year (and venue) the list sorts by, then a dash.
_LEAD_YEAR_DASH_RE = re.compile(
    r"^\s*(?P<year>(?:19|20)\d{2})(?:-(?P<venue>[A-Za-z][\w&-]{0,24}))?\s+[-–—]\s+(?=\S)"
)


# ``1935\\. Ann Lee. [Title](…)``: the year the list sorts by, then a full stop (escaped in
# Markdown, so that the line is no numbered item), then the entry as a reference writes it.
_LEAD_YEAR_DOT_RE = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\.\s+(?=\S)")


def year_lead(text: str, lexicon: Lexicon, tags: list[str]) -> str | None:
    """A year (perhaps with a venue) in front, dashed or dotted: the text after it (its tags
    added to ``tags``), or None."""
    dashed = _LEAD_YEAR_DASH_RE.match(text)
    # ``2017 - PNAS - EWC - Title``: dashed segments, read further on as such.
    if dashed is not None and not re.match(r"\S{1,12}\s+[-–—]\s", text[dashed.end() :]):
        venue, year = (dashed.group("venue") or "").replace("_", " "), dashed.group("year")
        # ``2014-Survey``: a word that names no venue is a tag of its own.
        known = venue and (looks_like_venue(venue.split()[0]) or lexicon.resolve(venue))
        tags += [f"{venue} {year}"] if known else [year, venue] if venue else [year]
        return text[dashed.end() :]
    dotted = _LEAD_YEAR_DOT_RE.match(text)
    if dotted is not None and len(text[dotted.end() :].split()) >= 2:
        tags.append(dotted.group("year"))
        return text[dotted.end() :]
    return None


def venue_lead(
    text: str, lexicon: Lexicon, tags: list[str], venue_years: bool, spaced: bool
) -> str | None:
    """A venue and its year in front, spaced (``KDD 14 Title``) or with a colon: the text after
    it (its tag added to ``tags``), or None."""
    spaced_lead = None if tags else venue_year_tag(text, lexicon, venue_years, spaced)
    if spaced_lead is not None:  # ``KDD 14 Title``
        tags.append(spaced_lead[0])
        return text[spaced_lead[1] :]
    lead = venue_year_colon(text, lexicon)
    if lead is not None:
        tags.append(f"{lead.group('venue')} {lead.group('year')}")
        return text[lead.end() :]
    return None


def group_lead(text: str, tags: list[str], grouped: bool) -> str | None:
    """A bracketed tag in front (``[ICML'23] Title``, ``(Trends in Cognitive Science 20)``): the
    text after it (the tag added to ``tags``), or None."""
    match = _LEAD_GROUP_RE.match(text)
    if match is None:
        return None
    # A long bracketed text with no year is the title itself (``[A Survey on …], Authors``).
    inner = match.group("inner")
    tag = (
        len(inner.split()) <= 4
        or YEAR_RE.search(inner)
        # ``(Trends in Cognitive Science 20)``: a venue with a two-digit year.
        or (len(inner.split()) <= 6 and re.search(r"(?:\s['’]?|['’])\d{2}$", inner))
        # In a list that writes its venues so (``[ICML'23] Title``), a longer group without
        # a year is one too (``[Foundations and Trends in IR] Title``).
        or (grouped and len(inner.split()) <= 8)
    )
    if not (tag and len(text) > match.end() + 3):
        return None
    if inner.strip().casefold() not in ("", "x"):
        tags.append(inner)  # ``[ ]``, ``[x]``: a task list's box, no tag
    # (``[]``: a tag the list left empty, ``- [x] [ICLR2019] [] Title``, none either)
    return text[match.end() :]
