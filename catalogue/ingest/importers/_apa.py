"""References written in APA style, the authors and year first:
``Barker, T., Quill, R. A., & Ode, S. (2015). Title of the work. Venue.`` (or Harvard's ``…, 2015.
Title.``), in the styles with the
names first and the year last (Vancouver, as medical journals and PubMed write them: ``Barker T,
Quill RA. Title. Venue. 2015;3:1-9.``; Springer LNCS: ``Barker, T., Quill, R.A.: Title. In: Venue
(2015)``), and whether a line outside a list reads as a reference at all (APA, or numbered IEEE
style ``[1] A. Lee and B. Chan, "Title," in Proc. CVPR, 2019.``).

The names are ``Family, I.`` pairs joined by commas and ``&``; the year (``2015``, ``2015a``,
``2015, June``) stands in brackets after them; the title is the sentence after the year; what
follows is the venue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._venues import default_lexicon

_APA_RE = re.compile(
    r"^\s*(?P<names>[^()]{2,400}?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?(?:,[^()]{0,30})?\)\.?\s+"
    r"(?P<t>[^.?!]{3,}?[?!]?)(?=\.\s|\.?$|(?<=[?!])\s)"
)
# Harvard style, the year after the names without brackets: ``Barker, T. and Ode, S., 2015.
# Title. *Venue*``, ``…, 2000, May. Title.``.
_HARVARD_RE = re.compile(
    r"^\s*(?P<names>[^()]{2,400}?),\s*(?P<year>(?:19|20)\d{2})[a-z]?(?:,\s*[A-Z][a-z]+)?\.\s+"
    r"(?P<t>[^.?!]{3,}?[?!]?)(?=\.\s|\.?$|(?<=[?!])\s)"
)
_LABEL_RE = re.compile(r"^\s*[^.,]{2,60}\.\s+(?=\S)")
_NAME_RE = re.compile(
    r"(?P<family>[^\W\d_][\w'’ -]*?),\s*(?P<given>(?:[A-Z]\.?\s?(?:-\s?[A-Z]\.?\s?)?)+)(?=,|$)"
)
# One to three capitalised words and a full stop, no comma: an organisation, not people.
_TEAM_RE = re.compile(r"\s*(?P<team>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})\.\s*")
_JOINS_RE = re.compile(r",?\s*(?:&|\band\b)\s*")
_SEPARATOR_RE = re.compile(r"^[\s,]*$")


@dataclass(frozen=True)
class Reference:
    names: list[str]  # in ``Given Family`` order
    names_text: str
    year: str | None
    title_start: int
    title_end: int
    after: int | None = None  # where the words after the title start, when not at its end


def apa_names(text: str) -> list[str] | None:
    """``Barker, T., Quill, R. A., & Ode, S.`` as names (``T. Barker``…), or None when the text
    is not wholly such pairs."""
    body = _JOINS_RE.sub(", ", text.strip())
    body = re.sub(r",?\s*(?:et al\.?|\.\.\.|…)\s*$", "", body)
    names: list[str] = []
    at = 0
    for match in _NAME_RE.finditer(body):
        if not _SEPARATOR_RE.match(body[at : match.start()]):
            return None
        given = re.sub(r"\b([A-Z])\b(?!\.)", r"\1.", match.group("given").strip())
        names.append(f"{given} {match.group('family').strip()}")
        at = match.end()
    return names if names and not body[at:].strip(" ,.") else None


def apa_reference(text: str) -> Reference | None:
    match = _APA_RE.match(text) or _HARVARD_RE.match(text)
    if match is None:
        return None
    names = apa_names(match.group("names")) or vancouver_names(match.group("names"))
    # ``OpenWidget. (2023). *Title.*``: an organisation that signs the report is its author.
    team = _TEAM_RE.fullmatch(match.group("names")) if _APA_RE.match(text) else None
    if team is not None and _venue_phrase(match.group("t")):
        team = None  # ``Deep Gadget Learning. (2019). In ICML.``: a title, then its venue
    names = names or ([team.group("team")] if team is not None else None)
    if names is None:
        return None
    start, end = match.start("t"), match.end("t")
    # ``Lee, A. and Chan, B. (2020) 'Title', Journal, 3(2), pp. 1-10.`` (Harvard as Cite Them Right
    # writes it): the title is quoted, whatever full stops the rest has.
    quoted = _QUOTED_TITLE_RE.match(text, start)
    after = None
    if quoted is not None:
        start, end, after = quoted.start("q"), quoted.end("q"), quoted.end()
    if len(text[start:end].split()) < 2:
        return None
    return Reference(names, match.group("names").strip(), match.group("year"), start, end, after)


def _venue_phrase(text: str) -> bool:
    """``In ICML``, ``Proceedings of …``, ``arXiv``, ``NeurIPS``: the sentence after the year
    names where the work appeared, so the words before the year were its title, not a signer."""
    text = text.strip()
    if re.match(r"(?i)(?:in|proc\.?|proceedings|arxiv)\b", text):
        return True
    return default_lexicon().resolve(text) is not None


_QUOTED_TITLE_RE = re.compile(r"['‘\"“](?P<q>[^'‘’\"“”]{3,}?)[,.]?['’\"”]")


# The title: a sentence of two words or more (a question or exclamation ends it too).
_TITLE = r"\s+(?P<t>[^.?!]{3,}?[?!]?)(?=\.\s|\.?$|(?<=[?!])\s)"
# ``Barker T, Quill RA, Ode S, et al.``: surnames, each with its initials run together; two names
# at least, or one and ``et al`` (``Ann B. Title`` is a given name and an initial).
_VANCOUVER_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s[A-Z]{1,3}"
_VANCOUVER_RE = re.compile(
    rf"^\s*(?P<names>{_VANCOUVER_NAME}(?:(?:,\s{_VANCOUVER_NAME})+(?:,?\s+et al)?|,?\s+et al))"
    rf"\.{_TITLE}"
)
_LNCS_RE = re.compile(r"^\s*(?P<names>[^:]{2,300}?):" + _TITLE)
# One name alone, where the reference ends as Vancouver's do: ``Lee A. Title. Journal.
# 2021;3:1-9.``, ``…. 2016 Jun:770-8.`` (its year, then the volume or the pages after ``;``/``:``).
_ONE_VANCOUVER_RE = re.compile(rf"^\s*(?P<names>{_VANCOUVER_NAME})\.{_TITLE}")
VANCOUVER_DATE_RE = re.compile(
    r"\.\s+(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;:]\s*\d"
)


def names_last_reference(text: str) -> Reference | None:
    """A Vancouver or LNCS reference: names, then the title (the venue and year after it)."""
    vancouver = _VANCOUVER_RE.match(text)
    if vancouver is None and VANCOUVER_DATE_RE.search(text):
        vancouver = _ONE_VANCOUVER_RE.match(text)
    if vancouver is not None:
        names = [_initials_first(n) for n in re.split(r",\s", vancouver.group("names"))]
        names = [n for n in names if n]
        match = vancouver
    else:
        match = _LNCS_RE.match(text)
        found = apa_names(match.group("names")) if match is not None else None
        if match is None or found is None:
            return None
        names = found
    if len(match.group("t").split()) < 2:
        return None
    return Reference(
        names,
        match.group("names").strip(),
        None,  # the year comes last, with the venue: the caller reads it from the rest
        match.start("t"),
        match.end("t"),
    )


_VANCOUVER_LIST_RE = re.compile(rf"{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})*(?:,?\s+et al)?")


def vancouver_names(text: str) -> list[str] | None:
    """``Lee A, Chan BK`` (names as Vancouver and Springer's journals write them) as ``A. Lee``,
    ``B. K. Chan``; None when the text is not wholly such names."""
    if not _VANCOUVER_LIST_RE.fullmatch(text.strip(" ,.")):
        return None
    pieces = re.split(r",\s", text.strip(" ,."))
    # ``Dunnhofer IEEE RAL``: an acronym is no surname, and ``RAL`` no initials then.
    if any(re.fullmatch(r"[A-Z]{2,}", w) for p in pieces for w in p.split()[:-1]):
        return None
    names = [_initials_first(n) for n in pieces]
    return [n for n in names if n] or None


def _initials_first(name: str) -> str | None:
    """``Quill RA`` -> ``R. A. Quill``; None for ``et al``."""
    family, _, initials = name.strip().rpartition(" ")
    if not family or initials == "al":
        return None
    return " ".join(f"{i}." for i in initials) + f" {family}"


# ``[1] A. Lee, B. Chan, and C. Day, "Title," in Venue, 2019``: names, a quoted title, a year.
_IEEE_RE = re.compile(
    r'^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])?\s*(?P<names>[^"“”\[\]()]{2,300}?),\s*["“]'
    r'(?P<t>[^"“”]{3,}?)[,.]?["”].*?\b(?:19|20)\d{2}\b'
)


def labelled_reference(text: str, end: int) -> int | None:
    """``**LOF**. Breunig, M.M. and Ng, R.T., 2000. Title.``: where the reference starts after a
    label that ends at ``end`` and a full stop; None when no reference follows."""
    gap = re.match(r"\s*\.\s+", text[end:])
    if gap is None or apa_reference(text[end + gap.end() :]) is None:
        return None
    return end + gap.end()


def reads_as_reference(text: str) -> bool:
    """A paragraph written as a reference (APA, or IEEE with a quoted title and a year): a work,
    as surely as one with an identifier."""
    if apa_reference(re.sub(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*", "", text)) is not None:
        return True
    # ``Isolation Forest. Liu, F.T. and Zhou, Z.H., 2008. Title.``: a method's name first.
    if apa_reference(_LABEL_RE.sub("", text, count=1)) is not None:
        return True
    match = _IEEE_RE.match(text)
    return match is not None and apa_names(match.group("names")) is None and _names(match)


def _names(match: re.Match[str]) -> bool:
    """The words before the quoted title are initials and surnames joined by commas and ``and``."""
    pieces = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names")) if p]
    return bool(pieces) and all(re.fullmatch(r"(?:[A-Z][\w.'’-]*\s?){1,4}", p) for p in pieces)
