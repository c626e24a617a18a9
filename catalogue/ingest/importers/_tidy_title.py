"""A title's text made clean: what a list writes around a whole title and is no part of it (a
link broken between its label and address, a footnote's mark, strike-through, quotes, the title
marks of Chinese and Japanese, BibTeX braces, emoji, a note to itself in brackets)."""

from __future__ import annotations

import re

from ._text import EMOJI_RE, clean_title

_QUOTED_RE = re.compile(r'^\s*["“](?P<t>[^"“”]+)["”]\s*$')
# ``《Title》``, ``「Title」``: the title marks of Chinese and Japanese around the whole title.
_CJK_QUOTED_RE = re.compile(
    r"^\s*(?:《(?P<a>[^《》]+)》|「(?P<b>[^「」]+)」|『(?P<c>[^『』]+)』)\s*$"
)


# ``[Title].(https://…)``, ``[Title] (https://…)``: a link broken by a character between its label
# and its address (the address is read as text, see ``_evidence.bare_urls``).
_BROKEN_LINK_RE = re.compile(r"^\s*\[(?P<t>[^\[\]]{3,})\]\s*[.:]?\s*\(\s*https?://[^\s()]*\)\s*$")


_FOOTNOTE_RE = re.compile(r"\[\^[^\]\s]{1,20}\]")


def tidy_title(raw: str) -> tuple[str | None, str | None]:
    """The title as kept (``clean_title``'s pair) from the text read as the title."""
    broken = _BROKEN_LINK_RE.match(raw)
    raw = broken.group("t") if broken else raw
    raw = _FOOTNOTE_RE.sub("", raw)  # ``Title[^1]``: a footnote's mark
    raw = re.sub(r"^\s*~~(?P<t>[^~]+)~~\s*$", r"\g<t>", raw)  # ``~~Title~~``: struck through
    text = unwrap(EMOJI_RE.sub(" ", raw).strip())
    text = " ".join(text.split()).strip(" \t,;:：|-–—*_•·▪▸►➢➤◦")
    text = re.sub(r"\s*\.$", "", text)
    return clean_title(text)


_NOTE_TAIL_RE = re.compile(r"(?<=\S)\s*\[[a-z]+(?: [a-z]+){1,3}\]\s*$")


def unwrap(text: str) -> str:
    """A title written in quotes (``"Title."``, ``《Title》``) or with BibTeX braces and escapes
    (``{A-GEM}``, ``Progress \\& compress``): the title itself."""
    quoted = _QUOTED_RE.match(text)
    if quoted:
        text = re.sub(r"\s*\.$", "", quoted.group("t").strip())
    marked = _CJK_QUOTED_RE.match(text)
    if marked:
        text = next(x for x in marked.groups() if x is not None).strip()
    # ``HKU-IS[need some images]``, ``Infrared [need help]``: the list's note to itself after
    # the title, words in lowercase in brackets, no part of the title.
    text = _NOTE_TAIL_RE.sub("", text) or text
    if "{" in text and text.count("{") == text.count("}") and "\\" not in text.replace("\\&", ""):
        text = text.replace("{", "").replace("}", "")
    return text.replace("\\&", "&")
