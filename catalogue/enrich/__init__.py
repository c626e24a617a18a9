"""Enrichment: fill what records lack from scholarly services, with the provenance of each value.

The recipe (``run.enrich``): choose the papers that lack a wanted field (``targets``), ask arXiv,
Crossref and OpenAlex about them, fewest requests first (``gather``), read every answer into
``Facts``, fill the empty fields and note disagreements under the catalogue's precedence
(``apply``), keep each service's facts as an entry of its own source (``ledger``), refresh code
records' repository state from GitHub (``repositories``), and write. ``plan`` says what a run
would ask, without asking.
"""

from __future__ import annotations

from .apply import Disagreement, Filled
from .plan import Line, duration, plan
from .repositories import RepoChange
from .run import Report, enrich
from .targets import FIELDS, parse_fields

__all__ = [
    "FIELDS",
    "Disagreement",
    "Filled",
    "Line",
    "RepoChange",
    "Report",
    "duration",
    "enrich",
    "parse_fields",
    "plan",
]
