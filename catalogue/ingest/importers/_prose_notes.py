"""Items that are prose with a venue, a year or a citation in them, not works (``_nonworks``).

Two shapes a list's own words take that the field readers find a work in:

- A sentence that runs through its link: ``Based on [Ann & Bo (2024)](arxiv), benchmarks should
  …``, ``The longest abstract was from [Title](u), which has 373 words.``, ``The following works
  are referenced in [A & B (2024)](u) as relevant to …``. The words before the link are a
  sentence that needs the link to go on (they end on ``on``, ``from``, ``in``, ``the``…) and are
  said as a sentence (a sentence's first word, a verb such as ``is``/``was``/``are``, an order such
  as ``Build``/``See``), and the sentence goes on after the link (``, which …``, ``as …``,
  ``. The …``). A work written so (``Implementation of [Paper](u) - fast``, ``Error (VCE) from
  [Paper](u) (2024)``) names itself without a sentence's words, or its link ends the item.
- A feature bullet whose bold lead is a sentence: ``- **Primary-source first.** arXiv, official
  project pages, … are prioritized …``, ``1. **2021 or later.** This is the modern era …``. No
  link, identifier or authors; the bold lead ends with a full stop and prose follows (five words
  or more, with the small words of a sentence). A linkless reference (``**Title.** Venue 2019.``,
  ``**Title.** A. Author, B. Author.``) has its venue and year, or its authors, after the lead.
"""

from __future__ import annotations

import re

from ._fields import Fields
from ._units import Unit

# The words before a link that need the link to go on (the label is part of the sentence).
_GOES_ON_RE = re.compile(
    r"\b(?:the|a|an|in|on|of|to|at|by|for|from|with|into|about|upon|than|as)\s*$", re.IGNORECASE
)
# A sentence's own words: how one starts (``The``, ``This``, ``Based on``, ``If``, an order) or
# a verb of saying or being (``is``, ``was``, ``are referenced``, ``should``).
_SENTENCE_RE = re.compile(
    r"^(?:the|this|these|those|our|we|it|its|most|some|all|many|each|based on|according to"
    r"|following|if|please|see|check|read|build|use|try|visit|refer|determine|compare)\b"
    r"|\b(?:is|are|was|were|has|have|had|be|been|can|could|should|would|will|may|might|must)\b",
    re.IGNORECASE,
)
# After the link the sentence goes on: a comma or full stop and more words, or a word in lower case
# (not a dash or colon before a description, not a parenthesis with a date or venue).
_GOES_ON_AFTER_RE = re.compile(r"^\s*(?:[,.;]\s*\S|[a-z])")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# The small words of a sentence (a feature bullet's prose has them; ``CVPR 2016.`` has none).
_SMALL_RE = re.compile(r"\b(?:the|a|an|is|are|was|of|and|to|for|with|on|in|by|this|it)\b", re.I)


def prose_note(unit: Unit, fields: Fields) -> str | None:
    """Why a unit is prose rather than a work (see the module), or None."""
    return _runs_through(unit, fields) or _bold_sentence(unit, fields)


def _runs_through(unit: Unit, fields: Fields) -> str | None:
    if unit.kind not in ("item", "para") or any(p.inline.links for p in unit.pieces[1:]):
        return None
    inline = unit.head.inline
    links = [x for x in inline.links if not x.image_only]
    if not links or links[0].start == 0:
        return None
    before = inline.text[: links[0].start].strip()
    before = re.sub(r"^[^\w]*\w[^:]{0,30}:\s+(?=\w)", "", before)  # ``Research gap: determine``
    after = inline.text[links[-1].end :]
    if len(_WORD_RE.findall(before)) < 2 or not _GOES_ON_RE.search(before):
        return None
    if not _SENTENCE_RE.search(before) or not _GOES_ON_AFTER_RE.match(after):
        return None
    if len(_WORD_RE.findall(after)) < 2:
        return None
    return "a sentence that runs through its link (prose citing it, no work)"


def _bold_sentence(unit: Unit, fields: Fields) -> str | None:
    if unit.kind != "item" or fields.links or fields.ids or fields.authors:
        return None
    inline = unit.head.inline
    text = inline.text
    if not inline.strong:
        return None
    start, end = inline.strong[0]
    if text[:start].strip(" \t*_") or not text[start:end].strip():
        return None
    lead_end = end + 1 if text[end : end + 1] in (".", "!", "?") else end
    if not re.search(r"[.!?]\s*$", text[start:lead_end]):
        return None
    rest = text[lead_end:]
    if len(_WORD_RE.findall(rest)) < 5 or len(_SMALL_RE.findall(rest)) < 2:
        return None
    return "a feature of the list told in a sentence (a bold lead and prose, no work)"
