"""A work's short name written bare or in code font right before its title link (``Film [Film:
Frequency Improved Widget Memory](…)``, ```WidgetNet` [Title](…)``; moved as it was from
``_front``), and a count written there instead (``<kbd>1800+</kbd> [name](…)``)."""

from __future__ import annotations

import re

from ._document import Inline, InlineLink
from ._meta_text import YEAR_RE
from ._roles import is_role_label


def code_name_first(inline: Inline, offset: int, first: InlineLink) -> str | None:
    """```WidgetNet` [Title](…)``: a short name in code font right before the title link (no
    colon or dash needed, the code font sets it apart), not a year: the work's short name."""
    span = next(((a, b) for a, b in inline.code if a == offset), None)
    if span is None or inline.text[span[1] : first.start].strip():
        return None
    name = inline.text[span[0] : span[1]].strip(" `")
    return name if 0 < len(name.split()) <= 3 and not YEAR_RE.search(name) else None


def bare_name_first(before: str, first: InlineLink) -> str | None:
    """``Film [Film: Frequency Improved Widget Memory](…)``, ``MoE-Traffic [Interpretable
    mixture of widgets](…)``: a method's short name written bare in front of its title link (no
    colon, no code font), one or two words: the work's short name when the title starts with
    it or it is written as a name (``TCNet``, ``VPF-MoE``, ``PTN``: capitals inside or all, a
    digit, a hyphen). Other words there (``Read [Title](…)``) stay the title's."""
    name = before.strip()
    words = name.split()
    if not 1 <= len(words) <= 2 or not re.fullmatch(r"[\w.+-]+(?: [\w.+-]+)?", name):
        return None
    if name.endswith("."):
        return None  # ``DeepSeek-AI. [Title](…)``: a sentence ends, the authors before the title
    label = first.label.strip()
    if len(label.split()) < 3 or YEAR_RE.search(name) or is_role_label(name):
        return None
    if label.casefold().startswith(name.casefold()):
        return name
    return name if _name_like(words[0]) else None


def _name_like(word: str) -> bool:
    """``TCNet``, ``VPF-MoE``, ``GPT4``, ``PTN``: a word written as a method's name."""
    return bool(re.search(r"[a-z][A-Z]|[A-Z]\w*[A-Z]|\d|\w-\w", word))


# ``1. <kbd>1800+</kbd> [name](…): what it is``, ``- ⭐ 1.2k [name](…) - …``, ``- **350**
# [name](…)``: a count a list writes in front of each name link (its stars, its users; the
# emoji in front is cut before) is no word of the title, however the list sets it (a key cap,
# bold, bare). A number alone is no title anywhere; a year (``2019 [Title](…)``) is a tag and read
# as one (``_lead_prefix``), so a bare year or a year and a dash stays out of this.
_COUNT_RE = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*[kKmM]?\s*[+-]?\s*")
_YEARISH_RE = re.compile(r"\s*(?:19|20)\d{2}\s*-?\s*")


def count_first(before: str) -> bool:
    """The words in front of a name link are only a count (``1800+``, ``1.2k``), not a year."""
    return bool(_COUNT_RE.fullmatch(before)) and not _YEARISH_RE.fullmatch(before)
