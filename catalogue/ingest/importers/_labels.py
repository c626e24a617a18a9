"""Short names a list writes in front of a title: ``NASNet: [Title](…)``, ``FedAvg:`` on a line
of its own, ``<u>RMSNorm</u>: **"Title"**``, ``**AutoRT**: "Title"``, ``***FooDiff:*** Title``.
The name is the work's alias; the title starts after it (see ``_head``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._document import Inline, InlineLink
from ._evidence import YEAR_RE, detail_key
from ._meta_text import parse_meta
from ._names import parse_authors
from ._roles import is_role_label
from ._venues import Lexicon

# A name of up to three words (``Parallel Tacotron 2``, ``A* 3D``, ``Part-A^2``), perhaps a
# mark the list gives some entries (``Tacotron V1★``, from ``<sup>★</sup>``) and a remark in
# brackets (``Glow-TTS (flow based)``), then a colon.
_LABEL = (
    r"\s*(?P<name>[^\W_][\w+.*^-]{0,23}(?: +[\w+.*^-]{1,24}){0,2})\s*[^\w\s:：,;()\[\]\"'“”]{0,3}"
    r"\s*(?:\([^()\[\]:：]{1,40}\))?\s*[:：]\s*"
)
_LABEL_RE = re.compile(f"^{_LABEL}$")
_LABEL_START_RE = re.compile(_LABEL)


# ``FooGAN - [Title](url)``: the name, then a spaced dash before the title link.
_DASH_LABEL_RE = re.compile(
    r"^\s*(?P<name>[^\W_][\w+.^-]{0,23}(?: +[\w+.^-]{1,24}){0,2})\s+[-–—]\s*$"
)


def dash_label_of(prefix: str) -> str | None:
    """A work's short name and a spaced dash in front of its title link (``FooGAN - [Title](url)``,
    as lists made from a table of names and titles write it)."""
    match = _DASH_LABEL_RE.match(prefix)
    if match is None or is_role_label(match.group("name")):
        return None
    return " ".join(match.group("name").split())


def label_of(prefix: str) -> str | None:
    """A method's short name in front of a title link (``NASNet: [Title](url)``), or on a line
    of its own above it (``FedAvg:``)."""
    match = _LABEL_RE.match(prefix)
    if match is None or detail_key(prefix) is not None or is_role_label(match.group("name")):
        return None
    return " ".join(match.group("name").split())  # ``Self-Training  wav2vec 2.0:``, typed twice


def named_emphasis(inline: Inline, offset: int) -> tuple[int, str] | None:
    """``<u>RMSNorm</u>: **"Title"**``: a short name and a colon before a title of three words or
    more set in bold or quotes (not italics: ``Dropout: *Ann Lee et al.*`` names the authors).
    (Where the title starts, the name.)"""
    match = _LABEL_START_RE.match(inline.text, offset)
    if match is None or detail_key(inline.text[offset:]) is not None:
        return None
    at = match.end()
    spans = [inline.text[at:b] for a, b in inline.strong if a == at]
    quoted = re.match(r'["“][^"”]+["”]', inline.text[at:])
    spans += [quoted.group(0)] if quoted else []
    if not any(len(x.split()) >= 3 for x in spans) or is_role_label(match.group("name")):
        return None
    return at, match.group("name")


# ``GPT-3 **"Title"**``, ``BLOOM **Title**``: a model's name (one word or two, no colon) before a
# bold title.
_NAME_BEFORE_BOLD_RE = re.compile(r"\s*(?P<name>[^\W_][\w+.-]{0,23}(?: [\w+.-]{1,24})?)\s+")


def name_before_bold(inline: Inline, offset: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """``GPT-3 **"Language Widgets are Few-Shot Learners"**. NeurIPS 2020.``: a short name, then
    a bold title of three words or more that ends the sentence (a full stop, a comma, a bracket
    or a link after it). (Where the title starts, the name.) A venue or a year in front is no
    name, nor is a sentence's first word before bold words that go on (``Use **Widgets** …``)."""
    match = _NAME_BEFORE_BOLD_RE.match(inline.text, offset)
    if match is None:
        return None
    at = match.end()
    run = next(((a, b) for a, b in inline.strong if a == at), None)
    if run is None or len(inline.text[run[0] : run[1]].split()) < 3:
        return None
    after = inline.text[run[1] :].lstrip()
    if after and after[0] not in ".,;([" and not any(x.start == run[1] for x in inline.links):
        return None
    name = match.group("name")
    if is_role_label(name) or YEAR_RE.search(name) or lexicon.resolve(name):
        return None
    return at, name


def quoted_label(text: str, run: tuple[int, int]) -> int | None:
    """``**AutoRT**: "Title"``, ``**LEO:** “Title”``, ``**CortexBench** "Title"``: a short bold
    name, perhaps a colon, then the title in quotes (three words or more). Where the title starts;
    None for a bold title (``**Title**: Authors``)."""
    name = text[run[0] : run[1]].strip()
    after = re.match(r"\s*(?P<colon>[:：]?)\s*(?=[\"“](?P<t>[^\"”]+)[\"”])", text[run[1] :])
    if after is None or (not 0 < len(name.split()) <= 3 and not _repeated(name, after["t"])):
        return None
    if not (after.group("colon") or name.endswith((":", "："))) and len(after["t"].split()) < 3:
        return None
    return run[1] + after.end()


def _repeated(name: str, title: str) -> bool:
    """``**Widgets from a Single Video**: "Shape of Gadgets: Widgets from a Single Video"``: a bold
    name of any length that the quoted title repeats is a name for the work, not its title."""
    said = " ".join(name.strip(" :：").casefold().split())
    return len(said.split()) > 1 and said in " ".join(title.casefold().split())


def colon_label(text: str, run: tuple[int, int], stop: int) -> int | None:
    """``***FooDiff:*** Training-free Foo Generation [[Paper]](…)``: a short emphasised name whose
    colon is inside the emphasis, then more words before the links (``stop``): the name is a
    label and the title starts after it. None when nothing but links follows (the name is the
    title then)."""
    name = text[run[0] : run[1]].strip()
    if not name.endswith((":", "：")) or not 0 < len(name.rstrip(":：").split()) <= 3:
        return None
    after = text[run[1] : stop]
    if len(re.findall(r"[^\W\d_]{2,}", after)) < 2:
        return None
    return run[1] + len(after) - len(after.lstrip())


@dataclass(frozen=True)
class NamedWork:
    """``ANR: ICCV2013, Ann Lee et al.``: a work's short name, its venue and year, its authors."""

    name: str
    venue_start: int
    venue_end: int
    names_start: int


def name_venue_names(text: str, lexicon: Lexicon) -> NamedWork | None:
    """A short name and a colon, then only a venue with its year (``ICCV2013``, ``ACCV 2014``)
    and, after a comma, the authors (``Ann Lee et al.``): lists that name their works by the
    method's short name write no title. Offsets are into ``text``."""
    match = _LABEL_START_RE.match(text)
    if match is None or is_role_label(match.group("name")) or YEAR_RE.search(match.group("name")):
        return None
    comma = text.find(",", match.end())
    if comma < 0:
        return None
    venue = parse_meta(text[match.end() : comma], lexicon)
    if venue.venue is None or venue.year is None or venue.rest or venue.authors:
        return None
    if parse_authors(text[comma + 1 :].strip(" ,;"), lexicon) is None:
        return None
    names_start = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
    return NamedWork(match.group("name"), match.end(), comma, names_start)


@dataclass(frozen=True)
class DashTitle:
    """``**PCA** (Lee et al.) - *Title*``: a bold name (or the authors in bold, ``**Lee et al.**``),
    names in brackets perhaps, a spaced dash, then the title in italics."""

    alias: str | None
    names: str | None  # the authors as written (in the brackets, or the bold run itself)
    title: tuple[int, int]  # the italic run


# Between the bold run and the italic title: names in brackets perhaps, then a dash.
_DASH_GAP_RE = re.compile(r"\s*(?:\((?P<names>[^()]{2,80})\)\s*)?(?:\s-|[–—])\s*")
# A bold run that is the authors: ``Lee et al.``, ``Dee and Moss``, ``Orr & Park``.
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
_BOLD_NAMES_RE = re.compile(rf"(?:{_NAME} et\.? al\.?|{_NAME} (?:and|&) {_NAME})")


def dash_title(inline: Inline, run: tuple[int, int]) -> DashTitle | None:
    """A list that names each work in bold and writes its title in italics after a dash
    (``- **PCA** (Lee et al.) - *Surface Widgets*. SIGGRAPH 1992. [Paper](…)``): the italics are
    the title, not the words after the bold name. None unless an italic run of two words or more
    starts right after the dash."""
    text = inline.text
    if run not in inline.strong:
        return None
    gap = _DASH_GAP_RE.match(text, run[1])
    title = next((r for r in inline.em if gap is not None and r[0] == gap.end()), None)
    if gap is None or title is None or len(re.findall(r"[^\W\d_]{2,}", text[slice(*title)])) < 2:
        return None
    name = text[run[0] : run[1]].strip()
    names = gap.group("names")
    lone = names is not None and re.fullmatch(r"\s*[A-Z][\w'’-]+\s*", names)  # ``(Levin)``
    if names is not None and not lone and parse_authors(names.strip()) is None:
        return None
    if names is None and _BOLD_NAMES_RE.fullmatch(name) and parse_authors(name) is not None:
        return DashTitle(None, name, title)
    return DashTitle(name, names.strip() if names else None, title)


def linked_name(text: str, links: list[InlineLink]) -> InlineLink | None:
    """``[SIF](https://github.com/…): [A Simple Baseline for Widgets](https://openreview.net/…)``: a
    short name linked (to its code), a colon, then a title link of three words or more. The
    title link, whose label is the title (the name is the alias); None for any other start."""
    if len(links) < 2:
        return None
    name, title = links[0], links[1]
    if not 0 < len(name.label.split()) <= 3 or is_role_label(name.label):
        return None
    if not re.fullmatch(r"\s*[:：]\s*", text[name.end : title.start]):
        return None
    words = title.label.split()
    return title if len(words) >= 3 and not is_role_label(title.label) else None
