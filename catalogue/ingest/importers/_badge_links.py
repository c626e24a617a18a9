"""Which badges wrapped in a link are a link of the work (its paper, code, data, page or model
weights: ``[![arXiv](…)](arxiv.org/abs/…)``) and which are decoration (a licence, a chat)."""

from __future__ import annotations

import re

from ...core.models import LinkKind
from ._roles import by_label, by_url, host

# What a badge wrapped in a link can stand for: the paper, its code, data, page or talk.
_WORK_ROLES = frozenset(LinkKind) - {
    LinkKind.OTHER, LinkKind.BLOG, LinkKind.SLIDES, LinkKind.NOTES, LinkKind.CITATION
}  # fmt: skip


def is_work_badge(url: str, alt: str = "") -> bool:
    """A badge linked to the paper, its code or its page (``[![arXiv](…)](arxiv.org/abs/…)``, a
    stars badge linked to the repository, a ``WEB Page`` badge) is that link; a badge linked to
    a licence, a chat or the image itself is decoration."""
    if not url.lower().startswith(("http://", "https://")):
        return False
    if "huggingface.co" in host(url) or names_weights(alt):
        return True  # the work's model weights (``[![Weights](…)](https://huggingface.co/…)``)
    if _DOWNLOAD_RE.fullmatch(alt.strip()):
        # ``[![Download](https://img.shields.io/badge/Download-…)](https://physionet.org/…)``: where
        # a data set is fetched (not ``Downloads``, a count of them).
        return True
    return by_url(url) in _WORK_ROLES or (bool(alt) and by_label(alt) in _WORK_ROLES)


_DOWNLOAD_RE = re.compile(r"download(?: (?:data(?:set)?|page|link))?|下载(?:地址|链接)?", re.I)


def names_weights(text: str) -> bool:
    r"""A badge's text that names trained weights the work released (``Weights``,
    ``Checkpoints``): a link of the work, but no code, whatever its column says."""
    return bool(_RELEASE_RE.search(text))


_RELEASE_RE = re.compile(
    r"\b(?:weights?|checkpoints?|ckpts?|pre-?trained|model (?:zoo|cards?|weights))\b", re.I
)
