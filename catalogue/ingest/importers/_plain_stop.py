"""Where a title written as plain text must end (``_plain_title``): at the first link or address
written as text, before a role word that labels it, before role links in brackets, trailing
emoji and a bracket of code-font tags."""

from __future__ import annotations

import re

from ._document import Inline, InlineLink
from ._evidence import bare_urls
from ._roles import is_role_label

# `` | ``: fields of a line set apart by bars (``Title | **Venue** | [[PDF]](…)``).
BAR_RE = re.compile(r"\s+\|\s+")
_ROLE_TAIL_RE = re.compile(r"\s*\[\[?(?P<label>[^\[\]]{1,20})\]\]?\s*$")
# ``(code: ``, ``- pdf:``: a role word that labels the address after it.
_LABEL_BEFORE_RE = re.compile(r"[\s,;–—-]*[\[(（【]?\s*(?P<w>[^\W\d_]+)\s*[:：]\s*$")


def plain_stop(inline: Inline, offset: int, first: InlineLink | None) -> int:
    """Where a title written as plain text must end: at the first link, or at the first address
    written as text (``Title, https://arxiv.org/abs/…``, ``Title (code: github.com/…)``)."""
    text = inline.text
    stops = [first.start] if first is not None else []
    stops += [start for _, start, _ in bare_urls(inline) if start > offset]
    stop = min(min(stops, default=len(text)), len(text))  # an empty link may sit past the end
    if stop < len(text) and stop not in (first.start if first else -1,):
        label = _LABEL_BEFORE_RE.search(text, offset, stop)
        if label is not None and is_role_label(label.group("w")):
            stop = label.start()
    # ``Widget Mixer (WidNet, [2022](…)) --- …``: a bracket opened before the first link and closed
    # after it holds the work's short name and its linked year, no words of the title.
    opened = text.rfind("(", offset, stop)
    unclosed = opened > offset and ")" not in text[opened:stop]
    if first is not None and stop == first.start and unclosed:
        closes = re.match(r"\s*[,;]?\s*\)", text[first.end :])
        stop = opened if closes is not None else stop
    # ``Title [[paper](url)]``: the brackets around a role link are no part of the title.
    while stops and stop > offset and text[stop - 1] in "[(【（ ,-–—":
        stop -= 1
    if stop < len(text) and (first is None or stop < first.start):
        # ``Title : http://…``, ``Title [[Paper]] (http://…)`` (a link broken by a space): the
        # separator and the role label before an address written as text go too.
        while stop > offset and text[stop - 1] in ":：|[(【（ ,-–—":
            stop -= 1
        role = _ROLE_TAIL_RE.search(text, offset, stop)
        if role is not None and is_role_label(role.group("label")):
            stop = role.start()
    # ``Title | **KIT Dissertation** | [[PDF]](…)``: a bold field set apart by bars (the venue).
    for bar in BAR_RE.finditer(text, offset, stop):
        run = next((r for r in inline.strong if r[0] == bar.end()), None)
        fielded = run is not None and (run[1] >= stop or re.match(r"\s*\|", text[run[1] :]))
        if fielded and len(text[offset : bar.start()].split()) >= 3:
            return bar.start()
    # ``Title [Paper] [Code]`` with no address: places kept for links to come, no title words.
    at_end = stop == len(text)
    while at_end and (role := _ROLE_TAIL_RE.search(text, offset, stop)) is not None:
        if not is_role_label(role.group("label")):
            break
        stop = role.start()
    return _before_code_tags(inline, offset, stop)


_SHORTCODE_RE = re.compile(r"[a-z0-9_+-]+")
_MARK_RE = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]")


def _before_marks(text: str, stop: int) -> int:
    """Where the text before ``stop`` ends without the emoji and ``:shortcodes:`` after it
    (read from the end, so a long run of them costs its length once)."""
    while True:
        while stop and text[stop - 1].isspace():
            stop -= 1
        if stop and _MARK_RE.fullmatch(text[stop - 1]):
            stop -= 1
        elif stop and text[stop - 1] == ":" and (colon := text.rfind(":", 0, stop - 1)) >= 0:
            if not _SHORTCODE_RE.fullmatch(text[colon + 1 : stop - 1]):
                return stop
            stop = colon
        else:
            return stop


def _before_code_tags(inline: Inline, offset: int, stop: int) -> int:
    """``Title [`lf.` `est.`]``: a bracket holding only code spans at the title's end is the
    list's keyword tags (a legend up the page says what ``lf.`` stands for), no title words;
    their full stops would end the title early (``Title [est``)."""
    text = inline.text
    while True:
        # Marks after the tags (``[`est.`] :fire:``) stay out of the title with them.
        end = _before_marks(text, stop)
        if end <= offset or text[end - 1] != "]":
            return stop
        start = text.rfind("[", offset, end - 1)
        if start < 0 or not text[offset:start].strip():
            return stop
        inner = [(a, b) for a, b in inline.code if start < a and b < end]
        covered = set().union(*(range(a, b) for a, b in inner)) if inner else set()
        loose = [i for i in range(start + 1, end - 1) if i not in covered and not text[i].isspace()]
        if not inner or loose:
            return stop
        stop = len(text[:start].rstrip())
