"""The CI staleness check: README.md and bib/ in the repository are what the data gives."""

from __future__ import annotations

from pathlib import Path

from catalogue.render.outputs import all_outputs, stale
from catalogue.store import load

ROOT = Path(__file__).resolve().parents[2]


def test_committed_outputs_are_current() -> None:
    outputs = all_outputs(load(ROOT / "data"), ROOT)
    behind = [str(path) for path in stale(ROOT, outputs)]
    assert behind == [], "out of date with data/: run `catalogue render` and commit " + " ".join(
        behind
    )
