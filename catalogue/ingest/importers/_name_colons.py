"""Whether a list writes ``[Name](url): what it is`` — a linked name, a colon, then a sentence
about the thing — rather than ``[Name](url): A Subtitle`` (the name and the rest of one title).

``_linked_title`` joins a short linked name and the capitalised words after its colon into one
title (``[torchdistill](…): A Modular, Configuration-Driven Framework``). A catalogue of data
sets, tools or sites writes the same shape with a description after the colon, in sentence case
(``**[LOINC](…)**: A standard naming system for lab tests and clinical observations.``): there
the name alone is the title. One item cannot tell the two apart, the list can: when most of its
``[Name](…): …`` items go on in sentence case, its colons start descriptions, in every item.
Names linked to a paper (arXiv, a DOI, a PDF) are left out: a paper's title may be written in
sentence case (``[LLaMA](arxiv): Open and efficient foundation language models``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._roles import is_paper_url
from ._units import Unit

# The words after a linked name's colon, up to the end of their first sentence.
_MORE_RE = re.compile(r"^\s*[:：]\s*(?P<more>[^.]+?)(?:\.\s|\.?$)")
# Short words a title leaves in lower case (``for``, ``and``, ``with``…): no sign either way.
_SMALL = frozenset(
    "a an the and or nor but for of in on at to by with from into onto over via vs per as "
    "than that this".split()
)


def sentence_case(more: str) -> bool | None:
    """Whether the words are a sentence's (most of their words in lower case: ``A global drug
    classification that helps pharmacy teams``, True) or a title's (``A Modular, Configuration-
    Driven Framework``, False); None when they are too few to tell or do not start in capitals."""
    words = [w.strip("()[]\"'“”‘’,;") for w in more.split()[1:]]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL]
    if not more.lstrip()[:1].isupper() or len(words) < 2:
        return None
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= 2 and lower > len(words) / 2


def _described(unit: Unit) -> bool | None:
    """Whether the unit is ``[Name](…): a description`` (True), ``[Name](…): A Subtitle``
    (False), or neither shape (None)."""
    inline = unit.head.inline
    if not inline.links:
        return None
    first = inline.links[0]
    label = first.label.strip()
    if inline.text[: first.start].strip(" *_") or not label or ":" in label:
        return None
    if len(label.split()) > 4 or is_paper_url(first.url):
        return None
    more = _MORE_RE.match(inline.text[first.end :])
    return sentence_case(more.group("more")) if more else None


def name_descriptions(units: Iterable[Unit]) -> bool:
    """Whether the list's ``[Name](…): …`` items say what the name is (three at least, and more
    than half of those of that shape that can be told)."""
    said = [_described(u) for u in units if u.kind in ("item", "para", "block")]
    described = sum(1 for s in said if s is True)
    titled = sum(1 for s in said if s is False)
    return described >= 3 and described > titled
