"""The CI staleness check: README.md and bib/ in the repository are what the data gives."""

from __future__ import annotations

from pathlib import Path

from catalogue.core.store import load
from catalogue.outputs.files import all_outputs, stale

ROOT = Path(__file__).resolve().parents[2]


def test_committed_outputs_are_current() -> None:
    outputs = all_outputs(load(ROOT / "data"), ROOT)
    behind = [str(path) for path in stale(ROOT, outputs)]
    assert behind == [], "out of date with data/: run `catalogue render` and commit " + " ".join(
        behind
    )
