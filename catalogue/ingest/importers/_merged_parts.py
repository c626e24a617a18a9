"""The parts of an entry and which of them name a work of their own (``_rescue_merged``).

A part names a work when it holds an identifier no earlier part of the entry holds (in its text
or in a link's address: arXiv, DOI, OpenReview, a publisher's id) and reads, alone, to a title of
its own: not a role label, not the title of an earlier part. A part that points at a work rather
than listing it (``see also``, ``extends``, ``based on``, ``journal version``, ``accepted at``)
or is a labelled field (``Code:``, ``Paper:``) names none, nor does a line of links opened by a
role label (``📒[paper](doi) 🔗[https](u)``: the entry's own links, whatever the next label), nor
a part whose link is labelled as a version of the entry's own work (``<br>[Journal version](doi)``,
``CVPR version``, ``Camera-ready``, ``期刊版``) or as a pointer (``[Follow-up: Title 2](u)``):
a common paper layout, ``title<br>authors<br>venue · links`` (review11 R1, R3, R14).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from ...core.identity import IdentityKey, paper_identity
from ._document import Inline
from ._entry import read_unit
from ._evidence import bare_urls, detail_key, real_links
from ._fields import Context, Fields
from ._ids import ids_in_text
from ._roles import host, is_role_label
from ._units import Piece, Unit

# Words before a part's link that make it a pointer to a work, or a version of the entry's own
# work, rather than a work the list lists.
_POINTER_RE = re.compile(
    r"\b(?:see|cf|compare|extends?|extension|extended|based|builds?|built|follow[- ]?ups?"
    r"|predecessor|successor|prior|previous|earlier|version|journal|conference|accepted"
    r"|published|appears?|appeared|presented|oral|poster|spotlight|also|related|improves?"
    r"|reproduc\w*|implementation|official|unofficial|preprint|supplementary|appendix"
    r"|参见|相关|扩展|前作|后续|期刊版|会议版|代码|解读)\b",
    re.I,
)
# A link's label that says which version of the entry's own work the link is (``Journal version``,
# ``CVPR version``, ``Extended version``, ``Camera-ready``, ``IJCV extension``, ``arXiv v2``,
# ``期刊版``, ``version longue``): version words, with at most a venue's name or a year beside them.
_VERSION_WORD_RE = re.compile(
    r"^(?:versions?|editions?|extended|extension|camera|ready|camera-?ready|journal|conference"
    r"|workshop|proceedings|long|short|full|final|revised|updated|accepted|published|preprint"
    r"|v\d+|the|of|and|en|la|de|der|die|version|versión|versione|fassung|ausgabe|erweiterte"
    r"|longue|étendue|extendida|extensa|estesa|完整|\w*版本?|\w*バージョン|\w*버전)$",
    re.I,
)
_VERSION_NAMED_RE = re.compile(
    r"version|edition|extended|extension|camera|journal|conference|revised|accepted|preprint"
    r"|versión|versione|fassung|ausgabe|版|バージョン|버전|^v\d+$",
    re.I,
)
_ADDRESS_RE = re.compile(r"(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)", re.I)
# What before a part's first link makes the link a field of the entry: a tag's bracket
# (``[[CVF](u)]``), a label (``*Survey Paper:* [Title](u)``).
_LABEL_RE = re.compile(r"(?:[\[(【（]|[:：])[\s*_]*$")
_MARK_RE = re.compile(r"^\s*(?:\d{1,3}\s*[.)、:：]|[-*+•·>#]+)\s*")
_WORDS_RE = re.compile(r"[^\W\d_]{2,}|\d*[^\W_]*[A-Za-z]\w*")


@dataclass
class Part:
    line: int
    end_line: int
    pieces: list[Piece]
    fields: Fields | None = None


def norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def ids_of(inline: Inline) -> set[IdentityKey]:
    keys = {t.key for t in ids_in_text(inline.text) if t.key}
    urls = [x.url for x in real_links(inline)] + [u for u, _, _ in bare_urls(inline)]
    return keys | {k for k in map(paper_identity, urls) if k}


def _titled(title: str | None) -> bool:
    """A title of words: not a role label, not an address (``- https://arxiv.org/abs/…`` below
    a title is that title's paper)."""
    return bool(
        title
        and title.strip()[:1].isalnum()
        and not is_role_label(title)
        and not _ADDRESS_RE.match(title.strip())
    )


def starts_work(
    inline: Inline, seen: set[IdentityKey], titles: set[str], ctx: Context
) -> Fields | None:
    """The fields of the work the part names by its own evidence (see the module), or None."""
    text = inline.text
    first = min((x.start for x in inline.links), default=len(text))
    before = _MARK_RE.sub("", text[:first])
    if detail_key(text) or _POINTER_RE.search(before) or _LABEL_RE.search(before):
        return None  # ``[[CVF](u)]``: a tag in brackets, as ``[[Paper](u)]`` is; ``Survey: [u]``
    if inline.links and not _WORDS_RE.search(before) and is_role_label(inline.links[0].label):
        return None  # ``📒[paper](doi) 🔗[https](u)``: the entry's line of links, opened by a role
    if not ids_of(inline) - seen:
        return None
    fields = read_unit(Unit("item", inline.line_at(0), inline.line_at(0), [_head(inline)], []), ctx)
    if fields is None or not _titled(fields.title) or norm_title(fields.title) in titles:
        return None
    if fields.title_link is None and not any(t.key for t in ids_in_text(text)):
        return None  # ``Year 2025 · Status … · [Paper](doi)``: a line of the entry's facts
    if ctx.lexicon.resolve(fields.title) or _site_name(fields.title, inline):
        return None  # ``[CVPR 2021](u)``, ``[IEEE Xplore](u)``: where the work is, not a work
    if _version_label(fields.title, ctx) or _pointer_label(inline):
        return None  # ``<br>[Journal version](doi)``, ``<br>[Follow-up: Title 2](u)``
    return fields


def _version_label(title: str, ctx: Context) -> bool:
    """The title only says which version of the entry's work a link is (see _VERSION_WORD_RE):
    its words are version words, role words and years, and at most a venue's name."""
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", title)
    if not any(_VERSION_NAMED_RE.search(w) for w in words):
        return False
    rest = [
        w
        for w in words
        if not (_VERSION_WORD_RE.match(w) or is_role_label(w) or w.isdigit())
        and not all(_VERSION_WORD_RE.match(x) for x in w.split("-"))
    ]
    return (
        not rest
        or bool(ctx.lexicon.resolve(" ".join(rest)))
        or (len(rest) == 1 and rest[0].isupper())
    )


def _pointer_label(inline: Inline) -> bool:
    """The part's first link says, before a colon in its label, that it points at a work
    (``[Follow-up: Title 2](u)``), as the same words written before the link do."""
    if not inline.links or _WORDS_RE.search(_MARK_RE.sub("", inline.text[: inline.links[0].start])):
        return False
    lead = re.match(r"\s*([^:：]{1,30})[:：]", inline.links[0].label)
    return bool(lead and _POINTER_RE.search(lead.group(1)))


def _site_name(title: str, inline: Inline) -> bool:
    """The title is a link's label naming the site it links to (``[Springer](link.springer…)``)."""
    name = re.sub(r"\W+", "", title).casefold()
    return any(
        x.label.strip() == title.strip() and name and name in host(x.url) for x in inline.links
    )


def _head(inline: Inline) -> Piece:
    return Piece(inline, inline.line_at(0), "item")


def read_part(unit: Unit, ctx: Context) -> Part:
    fields = read_unit(unit, ctx)
    if fields is not None and not (_titled(fields.title) and (fields.links or fields.ids)):
        fields = None
    return Part(unit.line, unit.end_line, unit.pieces, fields)


def item_parts(
    unit: Unit, ctx: Context, title: str | None, lines: list[str]
) -> tuple[Part, list[Part]] | None:
    """The parent's part and the works' parts of an item, a paragraph or a block, or None when
    it holds one work."""
    pieces = unit.pieces
    groups: list[list[Piece]] = [[pieces[0]]]
    seen = ids_of(pieces[0].inline)
    titles = {norm_title(title)}
    for piece in pieces[1:]:
        # A later line, or a part of the same line after a ``<br>`` (its own piece).
        found = starts_work(piece.inline, seen, titles, ctx)
        if found is not None and piece.kind != "code":
            groups.append([piece])
            titles.add(norm_title(found.title))
        else:
            groups[-1].append(piece)
        seen |= ids_of(piece.inline)
    if len(groups) < 2:
        return None
    starts = [g[0].line for g in groups[1:]] + [unit.end_line + 1]
    parts = []
    for group, stop in zip(groups, starts, strict=True):
        end = max(stop - 1, group[-1].line)  # works of one line share it
        while end > group[0].line and not lines[end - 1].strip():
            end -= 1
        parts.append(read_part(_unit_of(unit, group, end), ctx))
    parent, works = parts[0], parts[1:]
    if any(w.fields is None for w in works) or len(works) < (1 if parent.fields else 2):
        return None
    return parent, works


def _unit_of(unit: Unit, group: list[Piece], end: int) -> Unit:
    """A unit of the group's pieces, its first the head (at depth 0, as an item's head is)."""
    depth = group[0].depth
    kind = "item" if unit.kind == "item" else "para"
    pieces = [replace(p, depth=max(0, p.depth - depth)) for p in group]
    pieces[0] = replace(pieces[0], kind=kind)
    return Unit(unit.kind, group[0].line, end, pieces, unit.section)


def cell_parts(piece: Piece, ctx: Context) -> list[Inline]:
    """A cell's works: its parts (cut at line breaks, ``<br>`` and ``;`` outside links), each
    work from a part that names one to the next; [] unless the first part names one."""
    inline = piece.inline
    text = inline.text
    cuts = {at for at, _ in inline.starts[1:]} | set(inline.hard)
    cuts |= {
        m.end()
        for m in re.finditer(r"[;；]", text)
        if not any(x.start <= m.start() < x.end for x in inline.links)
    }
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    seen: set[IdentityKey] = set()
    titles: set[str] = set()
    starts: list[int] = []
    for a, b in pairwise(bounds):
        part = inline.slice(a, b, inline.line_at(a))
        if not part.text.strip(" ;；"):
            continue
        found = starts_work(part, seen, titles, ctx)
        if found is not None:
            starts.append(a)
            titles.add(norm_title(found.title))
        elif not starts:
            return []
        seen |= ids_of(part)
    ends = [*starts[1:], len(text)]
    return [inline.slice(a, b, inline.line_at(a)) for a, b in zip(starts, ends, strict=True)]
