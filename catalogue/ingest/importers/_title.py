"""What a list writes around a title inside the title's own text, read off it.

In front of a title: ``2017 - PNAS - EWC - Title`` (year, venue and short name, dash separated),
``1510-Title`` (a year-and-month prefix). After it: ``Title (NeurIPS 2019)``, ``Title, CVPR 2018``,
``Title-ICLR2018`` (the venue), ``Title (Kaneko et al.)`` (the authors), ``Title(@MIT)`` (an
affiliation), ``Title(MTransE)`` (the method's short name glued on). Each is recognised only by
what it holds (a year, a venue the lexicon knows, names), so a title's own brackets stay. The marks
around a whole title (quotes, BibTeX braces) are ``_tidy_title``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._meta_text import YEAR_RE, full_years, parse_meta, venue_of
from ._names import Authors, is_name, parse_authors
from ._roles import is_role_label
from ._venues import Lexicon, looks_like_acronym

# ``Title (Front. Neurosci. 2021).``: the full stop that ends the item after the brackets too.
_TRAIL_GROUP_RE = re.compile(
    r"\s*[\[(【（]\s*(?P<inner>[^\[\]()【】（）]{1,60}?)\s*[\])】）]\s*[.。]?\s*$"
)
# ``(OSDI'22)``, ``(preprint'23)``, ``(NeurIPS'22 Workshop WBRC)``: a venue with a two-digit year,
# known to the lexicon or not.
_SHORT_YEAR_RE = re.compile(
    r"^(?P<venue>[^\W\d_][\w.&-]{1,15})['’](?P<yy>\d{2})(?P<more>(?:\s+[\w&-]+){0,3})$"
)
_GLUED_VENUE_RE = re.compile(r"-(?P<venue>[A-Za-z]{2,12})(?P<year>(?:19|20)\d{2})$")
_AUTHOR_TAIL_RE = re.compile(r"\s+\((?P<inner>[^()]{2,80})\)$")
_GLUED_NAME_RE = re.compile(r"(?<=[^\W_])\((?P<inner>[A-Z0-9][^()]{1,29})\)$")
_DASH_SEGMENT_RE = re.compile(r"^\s*(?P<segment>[^\s–—|-][^–—|]*?)\s+(?P<sep>[-–—|])\s+")
_SHORT_NAME_RE = re.compile(r"[A-Z0-9][\w+.]{0,15}")
# ``1510-Deep Compression``: a year and month (YYMM) glued in front of the title.
# A year and month written as one number before a venue (``202003 arXiv``): the year.
_STAMP_RE = re.compile(r"^((?:19|20)\d{2})(?:0[1-9]|1[0-2])(?=\s+[^\W\d_])")
_CITED_RE = re.compile(r"[,;]?\s*\d[\d,]*\+?\s*citations?\b", re.I)
_YYMM_RE = re.compile(r"^\s*(?P<tag>\d{2}(?:0[1-9]|1[0-2]))-(?=[^\W\d_])")
# ``Title(@MIT)``, ``Title (@Tsinghua University etc)``: who wrote it, by the at-sign lists use.
_AFFILIATION_RE = re.compile(r"\s*[(（]\s*@(?P<org>[^()（）]{1,80})[)）]\s*$")
_DASH_TAIL_RE = re.compile(r"\s+[-–—]\s+(?P<x>(?:(?!\s[-–—]\s)[^()\[\]]){2,60})$")
# Words that start a subtitle, never a name (``Title - A Practical Guide``, ``- Part II``).
_SUBTITLE_RE = re.compile(r"^(?:A|An|The|On|Part)\b|\b(?:Part|[IVX]{2,4})\b")


@dataclass
class TitleParts:
    title: str
    venue_text: str | None = None
    alias: str | None = None
    authors: Authors | None = None
    authors_text: str | None = None
    affiliation: str | None = None
    note: str | None = None


def lead_tags(text: str, lexicon: Lexicon) -> tuple[str, list[str]]:
    """Year, venue and short name in front of a title, dash or bar separated (``2017 - PNAS -
    EWC - Title``, ``2019 | Title | Authors``), or a ``YYMM-`` prefix: (the text after them,
    tags). The year and venue make one tag; the chain starts with a year or a venue the lexicon
    knows and keeps one separator (``2017 | AutoLearn — Title``: the dash is the title's)."""
    yymm = _YYMM_RE.match(text)
    if yymm:
        return text[yymm.end() :], [yymm.group("tag")]
    known: list[str] = []
    names: list[str] = []
    rest = text
    separator = None
    while match := _DASH_SEGMENT_RE.match(rest):
        segment = match.group("segment").strip()
        sep = "|" if match.group("sep") == "|" else "-"
        if separator not in (None, sep):
            break
        separator = sep
        if YEAR_RE.fullmatch(segment) or lexicon.resolve(segment):
            known.append(segment)
        elif known and _SHORT_NAME_RE.fullmatch(segment):
            names.append(segment)
        else:
            break
        rest = rest[match.end() :]
    if not known or len(rest.split()) < 2:
        return text, []
    return rest, [" ".join(known), *names]


# ``Title[J]``, ``Title[C]``, ``Title[EB/OL]``: the kind of document a Chinese-standard (GB/T 7714)
# reference writes after the title (journal, conference, book, thesis, report, online…).
_DOC_TYPE_RE = re.compile(r"\s*\[(?:[JCMDRSPNAGZ]|EB|DB|CP)(?:/OL)?\]\s*[.。]?\s*$")
# The same after a title link (``[Title](…)[C]//Proceedings of …``, ``[Title](…) .[J] arXiv
# preprint``): the venue follows the mark.
DOC_TYPE_LEAD_RE = re.compile(
    r"^\s*[.。]?\s*\[(?:[JCMDRSPNAGZ]|EB|DB|CP)(?:/OL)?\]\s*(?://)?\s*[.。]?\s*"
)
# ``Title ( WidgetGAN )``, ``Title (  )``: a short name in brackets padded with spaces, or nothing
# in them, as lists made by a script from a table's name column write it after the title.
_PADDED_NAME_RE = re.compile(r"\s*\((?:\s+(?P<name>[^\s()][^()]{0,30}?)\s+|\s*)\)\s*$")


# ``[Title (paper)](https://arxiv.org/…)``, ``[Opinion on widgets (Tweet)](…)``: what the link
# points at, said in the label after the title (``(video)`` is left: it may be a work's modality),
# or whether its code is out.
_LINK_TYPE_RE = re.compile(
    r"\s+\((?:paper|tweet|thread|slides|pdf|blog post"
    r"|(?:code|paper) (?:and|&) (?:paper|code)"
    # ``(code not available)``, ``(no code)``: whether the work's code is out, no title word.
    r"|(?:code|data) (?:not available|unavailable|coming soon|to be released)|no code)\)\s*$",
    re.IGNORECASE,
)


_MARKS = r"\u2190-\u21ff\u27a1\u27f6\u279c\U0001f300-\U0001faff\ufe0f"
# The look-behind starts a match only where a run of marks and spaces begins (the leftmost match
# always starts there), so a long run costs one pass instead of one per position.
_TRAIL_MARKS_RE = re.compile(rf"(?<![{_MARKS}\s])(?:\s*[{_MARKS}])+\s*[.。]?\s*$")


def split_title(title: str, lexicon: Lexicon) -> TitleParts:
    """The title without the venue, authors, affiliation or short name written at its end."""
    # ``Title [ICML 2021] → [paper](…)``, ``Title (ICLR 2022) 🔥``: an arrow or an emoji after the
    # venue is no word of the title, and hides the venue from the rules below.
    title = _TRAIL_MARKS_RE.sub("", title) or title
    doc_type = _DOC_TYPE_RE.search(title)
    if doc_type and doc_type.start() > 0:
        title = title[: doc_type.start()]
    link_type = _LINK_TYPE_RE.search(title)
    if link_type and len(title[: link_type.start()].split()) >= 2:
        title = title[: link_type.start()]
    padded = _PADDED_NAME_RE.search(title)
    if padded and padded.start() > 0 and len((padded.group("name") or "").split()) <= 3:
        parts = split_title(title[: padded.start()], lexicon)
        parts.alias = parts.alias or padded.group("name")
        return parts
    affiliation = _AFFILIATION_RE.search(title)
    if affiliation and affiliation.start() > 0:
        parts = split_title(title[: affiliation.start()], lexicon)
        parts.affiliation = affiliation.group("org").strip()
        return parts
    if title.rstrip().endswith(")") and title.count(")") > title.count("(") + title.count("（"):
        title = title.rstrip()[:-1]  # ``Title - ACL 2018)``: a bracket that closes nothing
    return _dash_tail(_split(title, lexicon), lexicon)


def _dash_tail(parts: TitleParts, lexicon: Lexicon) -> TitleParts:
    """``Title - NAACL 2018``, ``Title - Ann Lee (2019)``: a venue and year, or a person's name,
    after a spaced dash (a dash of the title's own is followed by neither)."""
    tail = _DASH_TAIL_RE.search(parts.title)
    if tail is None or len(parts.title[: tail.start()].split()) < 3:
        return parts
    said = tail.group("x").strip()
    venue_words = YEAR_RE.sub(" ", said).strip()
    if YEAR_RE.search(said) and (not venue_words or lexicon.resolve(venue_words)):
        if parts.venue_text is None:
            parts.venue_text = said
        parts.title = parts.title[: tail.start()]
    elif 2 <= len(said.split()) <= 4 and is_name(said, lexicon) and not _SUBTITLE_RE.search(said):
        if parts.authors is None:
            parts.authors, parts.authors_text = Authors([said]), said
        parts.title = parts.title[: tail.start()]
    return parts


def _split(title: str, lexicon: Lexicon) -> TitleParts:
    """The title without what its end says in brackets (``(ICML 2020)``, ``[Ann Lee, Bo Chan]``)
    or after a comma, glued to it (``TitleCVPR2020``) or as its short name (``Title (UT)``)."""
    parts = TitleParts(title)
    trail = _TRAIL_GROUP_RE.search(title)
    if trail:
        # ``(ICDE 2020, 20+ citations)``: a count of citations is no venue.
        inner = _CITED_RE.sub("", trail.group("inner")).strip(" ,;") or trail.group("inner")
        inner = _STAMP_RE.sub(r"\1", inner)  # ``(202003 arXiv)``: the year and month, the venue
        said = _bracketed_tail(parts, title[: trail.start()], inner, lexicon)
        if said is not None:
            return said
        if re.search(r",\s*(?:19|20)\d{2}$", title[: trail.start()]):
            # ``Title, TETCI, 2018 (first of its kind)``: a remark after the year.
            parts.note, title = inner, title[: trail.start()]
            parts.title = title
    return _open_tail(parts, title, lexicon)


def _bracketed_tail(
    parts: TitleParts, before: str, inner: str, lexicon: Lexicon
) -> TitleParts | None:
    """The title ``before`` brackets at its end that hold ``inner``, when those say who wrote it,
    where or when; None when they say something else."""
    if is_role_label(inner) and "/" in before.strip():
        parts.title = before  # ``owner/widget (Github)``: a repository and the site it is on
        return parts
    cite = _NAME_YEAR_RE.match(inner)
    if cite is not None:
        # ``Title (Lee et al., 2022)``: who wrote it and when, no venue; surnames alone are
        # too little to record as authors.
        parts.title, parts.venue_text = before, cite.group("year")
        return parts
    meta = parse_meta(inner, lexicon)
    full = len(meta.authors) >= 2 and all(len(a.split()) >= 2 for a in meta.authors)
    if full and meta.venue_text is None and not meta.rest:
        # ``Title [ICML 2020] [Ann Lee, Bo Chan]``: names alone in the last brackets, the
        # venue perhaps in the brackets before them.
        named = _split(before.rstrip(), lexicon)
        named.authors, named.authors_text = Authors(meta.authors), meta.authors_text
        return named
    many = len(meta.authors) >= 2 or meta.et_al
    if meta.authors and meta.venue_text and not meta.rest and many:
        # ``Title (Ann Lee, Bo Chan; ICML 2020)``: who wrote it, then where and when;
        # ``(Lee et al., ICML'20)``: a surname alone is too little to record as an author.
        parts.title, parts.venue_text = before, _year_in_full(meta.venue_text)
        if all(len(a.split()) >= 2 for a in meta.authors):
            parts.authors = Authors(meta.authors, meta.et_al)
            parts.authors_text = meta.authors_text
        return parts
    venue, year = venue_of(inner, lexicon)
    said = YEAR_RE.search(inner) or lexicon.resolve(inner) or (year and venue)
    if said or _SHORT_YEAR_RE.match(inner):
        parts.title, parts.venue_text = before, _year_in_full(inner)
        return parts
    return None


def _open_tail(parts: TitleParts, title: str, lexicon: Lexicon) -> TitleParts:
    """The title without a venue after a comma, a venue glued to it, authors or a short name in
    brackets at its end."""
    match = re.match(r"^(?P<t>.+?),\s*(?P<v>[^,]{2,60})$", title)
    if match and match.group("t").count("(") > match.group("t").count(")"):
        match = None  # a comma inside brackets (``Title (Lee et al., X'20)``) ends no title
    said = full_years(match.group("v"), lexicon) if match else ""  # ``Title, ICLR'19``
    if match and YEAR_RE.search(said):
        venue, _ = venue_of(said, lexicon)
        if venue is not None or not YEAR_RE.sub("", said).strip(" \t,.;:|-–—*_"):
            parts.title, parts.venue_text = match.group("t"), said
            return _by_before_year(parts, lexicon) if venue is None else parts
    glued = _GLUED_VENUE_RE.search(title)
    if glued and lexicon.resolve(glued.group("venue")):
        parts.title = title[: glued.start()]
        parts.venue_text = f"{glued.group('venue')} {glued.group('year')}"
        return parts
    tail = _AUTHOR_TAIL_RE.search(title)
    if tail and re.search(r"\bet al\b|\s(?:and|&)\s", tail.group("inner")):
        found = parse_authors(tail.group("inner"), lexicon)
        if found is not None and found.names and all(len(n.split()) <= 3 for n in found.names):
            parts.title, parts.authors = title[: tail.start()], found
            parts.authors_text = tail.group("inner")
            return parts
    name = _GLUED_NAME_RE.search(title)
    words = title[: name.start()].split() if name else []
    # ``Universal Transformers(UT)``: two words do when the name is their initials.
    initials = name is not None and name.group("inner") == "".join(w[0] for w in words).upper()
    if name and (len(words) >= 3 or initials) and len(name.group("inner").split()) <= 3:
        parts.title, parts.alias = title[: name.start()], name.group("inner")
    return parts


# ``Lee et al., 2022``, ``Lee and Chan 2021``, ``Ann Lee et al., 2020`` (a given name or initial
# before the first surname).
_NAME_YEAR_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*\.?\s+)?[^\W\d_][\w'’-]+"
    r"(?:\s+et\.?\s+al\.?|\s+(?:and|&)\s+[^\W\d_][\w'’-]+),?\s+(?P<year>(?:19|20)\d{2})$"
)


def _year_in_full(inner: str) -> str:
    """``OSDI'22`` -> ``OSDI 2022`` (read then as any acronym beside a year); else as written."""
    short = _SHORT_YEAR_RE.match(inner)
    if short is None:
        return inner
    yy = int(short.group("yy"))
    return f"{short.group('venue')} {1900 + yy if yy >= 50 else 2000 + yy}{short.group('more')}"


_LAST_SEGMENT_RE = re.compile(r"^(?P<t>.+),\s*(?P<x>[^,]{2,40})$")
_ROMAN_RE = re.compile(r"\b(?:Part|[IVX]{2,4})\b")


def _by_before_year(parts: TitleParts, lexicon: Lexicon) -> TitleParts:
    """``Title, Mei Lin, 2019``, ``Title, TASLP, 2020``: the comma segment before a lone year is
    the author (a person's name) or the venue (an acronym), not the end of the title."""
    match = _LAST_SEGMENT_RE.match(parts.title)
    if match is None or len(match.group("t").split()) < 3:
        return parts
    said = match.group("x").strip()
    # ``NeurIPS-ENLSP``: a known venue's workshop, written with a dash.
    host, dash, rest = said.partition("-")
    workshop = bool(dash) and bool(lexicon.resolve(host)) and looks_like_acronym(rest)
    if looks_like_acronym(said) or lexicon.resolve(said) or workshop:
        parts.title, parts.venue_text = match.group("t"), f"{said} {parts.venue_text}"
    elif 2 <= len(said.split()) <= 3 and is_name(said, lexicon) and not _ROMAN_RE.search(said):
        parts.title, parts.authors, parts.authors_text = match.group("t"), Authors([said]), said
    return parts
