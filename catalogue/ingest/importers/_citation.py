"""Entries written as citations, the authors first: ``A. Lee, B. Chan, "Title", Venue, 2019``,
``Lee, Ann. "Title." Journal 12 (2019)``, and without quotes ``A. Lee and B. Chan, Title, Venue,
2019`` (the forms written as sentences, ``Ann Lee and Bo Chan. 2020. Title. In Venue.``, are
``_sentence_names``'). The names are recognised by what they are (``_names``), the title by what
names are not."""

from __future__ import annotations

import re

from ._apa import vancouver_names
from ._fields import Context
from ._ids import ids_in_text
from ._meta_text import YEAR_RE
from ._names import Authors, is_name, parse_authors

# The quotes follow a comma, a full stop or a colon after the names.
_CITED_RE = re.compile(r'^\s*(?P<names>[^"“”\[\]()]{2,300}?[,.:])\s*["“](?P<t>[^"“”]{3,}?)\s*["”]')
SEGMENT_RE = re.compile(r"[^,]+")
# What follows ``Surname, Given`` in the MLA form: another name given first, ``and …``, ``et al.``
_MLA_NEXT_RE = re.compile(r"^(?:and\s|et\.?\s*al\b|[A-Z][\w.'-]*\s+[A-Z])")
_REF_NUMBER_RE = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.)\s*")
JOIN_RE = re.compile(r"\s+(?:and|&)\s+")
_ET_AL_RE = re.compile(r"^et\.?\s*al\.?$", re.IGNORECASE)
# Words in lower case that names and author lists have: particles, ``and``, ``et al.``.
_NAME_LOWER = frozenset("van von de der den da di du del la le and et al".split())


def is_dated(segment: str) -> bool:
    """A piece after a title that is its year or its identifier (``2015``, ``arXiv:1512.03385``)."""
    return bool(YEAR_RE.search(segment) or any(t.key for t in ids_in_text(segment)))


def cited(body: str, ctx: Context) -> re.Match[str] | None:
    """The quoted title of a citation whose names come first, when the words before it are names."""
    match = _CITED_RE.match(body)
    if match is None:
        return None
    return match if reads_as_authors(cited_names(match)[0], ctx) else None


def cited_names(match: re.Match[str]) -> tuple[str, str | None]:
    """The names of a ``cited`` match and the year written after them, if any (Chicago's
    author-date form: ``Lee, Ann, and Bo Chan. 2020. "Title." In …``)."""
    names = match.group("names").strip(" ,.:")
    year = YEAR_AFTER_NAMES_RE.search(names)
    if year is None:
        return names, None
    return names[: year.start()].strip(" ,."), YEAR_RE.search(year.group(0)).group(0)


def looks_cited(text: str) -> bool:
    """A paragraph that reads as a citation, names then a quoted title (``**[4]** Doe, Jane, and
    Rob Roe. "Title." Journal 3 (2011)``), whatever its links: a work, as an item would be."""
    match = _CITED_RE.match(_REF_NUMBER_RE.sub("", text, count=1))
    if match is None:
        return False
    found = parse_authors(match.group("names").strip(" ,."))
    return found is not None and bool(found.names)


def citation_authors(text: str, ctx: Context) -> Authors | None:
    """The names of a citation. The MLA form inverts the first name only (``Doe, Jane, Rob Roe,
    and Ann Poe``; ``Roe, Rob, et al.``): put it in order first."""
    # ``Lee A, Chan BK (2020) Title.`` (Springer's journals): surnames, then initials.
    vancouver = vancouver_names(text)
    if vancouver is not None and all(is_name(n, ctx.lexicon) for n in vancouver):
        return Authors(vancouver)
    return parse_authors(mla_order(text, ctx), ctx.lexicon, ctx.surname_first)


def mla_order(text: str, ctx: Context) -> str:
    """``Doe, Jane, Rob Roe, and Ann Poe`` -> ``Jane Doe, Rob Roe, and Ann Poe``: the MLA form's
    first name turned round (the text as it is when it is not that form)."""
    pieces = [p.strip() for p in text.split(",")]
    inverted = (
        len(pieces) >= 2
        and len(pieces[0].split()) == 1
        and 1 <= len(pieces[1].split()) <= 3
        and (len(pieces) == 2 or _MLA_NEXT_RE.match(pieces[2]) is not None)
        and not ctx.surname_first
    )
    if inverted and all(is_name(p, ctx.lexicon) for p in pieces[:2]):
        return ", ".join([f"{pieces[1]} {pieces[0]}", *pieces[2:]])
    return text


def reads_as_authors(text: str, ctx: Context) -> bool:
    found = parse_authors(text.strip(" ,."), ctx.lexicon, ctx.surname_first)
    return found is not None and bool(found.names or found.et_al)


_SURE_NAMES_RE = re.compile(r"\b[A-Z]\.\s.*\s(?:and|&)\s.*\b[A-Z]\.\s|\bet\.? al\b")


# One name with an initial (``A. Lee``, ``Ann B. Lee``, ``and C. Dee``) or with ``et al.``.
_SURE_NAME_RE = re.compile(
    r"(?:(?:and|&)\s+)?(?:[A-Z][\w'’-]*\.?\s+)*(?:[A-Z]\.\s*)+[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?\s+et\.?\s*al\.?"
)


def _known_venue(segment: str, ctx: Context) -> bool:
    """A piece that is a known venue's name as a whole (its year aside)."""
    return ctx.lexicon.resolve(YEAR_RE.sub(" ", segment).strip(" .")) is not None


def _surely_names(text: str) -> bool:
    """Names joined by ``and`` that carry initials (``Ann P. Lee and Bo N. Chan``), or ``et al``:
    no title is written so."""
    return bool(_SURE_NAMES_RE.search(text))


def name_shaped(segment: str, ctx: Context) -> bool:
    """One comma-separated piece of an author list: names joined by ``and``, or ``et al.``."""
    segment = re.sub(r"^(?:and|&)\s+", "", segment.strip(" ."))  # ``…, and Huchuan Lu``
    if _ET_AL_RE.match(segment):
        return True
    segment = re.sub(r"\s+et\.?\s*al$", "", segment)  # ``Ann Lee et al.``
    # Two words at least: a single capitalised word is as often a title's (``Permute, Quantize``).
    return all(is_name(part, ctx.lexicon, False) for part in JOIN_RE.split(segment))


def _title_shaped(segment: str) -> bool:
    """A piece no name looks like: a word in lower case (not a particle), a colon, five words."""
    words = segment.split()
    if len(re.findall(r"[^\W\d_]{3,}", segment)) < 2 or words[0] in ("and", "&", "by"):
        return False  # a garbled name (``P. Li` o``), the last of a list of names, ``by Ann Lee``
    lower = [w for w in words if w[:1].islower() and w.casefold().strip(".") not in _NAME_LOWER]
    long = any(len(part.split()) >= 5 for part in JOIN_RE.split(segment))
    return bool(lower) or ":" in segment or long or segment.rstrip().endswith("?")


def _catchy_head(names: str, title: str) -> bool:
    """``Train Long, Think Short: Curriculum …``, ``No Images, No Problem: …``: two short phrases
    before a subtitle's colon are the title's head, not one author and a title. One author of two
    words without an initial before a title with a colon is rarer than this form of title."""
    return len(names.split()) <= 2 and not _SURE_NAME_RE.fullmatch(names.strip()) and ":" in title


def names_first(text: str, ctx: Context) -> tuple[str, tuple[int, int]] | None:
    """``Names, Title[, Venue], Year``: the names and where the title is in ``text``, when the
    pieces before the first one shaped like a title are all names (so a title that could be a
    name, ``Deep Mutual Learning, Ann Lee``, is never taken for one)."""
    if ctx.title_cell:
        return None  # ``| Reinforce Data, Multiply Impact: … |`` under ``Title``: all title
    segments = [(m.start(), m.end()) for m in SEGMENT_RE.finditer(text) if m.group().strip()]
    # A venue's full name is shaped like a title (``Proceedings of the AAAI Conference on …``)
    # but is none: the pieces before it are the title and names, not names alone.
    at = next(
        (
            i
            for i, (a, b) in enumerate(segments)
            if _title_shaped(text[a:b]) and not _known_venue(text[a:b], ctx)
        ),
        None,
    )
    if at is None:
        # ``A. Lee, B. Chan, Mastering Widget Games, ICML 2020.``, ``Ann Lee et al., Title, …``:
        # names each with an initial or ``et al.``, then the first piece without, then a venue
        # or year: that piece is the title, whatever its capitals.
        sure = 0
        while sure < len(segments) and _SURE_NAME_RE.fullmatch(
            text[slice(*segments[sure])].strip()
        ):
            sure += 1
        dated = sure + 1 < len(segments) and is_dated(text[slice(*segments[sure + 1])])
        at = sure if sure and dated else None
    last = text[slice(*segments[-1])] if segments else ""
    if (
        at is None
        and len(segments) >= 2
        and _surely_names(text[: segments[-2][1]])
        and not (is_dated(last) or _known_venue(last, ctx))  # ``…, and C. Dee, ICML 2020``
    ):
        # ``Dimitri P. Bertsekas and John N. Tsitsiklis, Neuro-Dynamic Programming``: names no
        # title could be (initials, ``and``), then a short title as the last piece.
        at = len(segments) - 1
    if not at or not all(name_shaped(text[a:b], ctx) for a, b in segments[:at]):
        return None
    names = text[: segments[at - 1][1]]
    if not reads_as_authors(names, ctx):
        return None
    if at == 1 and _catchy_head(names, text[slice(*segments[1])]):
        return None
    end = at + 1
    tail = segments[end:]
    # What follows the title: its venue and year, the last pieces; a piece between the title and
    # them goes on the title (``Robots, A Survey, IJRR, 2013``).
    year_at = next((i for i, (a, b) in enumerate(tail) if is_dated(text[a:b])), None)
    if year_at is not None:
        bare_year = not YEAR_RE.sub("", text[tail[year_at][0] : tail[year_at][1]]).strip(" .()")
        end += max(year_at - (1 if bare_year else 0), 0)
    else:
        end = len(segments) if len(segments) - at <= 2 else end
    start = segments[at][0] + len(text[segments[at][0] :]) - len(text[segments[at][0] :].lstrip())
    return names.strip(" ,."), (start, segments[end - 1][1])


_INITIALS_NAME_RE = re.compile(r"[A-Z]\.(?:[ -]?[A-Z]\.)*\s?[A-Z][^\W\d_][\w'’-]*")
YEAR_AFTER_NAMES_RE = re.compile(r"(?<=\S)[.,]?\s+\(?(?:19|20)\d{2}[a-z]?\)?[.,]?$")


def emphasis_after_names(
    text: str, runs: list[tuple[int, int]], offset: int, ctx: Context
) -> tuple[tuple[int, int], str] | None:
    """``Smith et al. **Learning to sort socks.** ICML, 2010``: the first emphasised run of three
    words or more, when only names come before it: (the run, the names)."""
    run = next((r for r in sorted(runs) if r[0] > offset + 1), None)
    if run is None or len(text[run[0] : run[1]].split()) < 3:
        return None
    # ``Title. *Ann Lee, Bo Chan.* ICML 2020.``: a run of names is no title, whatever is before it.
    listed = parse_authors(text[run[0] : run[1]].strip(" ,.;:"), ctx.lexicon, ctx.surname_first)
    if listed is not None and (listed.et_al or len(listed.names) >= 2):
        return None
    names = text[offset : run[0]].strip(' ,:;"“”')
    # ``Ann Lee and Bo Chan. 2020. **Title**`` (ACM), ``Lee, A. (2019). **Title**`` (APA): the year
    # after the names.
    names = YEAR_AFTER_NAMES_RE.sub("", names) or names
    found = parse_authors(names.strip(" ,."), ctx.lexicon, ctx.surname_first)
    # Names as a citation writes them: ``et al.``, two names or more, or one and a full stop, or
    # one with initials (``D. Lee, **Title**``); a title's words can read as one name
    # (``Windows Within Windows *Ann Lee*``).
    initials = _INITIALS_NAME_RE.fullmatch(names.strip(" ,."))
    if found is None or not (
        found.et_al or len(found.names) >= 2 or names.endswith(".") or initials
    ):
        return None
    return run, names.rstrip(".") if not names.endswith("al.") else names


# What may stand between the names and the title link: a full stop or a comma, perhaps spaced
# (``Ann Lee, Bo Chan .[Title](…)``, as scripts that turn BibTeX into GB/T 7714 write it).
_NAMES_THEN_LINK_RE = re.compile(r"^(?P<names>[^\[\]()<>|*_`]{3,300}?)\s*[.,]\s*$")


# An organisation that signs a report: a few capitalised words ending in a word for a team or a
# lab (``Qwen Team``, ``Mistral AI Team``, ``Google Research``), or a name joined to ``-AI``.
_ORGANISATION_RE = re.compile(
    r"(?:[A-Z][\w&.-]*\s+){0,3}(?:Team|Lab|Labs|AI|Research|Group)|[A-Z][\w.]*-AI"
)


def names_before_link(prefix: str, ctx: Context) -> str | None:
    """``Ann Lee, Bo Chan. [Title](…)``, ``Lee A, Chan B, et al. [Title](…)[C]//…``: the names
    when all the words before a title link are an author list set off by a full stop or a comma
    (two names or more, ``et al.``, or one name of two words and more), else None. A single word
    or a phrase no name reads like (``Deep Learning. [Title](…)``) is no author list."""
    match = _NAMES_THEN_LINK_RE.match(prefix.strip())
    if match is None:
        return None
    names = match.group("names").strip()
    if _ORGANISATION_RE.fullmatch(names):
        return names  # ``Qwen Team. [Title](…)``, ``DeepSeek-AI. [Title](…)``: a team's report
    found = parse_authors(names, ctx.lexicon, ctx.surname_first)
    if found is None or not (found.names or found.et_al):
        return None
    one = len(found.names) == 1 and not found.et_al
    if one and (len(names.split()) < 2 or not is_name(names, ctx.lexicon, False)):
        return None
    return names
