"""Works written as tab-separated fields, a spreadsheet's rows pasted in
(``Title.<TAB>Lee, Chan<TAB>https://…/paper.pdf``): one work a line, whether blank lines stand
between the lines or not."""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import bare_urls, real_links
from ._text import WORD_RE

# A tab between two fields of a line: a record written from a spreadsheet's row.
TAB_RE = re.compile(r"(?<=\S)[ ]*\t\s*(?=\S)")

# A field that is an address and nothing else, not one on this machine (``localhost``).
_ADDRESS_FIELD_RE = re.compile(r"https?://(?!(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b)\S+")


def tab_record(inline: Inline) -> bool:
    """``Title.<TAB>Lee, Chan<TAB>https://…/paper.pdf``: a line whose fields a tab sets apart
    (a list pasted from a spreadsheet), the first a title of three words or more, a later one an
    address and nothing else. Prose never sets its words apart with tabs, whatever site the
    address names (``Run this<TAB>then open<TAB>https://localhost:8080 in your browser``)."""
    first = inline.split_lines()[0].text
    fields = TAB_RE.split(first.strip())
    if len(fields) < 2 or len(WORD_RE.findall(fields[0])) < 3 or "://" in fields[0]:
        return False
    urls = any(_ADDRESS_FIELD_RE.fullmatch(f.strip()) for f in fields[1:])
    return urls and bool(bare_urls(inline) or real_links(inline))


def tab_lines(block: Block) -> list[Inline] | None:
    """A paragraph of two lines or more that are each a tab record (rows pasted with no blank
    line between them): one work a line, the lines returned; None otherwise."""
    inline = block.inline
    if inline is None:
        return None
    lines = [line for line in inline.split_lines() if line.text.strip()]
    if len(lines) < 2 or not all(tab_record(line) for line in lines):
        return None
    return lines
