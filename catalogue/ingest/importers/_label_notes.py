"""What a title link's label says after the title (``[Title. NeurIPS 2020](…)``, ``[Title. PhD
Thesis. By Ann](…)``); moved from ``_plain_title``, with a question's subtitle kept (a title that
asks a question goes on after its question mark: ``Is Widget Fairness Possible? An Analysis``)."""

from __future__ import annotations

import re

from ._fields import Context
from ._meta_text import parse_meta
from ._plain_title import SENTENCE_RE, meta_like
from ._text import EDGE

# What a link's label may say after its title: a thesis, a workshop, who wrote it.
_NOTE_RE = re.compile(
    r"\b(?:thesis|dissertation|workshop|tech(?:nical)? report|preprint|under review)\b|^by\s",
    re.IGNORECASE,
)


def label_notes(label: str, ctx: Context) -> tuple[str, str]:
    """A title link's label that goes on after the title (``Title. NeurIPS 2020``, ``Title. PhD
    Thesis. By Ann``): (the title, the words after it), cut at the first sentence end after which
    the words read as venue, year, authors or such a note; else the whole label."""
    for match in SENTENCE_RE.finditer(label):
        after = label[match.end() :]
        if label[: match.start()].rstrip().endswith(("?", "!")) and not _past_question(after, ctx):
            continue  # ``Is Widget Fairness Possible? Debiasing Gadgets``: the title's subtitle
        if len(label[: match.start()].split()) >= 3 and (
            meta_like(after, ctx) or _NOTE_RE.search(after)
        ):
            return label[: match.start()], after
    # ``[Engineering a Widget, K. Cooper, L. Torczon](…)``: names with initials after a comma.
    names = _INITIALLED_TAIL_RE.search(label)
    if names is not None and len(label[: names.start()].split()) >= 2:
        return label[: names.start()], names.group(1)
    return label, ""


# A comma, then one name or more written with initials (``R. Bryant``, ``J.-P. Lee``), apart by
# commas, ``&`` or ``and``, to the label's end (a title seldom ends with such a name).
_NAME = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)[A-Z][\w'’-]+"
_INITIALLED_TAIL_RE = re.compile(rf",\s+({_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*)\s*\.?$")


def _past_question(after: str, ctx: Context) -> bool:
    """After a title that asks a question, what surely is no subtitle: a venue or a year, two
    names or more, ``et al.``, a note (``Debiasing Word Widgets`` reads as one person's name, but
    after a question it is the title's subtitle)."""
    meta = parse_meta(after.strip(EDGE), ctx.lexicon, ctx.surname_first)
    people = meta.et_al or len(meta.authors) >= 2
    return bool(meta.venue or meta.year or people or _NOTE_RE.search(after))
