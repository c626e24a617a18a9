"""``bibtex``: a BibTeX file as source entries, one per ``@article``, ``@inproceedings``, ….

bibtexparser 2.x splits the file into blocks with their lines and resolves ``@string`` macros; names
are split into their parts there too. Text fields are decoded from LaTeX to Unicode with pylatexenc
(``M{\\"u}ller`` -> ``Müller``, ``{BERT}`` -> ``BERT``), while ``url``, ``doi`` and ``eprint`` stay
verbatim: they are identifiers, not prose. Every line is accounted for: entries, macros, preambles
and ``@comment`` blocks are consumed; broken blocks and stray text are skipped with a reason.
"""

from __future__ import annotations

import logging
import re

from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts
from bibtexparser.middlewares.names import NameParts
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    Entry,
    ImplicitComment,
    ParsingFailedBlock,
)
from pydantic import ValidationError
from pylatexenc.latex2text import LatexNodes2Text  # type: ignore[import-untyped]

from ...core import identity
from ...core.models import MAX_YEAR, MIN_YEAR, Link, LinkKind, SourceEntry
from . import ImportedEntry, Importer, ImportResult, ImportWarning, SkippedLine, register
from ._links import make_link

_LATEX = LatexNodes2Text()
# bibtexparser logs each broken block; here each one becomes a skipped line with its reason.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
_ENTRY_START = re.compile(r"^\s*@\s*[a-zA-Z]+\s*[{(]", re.MULTILINE)
_URL_MACRO = re.compile(r"\\url\{([^}]*)\}")
_ARXIV_JOURNAL = re.compile(r"^arxiv(?:\s+preprint)?(?:\s+arxiv)?\s*:?\s*(\S+)$", re.IGNORECASE)


def decode(value: str) -> str:
    """LaTeX to plain Unicode on one line: accents, escapes, braces and ``~`` resolved."""
    text = _LATEX.latex_to_text(value).replace("\xa0", " ")
    return " ".join(text.split())


def _field(entry: Entry, name: str) -> str | None:
    found = entry.fields_dict.get(name) or entry.fields_dict.get(name.lower())
    if found is None:
        # Field names are case-insensitive in BibTeX (``Title``, ``archivePrefix``).
        found = next((f for f in entry.fields if f.key.lower() == name.lower()), None)
    if found is None or not isinstance(found.value, str | list):
        return None
    value = found.value if isinstance(found.value, str) else " and ".join(map(str, found.value))
    return value.strip() or None


def _authors(entry: Entry) -> list[str]:
    found = next((f for f in entry.fields if f.key.lower() == "author"), None)
    if found is None or not isinstance(found.value, list):
        return []
    names = []
    for parts in found.value:
        if isinstance(parts, NameParts):
            name = decode(parts.merge_first_name_first)
        else:
            name = decode(str(parts))
        if name and name.lower() != "others":
            names.append(name)
    return names


def _year(entry: Entry, line: int, warnings: list[ImportWarning]) -> int | None:
    text = _field(entry, "year")
    if text and text.isdigit() and MIN_YEAR <= int(text) <= MAX_YEAR:
        return int(text)
    if text:
        warnings.append(ImportWarning(line, f"year {text!r} is not a year, left out"))
    return None


def _preprint_id(entry: Entry) -> str | None:
    """The arXiv id of a preprint cited the Google Scholar way (``journal = {arXiv preprint
    arXiv:1503.02531}``) or the DBLP way (``journal = {CoRR}, volume = {abs/1503.02531}``)."""
    journal = _field(entry, "journal") or ""
    if match := _ARXIV_JOURNAL.match(journal):
        return identity.arxiv_id(match.group(1))
    volume = _field(entry, "volume") or ""
    if journal.lower() == "corr" and volume.lower().startswith("abs/"):
        return identity.arxiv_id(volume[4:])
    return None


def _venue(entry: Entry) -> str | None:
    """Where the paper appeared; preprints cited as journals become plain ``arXiv``."""
    if _preprint_id(entry) is not None:
        return "arXiv"
    venue = _field(entry, "booktitle") or _field(entry, "journal")
    return decode(venue) if venue else None


def _links(entry: Entry, line: int, warnings: list[ImportWarning]) -> list[Link]:
    wanted: list[tuple[str, LinkKind | None]] = []
    url = _field(entry, "url")
    if url:
        wanted.append((url, LinkKind.PAPER))
    doi = _field(entry, "doi")
    if doi:
        wanted.append((f"https://doi.org/{doi.removeprefix('https://doi.org/')}", LinkKind.DOI))
    eprint = _field(entry, "eprint")
    prefix = (_field(entry, "archiveprefix") or _field(entry, "eprinttype") or "").lower()
    if eprint and prefix == "arxiv":
        wanted.append((f"https://arxiv.org/abs/{eprint}", LinkKind.ARXIV))
    elif preprint := _preprint_id(entry):
        wanted.append((f"https://arxiv.org/abs/{preprint}", LinkKind.ARXIV))
    howpublished = _field(entry, "howpublished") or ""
    wanted += [(found, None) for found in _URL_MACRO.findall(howpublished)]
    links: list[Link] = []
    for target, role in wanted:
        link = _link(target, role)
        if link is None:
            warnings.append(ImportWarning(line, f"not an http(s) URL, left out: {target!r}"))
        elif link.url not in {known.url for known in links}:
            links.append(link)
    return links


def _link(url: str, role: LinkKind | None) -> Link | None:
    if role in (LinkKind.DOI, LinkKind.ARXIV):
        try:
            return Link(kind=role, url=url)
        except ValidationError:
            return None
    return make_link(url, None, role)


def _entry(entry: Entry, source: str, warnings: list[ImportWarning]) -> SourceEntry | str:
    """The source entry, or why the block cannot be one."""
    line = (entry.start_line or 0) + 1
    title = decode(_field(entry, "title") or "")
    if not title:
        return f"@{entry.entry_type}{{{entry.key}}} has no title"
    end = line + (entry.raw or "").rstrip("\n").count("\n")
    venue = _venue(entry)
    keywords = _field(entry, "keywords") or ""
    return SourceEntry(
        source=source,
        line=line,
        end_line=end if end > line else None,
        title=title,
        authors=_authors(entry),
        venue=venue,
        year=_year(entry, line, warnings),
        links=_links(entry, line, warnings),
        tags=[decode(k) for k in re.split(r"[,;]", keywords) if decode(k)],
    )


def _lines(block: Block) -> range:
    first = (block.start_line or 0) + 1
    return range(first, first + (block.raw or "").rstrip("\n").count("\n") + 1)


def _skip_text(block: Block, result: ImportResult, reason: str) -> None:
    raw_lines = (block.raw or "").split("\n")
    for number, text in zip(_lines(block), raw_lines, strict=False):
        if text.strip():
            result.skipped.append(SkippedLine(number, text, reason))


def _why(error: Exception) -> str:
    text = getattr(error, "abort_reason", None) or str(error) or type(error).__name__
    return " ".join(text.split())


def parse(text: str, source: str) -> ImportResult:
    library = parse_string(text, append_middleware=[SeparateCoAuthors(), SplitNameParts()])
    result = ImportResult()
    for block in library.blocks:
        if isinstance(block, DuplicateBlockKeyBlock):
            first = (block.previous_block.start_line or 0) + 1
            reason = f"citation key {block.key!r} was already used on line {first}"
            _skip_text(block, result, reason)
        elif isinstance(block, ParsingFailedBlock):
            reason = f"not a valid BibTeX block: {_why(block.error)}"
            _skip_text(block, result, reason)
        elif isinstance(block, ImplicitComment):
            comment = (block.raw or "").lstrip().startswith("%")
            _skip_text(block, result, "a comment" if comment else "text outside any BibTeX entry")
        elif isinstance(block, Entry):
            found = _entry(block, source, result.warnings)
            if isinstance(found, str):
                _skip_text(block, result, found)
            else:
                result.entries.append(ImportedEntry("paper", found))
                result.consumed.update(_lines(block))
        else:  # @string, @preamble, @comment: read, and part of no entry
            result.consumed.update(_lines(block))
    # A broken block and the text after it can share a line: report each line once, first reason.
    once = {s.line: s for s in reversed(result.skipped) if s.line not in result.consumed}
    result.skipped = sorted(once.values(), key=lambda s: s.line)
    return result


def sniff(text: str) -> float:
    """BibTeX files start with an entry (after ``%`` comments); lists only quote one here and
    there."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("%"):
            return (
                0.95
                if _ENTRY_START.match(stripped)
                else (0.2 if _ENTRY_START.search(text) else 0.0)
            )
    return 0.0


register(
    Importer(
        name="bibtex",
        description="BibTeX files: one entry per @article, @inproceedings, @misc, …",
        parse=parse,
        sniff=sniff,
    )
)

__all__ = ["decode", "parse", "sniff"]
