"""Works a list names in bullets without links: ``- **WidgetBench** — what the data set holds``,
``- `owner/widget` — the official code``.

A repository's path in code font, then a dash or a colon and what it is, names that repository
(a path with a file's extension, ``src/main.py``, or a folder's slash, ``docs/``, is no
repository). A short name in bold, then a dash or a colon and a description, names a work when
the list writes such bullets as its works: three or more, at least half of them with a year or
an address of their own (``- **WidgetLog** — monthly widget answers (Lee et al., 2024).``); a
list of features (``- **Fast** — …``) gives them none."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import has_evidence, title_words
from ._units import item_head, sub_items
from ._works import all_items, is_work, reads_as_title, title_like

# After the name: a spaced dash or a colon, then the description (two words or more).
_DESCRIBED_RE = re.compile(r"\s*(?:[—–]|\s-|[:：])\s*(?:[^\W\d_][\w'’-]*\W+){1,}\S")
# ``owner/repo``: two parts, the last without a file's extension.
_REPOSITORY_RE = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w-]*(?:\.[\w-]{5,}|[\w-])*")
_MAX_NAME_WORDS = 8


def _bold_name(inline: Inline) -> bool:
    text = inline.text
    lead = len(text) - len(text.lstrip())
    run = next(((a, b) for a, b in inline.strong if a == lead), None)
    if run is None or inline.links:
        return False
    name = text[run[0] : run[1]].strip(" :：")
    return 0 < len(name.split()) <= _MAX_NAME_WORDS and bool(_DESCRIBED_RE.match(text, run[1]))


def repository_named(inline: Inline) -> tuple[int, int] | None:
    """`` `owner/widget` — official implementation``: a repository's path in code font, described;
    where the path is."""
    text = inline.text
    lead = len(text) - len(text.lstrip())
    span = next(((a, b) for a, b in inline.code if a == lead), None)
    if span is None or inline.links or not _REPOSITORY_RE.fullmatch(text[span[0] : span[1]]):
        return None
    return span if _DESCRIBED_RE.match(text, span[1]) else None


def bold_named_items(blocks: list[Block]) -> bool:
    """Whether the list writes works as bold names described after a dash (see the module notes)."""
    heads = [h for i in all_items(blocks) if (h := item_head(i)) is not None and _bold_name(h)]
    dated = sum(1 for h in heads if has_evidence(h))
    return len(heads) >= 3 and 2 * dated >= len(heads)


def named_item(inline: Inline, bold_named: bool) -> bool:
    """An item without links that names a work (see the module notes)."""
    return repository_named(inline) is not None or (bold_named and _bold_name(inline))


def mostly_works(blocks: list[Block]) -> bool:
    """Whether nearly all the list's items name works (twenty or more, nine in ten)."""
    heads = [h for item in all_items(blocks) if (h := item_head(item)) is not None]
    works = sum(1 for h in heads if is_work(h))
    return len(heads) >= 20 and works >= 0.9 * len(heads)


def lone_title(item: Block) -> bool:
    """``- LoRA Widgets under a Unified Gadget Framework`` alone in its list: a line without link
    that reads as a paper's title (four words or more, written as titles are)."""
    head = item_head(item)
    if head is None or head.links or sub_items(item):
        return False
    return title_words(head) >= 4 and title_like(head) and reads_as_title(head.text)
