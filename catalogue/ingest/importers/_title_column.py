"""Which cell of a table row is its title: the column a header names for it (``Title``, ``Paper``,
``Name``, a method's, a data set's or a tool's), else the first cell that starts with a titled
link, else the longest cell no header calls a description; and the column that names the work
when the title cell is only a role link. Moved as it was from ``_row``."""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Inline
from ._evidence import title_words
from ._roles import is_role_label
from ._units import Unit
from ._works import names_a_title_link


def title_column(unit: Unit) -> int | None:
    names = [h.casefold() for h in unit.header]
    # A table of datasets or tools names each by its column (``| Dataset | Description | … |``,
    # ``| # | Resource | What it is | Link |``), a description beside it being the longer cell.
    # The same named in Chinese (``标题``, ``论文``, ``名称``, ``模型``, ``数据集``), not a column
    # of its links (``论文链接``, ``项目地址``).
    for pattern in (
        r"\btitles?\b|^(?:论文)?(?:标题|题目)$",
        r"\bpapers?\b|^论文(?:名称?)?$",
        r"\bnames?\b|^(?:项目)?名称$|^名字$",
        METHOD_COLUMN,
        r"\b(?:datasets?|databases?|corpus|corpora|benchmarks?|tools?|toolkits?|library"
        r"|libraries|software|packages?"
        r"|repos?|repositor(?:y|ies)|resource)\b"
        r"|^(?:数据集|基准|工具)(?:名称?)?$",
        PROJECT_COLUMN,
    ):
        for index, name in enumerate(names):
            if re.search(pattern, name) and index < len(unit.pieces):
                if _address_only(unit.pieces[index].inline):
                    continue  # ``| Paper |`` over ``https://arxiv.org/abs/…``: its link, no title
                if pattern is PROJECT_COLUMN and title_words(unit.pieces[index].inline) < 1:
                    continue  # ``| Venue | Project |`` over ``[Project page](…)``: a link, no name
                # ``| Quantize method | Tiitle |`` over ``| LSQ | [Learned Step Size …](…) |``:
                # a method's short name beside a titled link in a column no header names (a
                # misspelt Title) is the alias; the link is the title.
                titled = _titled_cell(unit, papers=True) if pattern is METHOD_COLUMN else None
                named = names_a_title_link(unit.pieces[index].inline)
                if not any(p.inline.text.strip() for p in unit.pieces[index:]):
                    # ``|Year|Venue|Keywords|Paper Abbr|Project|`` over ``|CVPR'23|[CoWid](…)|
                    # [Code](…)|``: a row that stops before the named column (fewer cells than
                    # its header, columns left out); the row's first linked name is its title.
                    titled = _linked_cell(unit)
                return titled if titled is not None and not named else index
    # No header names it: a cell that starts with a titled link (whatever column it stands in, as
    # a row whose cells are shifted has it), else the longest cell.
    titled = _titled_cell(unit)
    if titled is not None:
        return titled
    # A cell under ``Framework`` or ``Language`` (``Tensorflow``) says what the work is made with;
    # one under ``Keywords``, ``Summary`` or ``Authors`` describes it (``| Publication | Keywords
    # |``: the keywords are the longer cell, the publication is the work).
    # A cell that is only an address is a link of the work, a ``Category`` cell its group; a
    # ``Framework`` cell names the work itself when it names no language or library a work is
    # written with (``| Framework | Webpage |`` over ``| WidgetEval | https://… |``).
    # A cell that is only a date (``2021-10``, ``2009``) dates the work, it never names it: a
    # short name beside it (``| 2021-10 | [Ego4D](…) | Why it matters |``) is the shorter cell.
    cells = [
        i
        for i in range(len(unit.pieces))
        if not (i < len(names) and _not_title(names[i], unit.pieces[i].inline))
        and not _address_only(unit.pieces[i].inline)
        and not _DATE_ONLY_RE.fullmatch(unit.pieces[i].inline.text.strip())
    ] or list(range(len(unit.pieces)))
    return max(cells, key=lambda i: len(unit.pieces[i].inline.text), default=None)


# ``2021-10``, ``2021.10.05``, ``2009``, ``Oct 2021``, ``2021/10``.
_DATE_ONLY_RE = re.compile(
    r"(?:(?:19|20)\d{2}(?:[-./](?:0?[1-9]|1[0-2])(?:[-./]\d{1,2})?)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
_NOT_TITLE_RE = re.compile(
    r"\b(?:framework|language|platform|license|stars?|keywords?|tags?|summary|description"
    r"|abstract|tl;?dr|notes?|comments?|remarks?|authors?|categor(?:y|ies)|types?|topics?"
    # ``| Project | Status | Reason |``: why the list keeps a work aside, no title.
    r"|status|reasons?|rationale|why)\b"
)
# What a work's code is written with or in (a ``Framework`` or ``Language`` cell).
_BUILT_WITH_RE = re.compile(
    r"(?:py)?torch|tensorflow(?:\s*\d(?:\.\d+)?)?|tf\d?|jax|flax|keras|caffe2?|mxnet|paddle(?:paddle)?"
    r"|mindspore|theano|chainer|onnx|tensorrt|matlab|python\d?|c\+\+|c|cuda|java|julia|r|rust|go"
    r"|scikit-learn|sklearn|numpy|lua|-",
    re.IGNORECASE,
)


def _not_title(header: str, cell: Inline) -> bool:
    if not _NOT_TITLE_RE.search(header):
        return False
    if re.search(r"\bframework\b", header):
        words = re.split(r"\s*[,/&+]\s*|\s+and\s+", cell.text.strip())
        return not cell.text.strip() or all(_BUILT_WITH_RE.fullmatch(w) for w in words if w)
    return True


def _address_only(cell: Inline) -> bool:
    """A cell that holds a bare address and nothing else (``https://arxiv.org/abs/…``)."""
    return bool(re.fullmatch(r"<?https?://\S+>?", cell.text.strip()))


# ``| Project | Stars | Language | … | Features |`` over ``| [DeerFlow](…) | 11.9k | … |``: a
# table of projects names each by its cell under ``Project`` (the features are the longer cell);
# a ``Project`` cell that is only a link named by its role (``[Project page](…)``) is a link.
PROJECT_COLUMN = r"^(?:projects?|项目)(?:\s+names?)?$"
METHOD_COLUMN = r"\b(?:methods?|models?|works?)\b|^(?:模型|方法)(?:名称?)?$"


def _titled_cell(unit: Unit, papers: bool = False) -> int | None:
    """The first cell that starts with a titled link of three words or more; with ``papers``,
    a link to a paper (an identifier's page or a PDF), not a model's repository."""
    for index, piece in enumerate(unit.pieces):
        inline = piece.inline
        first = inline.links[0].url if inline.links else ""
        to_paper = bool(paper_identity(first) or _PDF_RE.search(first))
        if names_a_title_link(inline) and title_words(inline) >= 3 and (to_paper or not papers):
            return index
    return None


_PDF_RE = re.compile(r"\.pdf(?:$|[?#])", re.I)


def _linked_cell(unit: Unit) -> int | None:
    """The first cell that starts with a link naming a work (a title or a short name, not a
    role's label), or None."""
    for index, piece in enumerate(unit.pieces):
        if names_a_title_link(piece.inline):
            return index
    return None


def name_column(unit: Unit, title_at: int) -> int | None:
    """Another column that names the work (``Model``, ``Name``, ``Method``, ``Benchmark``,
    ``Dataset``, ``Tool``, ``Metric``, ``Algorithm``: ``| Peak Signal-to-Noise Ratio (PSNR) | - |
    [code](…) |``), when it has words."""
    for index, name in enumerate(h.casefold() for h in unit.header):
        named = re.search(
            r"\b(?:name|model|method|project|system|work|benchmark|dataset|corpus|tool|metric"
            r"|measure|algorithm|approach|architecture|library|package|framework)s?\b",
            name,
        )
        here = index != title_at and index < len(unit.pieces)
        if named and here and title_words(unit.pieces[index].inline) >= 1:
            return index
    return None


# What may stand between the links of a cell of links: separators and spaces.
_BETWEEN_RE = re.compile(r"^[\s·•|,;/\-–—]*$")


def links_cell(unit: Unit, at: int) -> bool:
    """``[Code](…) · [iOS demos](…) · [Quick start](…)``: a cell of links joined by separators, the
    first named by its role, under a header that names no title: the row's links, not its title
    (``Mobile showcases`` among them names a page of the work, not the work)."""
    header = unit.header[at].casefold() if at < len(unit.header) else ""
    if re.search(r"\btitles?\b|\bpapers?\b|\bnames?\b", header):
        return False
    cell = unit.pieces[at].inline
    links = cell.links
    if len(links) < 2 or not is_role_label(links[0].label):
        return False
    text = cell.text
    for link in sorted(links, key=lambda x: x.start, reverse=True):
        text = text[: link.start] + " " + text[link.end :]
    return bool(_BETWEEN_RE.match(text))


def bold_name_first(unit: Unit, title_at: int) -> int | None:
    """``| **App Use**<br><sub>CHI 2025</sub> | 2025-05-16 | Android | … |``: a first cell whose
    first line is a short name in bold (one to six words, no link), in a row no other cell titles:
    the row's name, as tables of tools and agents write it."""
    if title_at == 0 or not unit.pieces:
        return None
    cell = unit.pieces[0].inline
    lines = cell.split_lines()
    if not lines or cell.links:
        return None
    first = lines[0]
    text = first.text.strip()
    bold = sum(b - a for a, b in first.strong)
    return 0 if text and bold >= len(text) and 1 <= len(text.split()) <= 6 else None
