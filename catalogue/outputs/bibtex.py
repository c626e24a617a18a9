"""BibTeX for papers: one entry per record, keyed by the record key.

Every field's value reaches the file through one function, ``escape_field``, whatever the field:
text is encoded with pylatexenc (accents as ``{\\"o}``, specials as ``{\\&}``) so that classic
``bibtex`` and biber both read it; ``url``, ``doi`` and ``eprint`` stay verbatim but for the few
characters BibTeX or TeX would read, which are percent-encoded. Title words with inner capitals or
digits beside capitals (``FitNets``, ``BERT``, ``V2``) are wrapped in braces so that styles which
lower-case titles keep them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pylatexenc.latexencode import (  # type: ignore[import-untyped]
    RULE_DICT,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)

from ..core.models import KEY_RE, Paper, Venue, VenueKind, strip_controls
from ..core.store import Catalogue

# BibTeX counts every brace, escaped or not, when it balances a field: ``\{`` would unbalance it.
_BRACE_RULES = UnicodeToLatexConversionRule(
    rule_type=RULE_DICT, rule={ord("{"): r"\textbraceleft", ord("}"): r"\textbraceright"}
)


@cache
def _encoder() -> UnicodeToLatexEncoder:
    return UnicodeToLatexEncoder(
        conversion_rules=[_BRACE_RULES, "defaults"],
        # `{\"o}`: a brace group opening with a backslash is one "special character" to BibTeX,
        # which then sorts, purifies and changes case correctly.
        replacement_latex_protection="braces-all",
        # Characters LaTeX has no macro for (CJK, emoji) stay as UTF-8: biber and bibtexu read them.
        unknown_char_policy="keep",
        unknown_char_warning=False,
    )


# ASCII that pylatexenc leaves as it is (checked in the tests): letters, digits and punctuation
# that is neither special to LaTeX (& % # _ $ ~ ^ \\ { }) nor set differently by it (< > ").
_PLAIN = re.compile(r"[A-Za-z0-9 .,;:!?()/+=*@|'\[\]-]*")
_SPACES = re.compile(r"\s+")


def latex(text: object) -> str:
    """Encode text for a BibTeX/LaTeX field: non-ASCII and ``& % # _ $ ~ ^ \\ { }``."""
    value = str(text)
    # Most text: plain, single-spaced, nothing to encode (and pylatexenc is slow).
    if _PLAIN.fullmatch(value) and "  " not in value:
        return value
    value = _SPACES.sub(" ", value)
    if _PLAIN.fullmatch(value):
        return value
    return str(_encoder().unicode_to_latex(unicodedata.normalize("NFC", value)))


_WORD = re.compile(r"[^\W_]+")
# ``_needs_protection`` for plain (ASCII) words: a capital after the first letter, or a capital
# first and a digit after it.
_PLAIN_PROTECT = re.compile(r".+?[A-Z]|[A-Z].*?[0-9]")


def _needs_protection(word: str) -> bool:
    """Capitals a style must not lower-case: inner capitals (FitNets, BERT, 3D) or V2-like."""
    inner = any(c.isupper() for c in word[1:])
    return inner or (word[0].isupper() and any(c.isdigit() for c in word))


def _protect_plain(match: re.Match[str]) -> str:
    word = match.group()
    return f"{{{word}}}" if _PLAIN_PROTECT.match(word) else word


def protect_title(title: str) -> str:
    """The title encoded for BibTeX, with acronyms and inner-capital words in braces."""
    title = unicodedata.normalize("NFC", " ".join(title.split()))
    if _PLAIN.fullmatch(title):
        # Every piece of a plain title is plain too, so ``latex`` would return each as it is:
        # only the braces are left to add (what ``_protect_pieces`` gives, much faster).
        return _WORD.sub(_protect_plain, title)
    return _protect_pieces(title)


def _protect_pieces(title: str) -> str:
    """Each word and each gap between words encoded on its own, words braced where needed."""
    out: list[str] = []
    pos = 0
    for match in _WORD.finditer(title):
        out.append(latex(title[pos : match.start()]) if match.start() > pos else "")
        word = latex(match.group())
        out.append(f"{{{word}}}" if _needs_protection(match.group()) else word)
        pos = match.end()
    out.append(latex(title[pos:]) if pos < len(title) else "")
    return "".join(out)


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_AND = re.compile(r"(?:^|\s)and(?:\s|$)", re.IGNORECASE)
_OTHERS = frozenset({"others", "et al", "et al."})


def _suffix_form(given_family: str, suffix: str) -> str:
    """``Martin Luther King, Jr.`` -> ``King, Jr., Martin Luther`` (BibTeX's three-part form)."""
    words = given_family.split()
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():  # particles such as "van der"
        start -= 1
    return f"{' '.join(words[start:])}, {suffix}, {' '.join(words[:start])}".rstrip(", ")


def bibtex_name(name: str) -> str:
    """One author as BibTeX reads names: ``Given von Family`` or ``von Family, Jr., Given``.

    Lower-case particles (van, de la) are already understood by BibTeX in ``Given Family`` order.
    A name BibTeX would mis-split (the word "and", more than two commas) is braced whole.
    """
    name = " ".join(name.split())
    if name.lower() in _OTHERS:
        return "others"
    if "," not in name:  # most names: ``Given Family``
        return "{" + latex(name) + "}" if _AND.search(name) else latex(name)
    parts = [part.strip() for part in name.split(",")]
    if len(parts) == 2 and parts[1].lower() in _SUFFIXES and " " in parts[0]:
        name = _suffix_form(parts[0], parts[1])
    elif len(parts) > 3 or not all(parts) or _AND.search(name):
        return "{" + latex(name) + "}"
    return latex(name)


# Fields kept as written (identifiers and addresses), and fields that hold a list of names.
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint"})
NAME_FIELDS = frozenset({"author", "editor"})
# In a verbatim field: what BibTeX counts (braces), what TeX reads as a command (backslash), and
# what ends or splits a value (whitespace, controls).
_NOT_VERBATIM = re.compile(r"[{}\\\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def verbatim(value: str) -> str:
    """A URL or identifier as written, with the characters above percent-encoded (a URL stays
    the same address; the record grammar keeps them out of DOIs and arXiv ids altogether)."""
    return _NOT_VERBATIM.sub(_percent, value)


def escape_field(name: str, value: str | Sequence[str]) -> str:
    """The text of a BibTeX field, whatever the field: the one way a value gets into a .bib file.

    ``author``/``editor``: names in BibTeX's name grammar joined by ``and``; ``title``: encoded,
    with case-protecting braces; ``url``, ``doi``, ``eprint``: verbatim (see ``verbatim``); any
    other field: encoded text. Control characters and bidi overrides never pass (the models refuse
    them; this drops them all the same). The result's braces always balance and it holds no
    command but the encoder's own.
    """
    if name in NAME_FIELDS:
        names = [value] if isinstance(value, str) else list(value)
        return " and ".join(bibtex_name(strip_controls(n)) for n in names)
    if not isinstance(value, str):
        raise TypeError(f"BibTeX field {name!r} takes text, not {type(value).__name__}")
    if name in VERBATIM_FIELDS:
        return verbatim(value)
    value = strip_controls(value)
    return protect_title(value) if name == "title" else latex(value)


@dataclass
class Entry:
    """One BibTeX entry: type, key and fields in the order they are written. ``add`` takes the
    raw value and escapes it (``escape_field``): callers never escape, so none can forget to."""

    type: str
    key: str
    fields: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not KEY_RE.match(self.key):  # record keys have this grammar; a citation key must
            raise ValueError(f"not a citation key: {self.key!r}")

    def add(self, name: str, value: str | Sequence[str] | None) -> None:
        if value:
            self.fields.append((name, escape_field(name, value)))

    def text(self) -> str:
        width = max((len(name) for name, _ in self.fields), default=0)
        lines = [f"  {name.ljust(width)} = {{{value}}}" for name, value in self.fields]
        return f"@{self.type}{{{self.key},\n" + ",\n".join(lines) + "\n}\n"


def _kind_and_venue_field(paper: Paper, venue: Venue | None) -> tuple[str, str]:
    """The entry type and the field that names the venue.

    Styles require a year for articles and proceedings papers; without one the entry falls back to
    ``misc`` rather than produce a warning in every bibliography that cites it.
    """
    if paper.kind == "paper" and venue is not None and paper.year is not None:
        if venue.kind in (VenueKind.CONFERENCE, VenueKind.WORKSHOP):
            return "inproceedings", "booktitle"
        if venue.kind is VenueKind.JOURNAL:
            return "article", "journal"
    return "misc", "howpublished"


def _howpublished(paper: Paper, venue: Venue | None) -> str | None:
    arxiv = paper.identifiers.arxiv
    if paper.kind == "talk":
        return f"Talk, {venue.name}" if venue else "Talk"
    if arxiv and (venue is None or venue.kind is VenueKind.PREPRINT):
        # The usual citation of a preprint; plain styles print no eprint field.
        return f"{venue.name if venue else 'arXiv preprint'} arXiv:{arxiv}"
    return venue.name if venue else None


def paper_entry(paper: Paper, catalogue: Catalogue) -> Entry:
    venue = catalogue.venues.get(paper.venue) if paper.venue else None
    kind, venue_field = _kind_and_venue_field(paper, venue)
    entry = Entry(kind, paper.key)
    entry.add("author", paper.authors)
    entry.add("title", paper.title)
    if venue_field == "howpublished":
        entry.add("howpublished", _howpublished(paper, venue))
    elif venue is not None:
        entry.add(venue_field, venue.name)
    entry.add("year", str(paper.year) if paper.year else None)
    if paper.identifiers.arxiv:
        entry.add("eprint", paper.identifiers.arxiv)
        entry.add("archivePrefix", "arXiv")
    entry.add("doi", paper.identifiers.doi)
    entry.add("url", paper.primary_url)
    if not paper.authors:
        # Sorting styles need an author or a key; the title is the natural sort key here.
        entry.add("key", paper.title)
    return entry


def paper_to_bibtex(paper: Paper, catalogue: Catalogue) -> str:
    """One entry as text, ending in a newline."""
    return paper_entry(paper, catalogue).text()
