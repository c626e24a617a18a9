"""What a contributor may type to name a paper: an arXiv id or URL, a DOI or DOI URL.

The normalisers themselves (arXiv, DOI, titles) belong to ``catalogue.identity``; this module only
decides which service to ask, and says plainly what it could not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core import identity
from ..core.errors import UsageError


@dataclass(frozen=True)
class PaperId:
    """One identifier of a paper: ``scheme`` is ``arxiv`` or ``doi``; ``value`` is normalised."""

    scheme: str
    value: str

    def __str__(self) -> str:
        return f"arXiv {self.value}" if self.scheme == "arxiv" else f"DOI {self.value}"


def parse_paper_id(text: str) -> PaperId:
    """Read what a contributor typed; raise ``UsageError`` saying what forms are accepted."""
    text = text.strip()
    # arXiv first: arXiv's own DOIs (10.48550/arXiv.…) are DataCite's, unknown to Crossref.
    arxiv = identity.arxiv_id(text)
    if arxiv:
        return PaperId("arxiv", arxiv)
    doi = identity.doi(text)
    if doi:
        return PaperId("doi", doi)
    raise UsageError(
        f"cannot read {text!r} as a paper identifier: give an arXiv id or URL (1503.02531,"
        " arXiv:1503.02531v2, https://arxiv.org/abs/hep-th/9901001) or a DOI"
        " (10.1109/cvpr.2019.00409, https://doi.org/10.1109/CVPR.2019.00409)"
    )
