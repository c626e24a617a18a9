"""What a full enrichment would ask each service, worked out from the data without a request.

The counts are upper bounds: OpenAlex is asked only for what arXiv and Crossref leave missing,
and Crossref only for the DOIs the records (not yet arXiv's answers) hold. The time is what the
requests take when spaced as each service asks (its ``min_interval``; with ``GITHUB_TOKEN`` the
GitHub interval drops to ``github_token_interval``): the published limits, not network speed.
A real run takes longer by the answers' own time, since each interval counts from the previous
answer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.store import Catalogue
from ..lookup import Services, arxiv, crossref, openalex
from .repositories import github_records
from .targets import select


@dataclass(frozen=True)
class Line:
    service: str
    requests: int
    interval: float
    what: str

    @property
    def seconds(self) -> float:
        return self.requests * self.interval


def plan(
    catalogue: Catalogue, services: Services, wanted: frozenset[str], keys: Sequence[str] = ()
) -> list[Line]:
    paper_keys = [k for k in keys if k not in catalogue.code]
    targets = select(catalogue.papers, paper_keys, wanted) if paper_keys or not keys else []
    with_arxiv = sorted({t.arxiv for t in targets if t.arxiv})
    with_doi = sorted({t.doi for t in targets if t.doi})
    by_id = [t for t in targets if t.arxiv or t.doi]
    by_title = [t for t in targets if not (t.arxiv or t.doi) and t.paper.year is not None]
    lines = [
        Line(
            services.arxiv.name,
            math.ceil(len(with_arxiv) / arxiv.BATCH),
            services.arxiv.min_interval,
            f"{len(with_arxiv)} arXiv ids, {arxiv.BATCH} a request",
        ),
        Line(
            services.crossref.name,
            math.ceil(len(with_doi) / crossref.BATCH),
            services.crossref.min_interval,
            f"{len(with_doi)} DOIs, {crossref.BATCH} a request",
        ),
        Line(
            services.openalex.name,
            math.ceil(len(by_id) / openalex.BATCH) + len(by_title),
            services.openalex.min_interval,
            f"at most {len(by_id)} papers by DOI ({openalex.BATCH} a request)"
            f" and {len(by_title)} by title (one each)",
        ),
    ]
    code_keys = [k for k in keys if k in catalogue.code]
    if "repository" in wanted and (code_keys or not keys):
        repos = set(github_records(catalogue.code, code_keys).values())
        lines.append(
            Line(
                services.github.name,
                len(repos),
                services.github.min_interval,
                f"{len(repos)} repositories, one each",
            )
        )
    return lines


def duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
