"""Papers written as plain lines with no link: ``KDD 14 Title   (ABBR)``, ``[KDD'14] Title``,
``Title. KDD 2014.``, each a paragraph of its own under the list's headings, perhaps with its
addresses on the lines below it (often indented so far that Markdown reads them as code).

Outside a list a paragraph is an entry only when it names a work surely (``_paragraphs``): a
line without link or identifier is most often prose, a label or a note. But some lists are
written this way from end to end, and then every such line is a paper. So the document decides:
when most of its one-line paragraphs read as a venue and year around a title, those lines are
its works (and a title-like line among them that writes no venue, the first of a section, is one
too), while the labels (``Survey:``, ``Embedding: Factorization``) and the notes in lower case
between them stay prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._document import Block, Inline
from ._evidence import bare_urls, real_links
from ._meta_text import parse_meta
from ._roles import is_code_url
from ._text import WORD_RE, looks_like_venue
from ._units import Unit
from ._venues import Lexicon, default_lexicon

# ``KDD 14 Title``, ``NIPS 2013 Title``, ``ICDM16 Title``, ``WWW 19: Title``, ``[KDD'14] Title``,
# ``(KDD 2014) Title``: a venue of one or two words, its year (two digits or four), perhaps in
# brackets and with a colon, then the title.
VENUE_YEAR_LEAD_RE = re.compile(
    r"^\s*(?P<open>[\[(【（])?\s*(?P<venue>[A-Za-z][A-Za-z&.-]*(?:\s[A-Za-z][A-Za-z&.-]*)?)"
    r"\s*['’]?\s*(?P<year>(?:19|20)\d{2}|\d{2})(?!\d)\s*(?(open)[\])】）])\s*[:：,]?\s+"
    r"(?P<title>\S.*)$"
)


def venue_year_lead(text: str, guess: bool = False) -> re.Match[str] | None:
    """``KDD 14 Title``: the venue and year in front of a title of two words or more. The venue
    is one the lexicon knows or an acronym (``ICDMW``, ``RecSys``): a capitalised word before a
    number (``Top 10 Papers …``, ``Chapter 12 …``, ``Version 21 of this list …``) is none on a
    line of its own. ``guess``: in a tag of a list that writes its venues so, a capitalised word
    before a two-digit year is one too (``[Electronics'24] Title``)."""
    match = VENUE_YEAR_LEAD_RE.match(text)
    if match is None or len(WORD_RE.findall(match.group("title"))) < 2:
        return None
    if not match.group("title")[0].isalnum():
        return None  # ``KITTI 2015 [official website]``: a name and year before a role link
    venue = match.group("venue")
    known = default_lexicon().resolve(venue) is not None or all(
        looks_like_venue(w) for w in venue.split()
    )
    guessed = (
        len(venue.split()) == 1
        and venue[0].isupper()
        and len(match.group("year")) == 2
        and venue.lower() not in _COUNTING_WORDS
    )
    return match if known or (guess and guessed) else None


# Words that number what follows them (``Top 10 Papers …``, ``Chapter 12 Introduction …``,
# ``Lecture 03 Graphs``): never the venue a list files a paper under, however often they recur.
_COUNTING_WORDS = frozenset(
    "top chapter section step version part table figure fig week day lecture lesson episode"
    " volume vol no issue page appendix unit module level round phase stage exercise problem"
    " question item session track release rank number class grade".split()
)


# ``TKDE 2021: Title``, ``ACM MM 2023: Title``: the venue and year the list files the work under,
# then a colon (the title's own colon comes after a name: ``BOND: Benchmarking …``).
_LEAD_VENUE_YEAR_RE = re.compile(
    r"^\s*(?P<venue>[A-Za-z][\w&.-]*(?: [A-Za-z][\w&.-]*){0,2})\s*['’]?\s*"
    r"(?P<year>(?:19|20)\d{2})\s*[:：]\s*(?=\S)"
)


def venue_year_colon(text: str, lexicon: Lexicon) -> re.Match[str] | None:
    """``TKDE 2021: `` in front of a title, when the words before the year name a venue (the
    lexicon knows them, or they are an acronym: ``PR 2024: ``)."""
    match = _LEAD_VENUE_YEAR_RE.match(text)
    if match is None or len(text[match.end() :].split()) < 2:
        return None
    venue = match.group("venue")
    known = lexicon.resolve(venue) or all(looks_like_venue(w) for w in venue.split())
    return match if known else None


def venue_year_tag(
    text: str, lexicon: Lexicon, venue_years: bool, spaced: bool
) -> tuple[str, int] | None:
    """``KDD 14 Title``: the venue and year in front of a title as a tag with the year in full
    (``KDD 2014``), and where the title starts; in a list that writes its papers so
    (``venue_years``) whatever the venue, else only one the lexicon knows before a capitalised
    title written outside a title link (``spaced``; ``NeurIPS 2023 accepted papers`` names none)."""
    match = venue_year_lead(text, guess=True)
    if match is None:
        return None
    venue, title = match.group("venue"), match.group("title")
    if not venue_years and not (spaced and lexicon.resolve(venue) and title[0].isupper()):
        return None
    year = int(match.group("year"))
    year = year if year > 99 else year + (1900 if year >= 50 else 2000)
    return f"{venue} {year}", match.start("title")


def _venue_year_tail(text: str) -> bool:
    """``Title. KDD 2014.``, ``Title (KDD 2014)``: a title of three words or more, then a venue
    the lexicon knows and its year, and nothing more."""
    meta = parse_meta(text, default_lexicon())
    rest = meta.rest or ""
    return (
        meta.venue is not None
        and meta.year is not None
        and not meta.authors
        and len(WORD_RE.findall(rest)) >= 3
    )


def _one_line(block: Block) -> Inline | None:
    """The text of a paragraph of one line without a link or address, or None."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or block.line != block.end_line:
        return None
    if real_links(inline) or bare_urls(inline):
        return None
    return inline


def _paper_text(text: str) -> bool:
    """A line that is one paper's: its venue and year around a title; not a sentence after them
    (``CVPR 2024: Added eleven accepted widget papers.``, a line of news)."""
    if len(WORD_RE.findall(text)) > 40:
        return False
    lead = venue_year_lead(text)
    return (lead is not None and not _sentence(lead.group("title"))) or _venue_year_tail(text)


def _sentence(text: str) -> bool:
    """Words that end in a full stop and are not written as a title's."""
    text = text.strip()
    return text.endswith(".") and not _title_like(text[:-1])


def paper_line(block: Block) -> bool:
    """A paragraph that is one paper's line: its venue and year around a title, no link."""
    inline = _one_line(block)
    return inline is not None and _paper_text(inline.text)


def paper_lines_of(block: Block) -> list[Inline] | None:
    """``KDD 14 Title A`` then ``WWW 15 Title B`` with no blank line between them (one paragraph
    of several lines, no link): its lines, when each is a paper's; else None."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or block.line == block.end_line:
        return None
    if real_links(inline) or bare_urls(inline):
        return None
    lines = [x for x in inline.split_lines() if x.text.strip()]
    return lines if lines and all(_paper_text(x.text) for x in lines) else None


def paper_paragraphs(blocks: list[Block]) -> bool:
    """Whether the list writes its papers as lines of their own without links: five such lines
    or more (a paragraph each, or several to a paragraph), and most of its paragraphs of one
    line without a link."""
    lines = [b for b in blocks if _one_line(b) is not None]
    papers = sum(1 for b in lines if paper_line(b))
    several = [found for b in blocks if (found := paper_lines_of(b)) is not None]
    papers += sum(len(found) for found in several)
    return papers >= 5 and papers >= 0.5 * (len(lines) + sum(len(x) for x in several))


def _title_like(text: str) -> bool:
    """``Network Widget Learning: A Survey``: three words or more, most of the longer ones
    capitalised as titles are written, no label's colon at the end."""
    text = text.strip()
    if text.endswith((":", "：")):
        return False
    words = WORD_RE.findall(text)
    if not 3 <= len(words) <= 25:
        return False
    longer = [w for w in words[1:] if len(w) >= 4]
    return words[0][0].isupper() and sum(w[0].isupper() for w in longer) > 0.5 * len(longer)


def untagged_paper(blocks: list[Block], at: int) -> bool:
    """A title-like line with no venue right above a paper line (the notes set as code between
    them aside), in a list that writes its papers as lines: a paper that left its venue out."""
    inline = _one_line(blocks[at])
    if inline is None or not _title_like(inline.text) or _counted(inline.text):
        return False
    for block in blocks[at + 1 :]:
        if block.kind == "code":
            continue
        return paper_line(block)
    return False


def _counted(text: str) -> bool:
    """``Top 10 Papers …``, ``Chapter 12 Introduction …``: a line led by a word that numbers what
    follows, a heading of the list's own prose rather than a paper's title."""
    match = re.match(r"\s*([A-Za-z]+)\.?\s*\d+\b", text)
    return match is not None and match.group(1).lower() in _COUNTING_WORDS


def addresses_only(block: Block) -> bool:
    """A paragraph of addresses and nothing else (``   https://github.com/…``): where the paper
    on the line above it is."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None:
        return False
    text = inline.text
    spans = [(x.start, x.end) for x in inline.links] + [(s, e) for _, s, e in bare_urls(inline)]
    if not spans:
        return False
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return not text.strip(" \t\n,;|·")


def venue_years_first(units: Iterable[Unit]) -> bool:
    """Whether most of the list's items, paragraphs or blocks start with a venue and its year
    (``KDD 14 Title``, ``NIPS 2013 Title``): then that venue and year are no title words."""
    units = [u for u in units if u.kind in ("item", "para", "block")]
    written = sum(1 for u in units if venue_year_lead(u.head.inline.text) is not None)
    return written >= 3 and written >= 0.5 * len(units)


# ``Title   (TransE)``, ``Title （LINE）``, ``Title.  (CFKG)``: the method's short name in brackets
# at the end of the line; ``Title     GraphSAGE``: the name alone, set apart by three spaces.
# The look-behind starts a match only where a run of spaces begins (the leftmost match always
# starts there), so a long run of spaces costs one pass instead of one per position.
_TRAIL_NAME_RE = re.compile(
    r"(?<!\s)(?:\s*[(（](?P<bracketed>[^\W_][^\s()（）]{0,24})[)）]|\s{3,}(?P<bare>[^\W\d_][\w.+-]{1,24}))"
    r"\s*$"
)


def trailing_name(line: str, title: str, note: str | None) -> tuple[str, str | None, str | None]:
    """In a list that writes ``KDD 14 Title   (ABBR)``, the short name after the title is the
    work's alias, no title word or note: (title, note, alias) with the name taken out."""
    match = _TRAIL_NAME_RE.search(line.rstrip())
    if match is None or re.fullmatch(r"(?:19|20)\d{2}", match.group(0).strip(" (（)）")):
        return title, note, None
    name = match.group("bracketed") or match.group("bare")
    found = re.search(rf"\s*(?:[(（]{re.escape(name)}[)）]|{re.escape(name)})\s*$", title)
    if found is not None and found.start() > 0:
        return title[: found.start()].rstrip(" ."), note, name
    if note is not None and note.strip(" .()（）") == name:
        return title, None, name
    return title, note, None


def paper_lines_text(text: str) -> bool:
    """Whether a list with neither links nor Markdown lists writes papers as lines of their own
    (``KDD 14 Title``, ``Title. KDD 2014.``): five of its lines or more, and half of the lines
    that are no heading, read so. The generic reader can read such a list (``generic.sniff``)."""
    lines = [x.strip() for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#")]
    papers = sum(
        1 for x in lines if len(x) < 400 and (venue_year_lead(x) is not None or _venue_year_tail(x))
    )
    return papers >= 5 and papers >= 0.5 * len(lines)


# ``Ali Euler: ``, ``Tensorflow and Sonnet ``: a name of one to four capitalised words (joining
# words aside), perhaps a colon, before the addresses.
_NAME_BEFORE_RE = re.compile(
    r"^\s*(?P<name>[A-Z][\w.+'’-]*(?:\s+(?:[A-Z0-9][\w.+'’-]*|and|of|for|&)){0,3})\s*[:：]?\s*$"
)


def named_address(block: Block) -> str | None:
    """``Ali Euler: https://github.com/…`` (``AliGraph: https://github.com/… https://arxiv.org/…``):
    a paragraph of one line that is a name and then only addresses, the first a repository: a
    tool or a library named with where it is. Its name, or None."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or block.line != block.end_line:
        return None
    if any(x.label.strip() != x.url.strip() for x in inline.links):
        return None  # a link named in words is a link of its own kind
    urls = sorted(
        [(x.start, x.end, x.url) for x in inline.links]
        + [(s, e, u) for u, s, e in bare_urls(inline)]
    )
    if not urls or not is_code_url(urls[0][2]):
        return None
    text = inline.text
    name = _NAME_BEFORE_RE.match(text[: urls[0][0]])
    ends = [end for _, end, _ in urls]
    starts = [start for start, _, _ in urls[1:]] + [len(text)]
    rest = "".join(text[a:b] for a, b in zip(ends, starts, strict=True))
    return name.group("name") if name is not None and not rest.strip(" \t,;|·") else None
