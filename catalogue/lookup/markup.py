"""Plain text from the markup services put into titles and abstracts.

Crossref passes on what publishers deposit: titles with HTML inline tags (``<i>``, ``<sub>``) and
abstracts in JATS XML (``<jats:title>Abstract</jats:title><jats:p>…</jats:p>``, sections, inline
formulas, MathML). A regular expression reads them better than an XML parser would: deposits are
often not well-formed, and a record only needs their words.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^<>]*>")
# Tags that end a block of text: paragraphs, titles, sections, list items, line breaks.
_BLOCK_END = re.compile(
    r"</(?:[\w-]+:)?(?:p|title|sec|list-item|label|caption|div)\s*>|<(?:[\w-]+:)?br\s*/?>",
    re.IGNORECASE,
)
# MathML's annotation of a formula repeats it as TeX source: keep one reading of the formula.
_ANNOTATION = re.compile(r"<(?:[\w-]+:)?annotation\b.*?</(?:[\w-]+:)?annotation\s*>", re.S | re.I)
_HEADINGS = frozenset({"abstract", "summary", "graphical abstract"})


def plain(text: str) -> str:
    """One line of text: tags dropped, entities read, runs of white space made one blank."""
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def abstract_text(markup: str) -> str | None:
    """An abstract as plain paragraphs separated by a blank line; a leading "Abstract" heading
    is dropped. None when nothing is left."""
    blocks = [plain(block) for block in _BLOCK_END.split(_ANNOTATION.sub("", markup))]
    blocks = [block for block in blocks if block]
    if blocks and blocks[0].rstrip(":.").lower() in _HEADINGS:
        blocks = blocks[1:]
    return "\n\n".join(blocks) or None
