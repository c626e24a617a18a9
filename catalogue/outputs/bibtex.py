"""BibTeX for papers: one entry per record, keyed by the record key.

Text fields are encoded with pylatexenc (accents as ``{\\"o}``, specials as ``{\\&}``) so that
classic ``bibtex`` and biber both read them; ``url``, ``doi`` and ``eprint`` stay verbatim. Title
words with inner capitals or digits beside capitals (``FitNets``, ``BERT``, ``V2``) are wrapped in
braces so that styles which lower-case titles keep them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from pylatexenc.latexencode import (  # type: ignore[import-untyped]
    RULE_DICT,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)

from ..core.models import Paper, Venue, VenueKind
from ..core.store import Catalogue
from ..core.tree import file_by_category, papers_under

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


@dataclass
class Entry:
    """One BibTeX entry: type, key and fields in the order they are written."""

    type: str
    key: str
    fields: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, value: str | None) -> None:
        if value:
            self.fields.append((name, value))

    def text(self) -> str:
        width = max((len(name) for name, _ in self.fields), default=0)
        lines = [f"  {name.ljust(width)} = {{{value}}}" for name, value in self.fields]
        return f"@{self.type}{{{self.key},\n" + ",\n".join(lines) + "\n}\n"


def _verbatim_url(url: str) -> str:
    # Braces are the one thing BibTeX cannot take verbatim in a field; percent-encoding keeps
    # the URL equivalent.
    return url.replace("{", "%7B").replace("}", "%7D")


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
    entry.add("author", " and ".join(bibtex_name(a) for a in paper.authors))
    entry.add("title", protect_title(paper.title))
    if venue_field == "howpublished":
        entry.add("howpublished", latex(_howpublished(paper, venue) or ""))
    elif venue is not None:
        entry.add(venue_field, latex(venue.name))
    entry.add("year", str(paper.year) if paper.year else None)
    if paper.identifiers.arxiv:
        entry.add("eprint", paper.identifiers.arxiv)
        entry.add("archivePrefix", "arXiv")
    entry.add("doi", paper.identifiers.doi)
    entry.add("url", _verbatim_url(paper.primary_url) if paper.primary_url else None)
    if not paper.authors:
        # Sorting styles need an author or a key; the title is the natural sort key here.
        entry.add("key", latex(paper.title))
    return entry


def paper_to_bibtex(paper: Paper, catalogue: Catalogue) -> str:
    """One entry as text, ending in a newline."""
    return paper_entry(paper, catalogue).text()


def catalogue_to_bibtex(
    catalogue: Catalogue, category: str | None = None, entries: Mapping[str, str] | None = None
) -> str:
    """Every paper (or those under one category, sub-categories included), ordered by key.

    ``entries`` (key -> entry text) lets a caller that writes many files encode each paper once.
    """
    if category is None:
        papers = [catalogue.papers[k] for k in sorted(catalogue.papers)]
    else:
        papers = papers_under(catalogue.papers, catalogue.categories, category)
    if entries is None:
        return "\n".join(paper_to_bibtex(p, catalogue) for p in papers)
    return "\n".join(entries[p.key] for p in papers)


def bibtex_by_category(
    catalogue: Catalogue, entries: Mapping[str, str] | None = None
) -> dict[str, str]:
    """``catalogue_to_bibtex(catalogue, c, entries)`` for every category ``c`` that has papers,
    by id in sorted order: one pass over the papers instead of one per category."""
    return bibtex_files(catalogue, entries)[1]


def bibtex_files(
    catalogue: Catalogue, entries: Mapping[str, str] | None = None
) -> tuple[str, dict[str, str]]:
    """``catalogue_to_bibtex(catalogue, None, entries)`` and ``bibtex_by_category``: every
    file's text from one ordering of the papers and one pass over them."""
    keys = sorted(catalogue.papers)
    if entries is None:
        entries = {key: paper_to_bibtex(catalogue.papers[key], catalogue) for key in keys}
    texts = [entries[key] for key in keys]
    filed_in = (catalogue.papers[key].categories for key in keys)
    filed = file_by_category(zip(filed_in, texts, strict=True), catalogue.categories)
    by_category = {c: "\n".join(filed[c]) for c in sorted(filed) if filed[c]}
    return "\n".join(texts), by_category
