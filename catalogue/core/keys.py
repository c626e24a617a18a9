"""Citation-style keys for new records: family name + year + first significant title word.

A key is generated once, when a record is first written, and never changes after that.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_STOP = frozenset(
    "a an the on of in for to and with via from by at is are do does what when how why towards"
    " toward using into through beyond not".split()
)
_PARTICLES = frozenset("van von der den de del della di da du le la ten ter".split())


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only (accents folded: Schölkopf -> scholkopf)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def slug(text: str) -> str:
    """Lower-case ASCII words joined by single hyphens: ``AB_distillation`` -> ``ab-distillation``
    (accents folded, other characters dropped)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", folded.lower()))


def family_name(author: str) -> str:
    """The family name of an author written ``Given Family`` or ``Family, Given``."""
    author = author.strip()
    if "," in author:
        return author.split(",", 1)[0]
    parts = [p for p in re.split(r"\s+", author) if p]
    if not parts:
        return ""
    family = [parts[-1]]
    for part in reversed(parts[:-1]):
        if part.lower() in _PARTICLES:
            family.insert(0, part)
        else:
            break
    return "".join(family)


def first_word(title: str) -> str:
    for word in re.findall(r"[^\W_]+", title):
        slug = ascii_slug(word)
        if slug and slug not in _STOP and not slug.isdigit():
            return slug
    return "untitled"


def make_key(authors: list[str], year: int | None, title: str, taken: Container[str]) -> str:
    """A new key, unique against ``taken``: ``hinton2015distilling``, then ``…b``, ``…c``."""
    name = ascii_slug(family_name(authors[0])) if authors else ""
    base = f"{name or 'anon'}{year or ''}{first_word(title)}"
    if not base[0].isalpha():
        base = "x" + base
    base = base[:60]
    if base not in taken:
        return base
    for suffix in range(2, 10_000):
        letter = _suffix(suffix)
        if f"{base}{letter}" not in taken:
            return f"{base}{letter}"
    raise RuntimeError("no free key")  # pragma: no cover


def _suffix(n: int) -> str:
    """2 -> b, 3 -> c, …, 26 -> z, 27 -> ba: bibliography-style suffixes."""
    letters = ""
    n -= 1
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
        if n == 0:
            return letters
