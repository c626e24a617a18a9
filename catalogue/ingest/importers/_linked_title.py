"""A title written as a link (``[Title](…)``): its label's words, and the subtitle written
after it when only a name is linked (``[torchdistill](url): A Modular, … Framework``)."""

from __future__ import annotations

import re

from ._document import Inline, InlineLink
from ._fields import Context
from ._ids import ids_in_text
from ._label_notes import label_notes
from ._meta_text import YEAR_RE
from ._name_colons import sentence_case
from ._roles import is_code_url, is_paper_url


def _code_name(inline: Inline, link: InlineLink, ctx: Context) -> bool:
    """A repository's name as the title link (or, in a section of code or tools, a name linked
    to a site: ``[Foolib](https://foolib.dev/)``), and nothing in the entry that names a
    paper: what follows it (``: 4-bit inference for small models``, ``: A Friendly Foo
    Framework``) describes the code or tool, no title goes on."""
    tool = ctx.code_section and not is_paper_url(link.url)
    if not (is_code_url(link.url) or tool) or ids_in_text(inline.text):
        return False
    return not any(is_paper_url(x.url) for x in inline.links if x is not link)


def linked_title(inline: Inline, first: InlineLink, ctx: Context) -> tuple[str, int, str]:
    """A title written as a link: (title, where the words after it start, notes of its label)."""
    text = inline.text
    title, said = label_notes(first.label, ctx)
    pos = first.end
    # ``[torchdistill](url): A Modular, Configuration-Driven Framework…``: the title goes on.
    more = re.match(r"^\s*[:：]\s*(?P<more>[^.]+?)(?:\.\s|\.?$)", text[pos:])
    # Only a name goes on (a label that is a title already, ``Name: Subtitle``, is the whole
    # title), and not a repository's name followed by what the code does.
    short = ":" not in title and len(title.split()) <= 4
    # Nor where the list's colons start descriptions (``_name_colons``), unless a paper is linked
    # or the words are in title case (``[WidgetSet](url): A Benchmark for Widget Sorting``).
    if short and more and ctx.name_descriptions and not is_paper_url(first.url):
        short = sentence_case(more.group("more")) is False
    # A subtitle starts in capitals; a description in lower case (``[Widgets](url): images of
    # widgets taken with two cameras``) is no title word.
    # Nor is a list of parts (``Test: Set5, Set14; Train: T91``).
    # A count (``[WidgetSet](url): 20k+ images``) is no subtitle either.
    subtitle = more is not None and more.group("more").lstrip()[:1].isupper()
    subtitle = subtitle and more is not None and not re.search(r"[:;：；]", more.group("more"))
    # Nor is a sentence about the name (``[Gizmo](url): Gizmo is a simulator for …``, ``…: An
    # extension which can model …``): it names the work again or says what it is or does.
    if subtitle and more is not None:
        words = more.group("more").split()
        subtitle = words[: len(title.split())] != title.split() and not _DESCRIBES_RE.search(
            more.group("more")
        )
    if (
        short
        and more
        and subtitle
        and not YEAR_RE.search(more["more"])
        and not _code_name(inline, first, ctx)
    ):
        title = f"{title}: {more.group('more').strip()}"
        pos += more.end()
    return title, pos, said


# Words of a sentence (a verb in lower case, as title case never writes one), not of a subtitle.
_DESCRIBES_RE = re.compile(
    r"\b(?:is|are|was|were|enables|allows|provides|supports|lets|which|consists|contains)\b"
    r"|^\s*(?:This|These|It|Its)\s"  # ``[Widgets](url): This dataset consists of …``
)
