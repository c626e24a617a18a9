"""A repository's link nested under a paper's title link: the paper's code (``[owner/repo](github)
| [Pytorch]``, ``[widget-jax](github) - in JAX``), unless a name and a title-like phrase make it a
tool of its own (``[AprilSAM](github): Real-time Smoothing and Mapping``)."""

from __future__ import annotations

import re

from ._document import Inline
from ._evidence import has_evidence, real_links
from ._roles import is_code_url, is_role_label

# What may stand beside a repository link on its line: separators and a short tag of frameworks
# (``| [Pytorch]``, ``(Keras, Tensorflow)``).
_TAG_RE = re.compile(r"^[\s|,;:/()\[\]*_-]*(?:[^\W\d_][\w.+#-]*[\s|,;:/()\[\]*_-]*){0,4}$")


def repository_line(inline: Inline) -> bool:
    """A line that is only a repository's link, named by its path (``[owner/repo](github) |
    [Pytorch]``): under a paper's title link it is that paper's code, not a work of its own."""
    links = real_links(inline)
    if len(links) != 1 or not is_code_url(links[0].url) or " " in links[0].label.strip():
        return False
    link = links[0]
    rest = inline.text[: link.start] + " " + inline.text[link.end :]
    if _names_a_tool(link.label, rest):
        return False
    return not has_evidence(Inline(rest)) and bool(_TAG_RE.match(rest) or _code_words(rest))


def _code_words(rest: str) -> bool:
    """``TensorFlow port of the code``, ``PyTorch implementation by the authors``: words that only
    say which code it is."""
    words = re.findall(r"[^\W\d_]+", rest)
    return bool(words) and all(_code_word(w) or _JOINING_RE.fullmatch(w) for w in words)


def _code_word(word: str) -> bool:
    return not _JOINING_RE.fullmatch(word) and (
        is_role_label(word) or word.casefold() in _CODE_WORDS
    )


def _names_a_tool(label: str, rest: str) -> bool:
    """``[AprilSAM](github): Real-time Smoothing and Mapping``: a name, then a title-like phrase
    (three words or more joined as a sentence joins them, capitalised, no word saying what code it
    is) describe a tool of its own. ``[sprocket-jax](…) - in JAX``, ``[GitHub](…) - code for the
    paper``, ``[widget-tf](…) - TensorFlow port of the code``: the paper's code."""
    if is_role_label(label) or "/" in label or not _JOINING_RE.search(rest):
        return False
    words = re.findall(r"[^\W\d_]+", rest)
    if len(words) < 3 or not words[0][0].isupper():
        return False
    if any(_code_word(w) for w in words):
        return False
    named = [w for w in words if not _JOINING_RE.fullmatch(w)]
    return sum(w[0].isupper() for w in named) * 2 >= len(named)


_JOINING_RE = re.compile(r"\b(?:and|for|of|with|the|an?|in|on|to|via|from|by)\b", re.IGNORECASE)
# Words that say a link is some paper's code, besides the role words (``PyTorch``, ``code``).
_CODE_WORDS = frozenset("port ported reimplementation authors author wrapper bindings".split())
