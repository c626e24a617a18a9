"""Titles that name the same work although their keys differ: the near misses lists make.

Lists decorate titles: a method's name before a colon (``MGD: Matching Guided Distillation``), a
bracketed venue (``… in Recommendation [CIKM 2021]``), a ``(survey)`` tag, a trailing venue and
year (``…, CVPR 2019``), a second title in parentheses; and they misspell words (``Towars``,
``Distillating``). ``loose_keys`` strips the decorations and gives the keys a title may be found
under; ``typo_keys`` gives, for titles long enough to tell apart, the title with one word left out,
so that two spellings differing in one word meet in a block without comparing all pairs;
``one_typo`` confirms such a pair; ``main_title`` is a title without its subtitle.

Kept apart on purpose: short titles (``Data Distillation`` is not ``Dataset Distillation``), a
prefix alone (two different works are both called ``MGD``), words that differ in a digit
(``YOLOv3``/``YOLOv4``), and words that are not spellings of each other.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ..core.identity import title_key

# A loose key needs this many words to stand for a work on its own; a typo match needs more.
MIN_LOOSE_WORDS = 3
MIN_TYPO_WORDS = 4
WORD_SPELLING_RATIO = 0.8
MIN_TYPO_WORD_LENGTH = 4

_BRACKETS = re.compile(r"\s*\[[^\[\]]*\]\s*")
_TAGS = re.compile(
    r"\s*\(\s*(?:survey|review|tutorial|oral|spotlight|short|long|extended|demo|preprint)"
    r"(?:\s+paper)?\s*\)\s*",
    re.I,
)
# ``, CVPR 2019`` / `` (AAAI 2020)`` / ``- NeurIPS'20``: a name with two capitals, then a year.
_TRAILING_VENUE = re.compile(
    r"(?:\s*[,;(\-–—]\s*|\s+)(?:[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*)"
    r"(?:[\s-][A-Z][A-Za-z]*)?\s*'?(?:(?:19|20)\d{2}|\d{2})\s*\)?\s*$"
)
# ``MGD: …`` / ``MobileID - …``: one token naming the method, then the title.
_PREFIX = re.compile(r"^\s*([A-Za-z0-9][\w+.\-]{0,24})\s*(?::|：|\s[-–—])\s+(.+)$")
# ``Old Title (New Title)``: a second title of several words in parentheses at the end.
_SECOND_TITLE = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")


def undecorated(title: str) -> str:
    """The title without the tags, bracketed notes and trailing venue lists add to it."""
    text = _BRACKETS.sub(" ", title)
    text = _TAGS.sub(" ", text)
    previous = None
    while previous != text:  # ``…, CVPR 2019 (oral)`` has two trailing decorations
        previous = text
        text = _TAGS.sub(" ", _TRAILING_VENUE.sub("", text)).strip()
    return text.strip()


def title_variants(title: str) -> tuple[str, ...]:
    """The titles an entry's title stands for: itself without decorations, or both titles of
    ``Old Title (New Title)`` (a list naming a renamed paper by both of its titles)."""
    bare = undecorated(title) or title
    second = _SECOND_TITLE.match(bare)
    if second:
        first, other = second.group(1).strip(), second.group(2).strip()
        if min(_words(title_key(first)), _words(title_key(other))) >= MIN_TYPO_WORDS:
            return first, other
    return (bare,)


def _words(key: str) -> int:
    return len(key.split())


@lru_cache(maxsize=65536)
def loose_keys(title: str) -> tuple[str, ...]:
    """The keys a title may be found under besides its own key: without decorations, without a
    method's name before a colon, and each of two titles given as ``A (B)``. Only keys of at least
    ``MIN_LOOSE_WORDS`` words; never the title's own key."""
    own = title_key(title)
    found: dict[str, None] = {}
    bare = undecorated(title)
    texts = [bare]
    second = _SECOND_TITLE.match(bare)
    if second and _words(title_key(second.group(2))) >= MIN_TYPO_WORDS:
        texts += [second.group(1), second.group(2)]
    for text in texts:
        prefixed = _PREFIX.match(text)
        for candidate in (text, prefixed.group(2) if prefixed else None):
            if candidate is None:
                continue
            key = title_key(candidate)
            if key != own and _words(key) >= MIN_LOOSE_WORDS:
                found.setdefault(key, None)
    return tuple(found)


def main_title(title: str) -> str | None:
    """The key of a title's part before its subtitle (``Main Title: a subtitle``), when that
    part has ``MIN_LOOSE_WORDS`` words or more: a list may leave the subtitle out. Weak evidence:
    the works must also share their authors (see ``dedupe``)."""
    bare = undecorated(title)
    head, sep, tail = bare.partition(": ")
    if not sep or not tail.strip():
        return None
    key = title_key(head)
    return key if _words(key) >= MIN_LOOSE_WORDS else None


def typo_keys(key: str) -> tuple[str, ...]:
    """``key`` with one word left out, for each word (keys of ``MIN_TYPO_WORDS`` words or more):
    two titles that differ in one word share the key that leaves it out."""
    words = key.split()
    if len(words) < MIN_TYPO_WORDS:
        return ()
    return tuple(" ".join(words[:i] + words[i + 1 :]) for i in range(len(words)))


def _spellings(a: str, b: str) -> bool:
    if min(len(a), len(b)) < MIN_TYPO_WORD_LENGTH or not (a.isalpha() and b.isalpha()):
        return False  # short words and words with digits differ on purpose (v3/v4, 2d/3d)
    return SequenceMatcher(None, a, b).ratio() >= WORD_SPELLING_RATIO


def one_typo(a: str, b: str) -> bool:
    """Two title keys of equal length that differ in exactly one word, a misspelling of it."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < MIN_TYPO_WORDS:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diff) == 1 and _spellings(*diff[0])


def acronym_equal(a: str, b: str) -> bool:
    """Title keys equal but for acronyms of a run of words (``lm`` / ``language model``)."""
    wa, wb = a.split(), b.split()
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    changed = [op for op in ops if op[0] != "equal"]
    if not changed or len(changed) > 2:
        return False
    for tag, i1, i2, j1, j2 in changed:
        if tag != "replace":
            return False
        short, long = (wa[i1:i2], wb[j1:j2]) if i2 - i1 < j2 - j1 else (wb[j1:j2], wa[i1:i2])
        if len(short) != 1 or len(long) < 2 or short[0] != "".join(w[0] for w in long):
            return False
    return True
