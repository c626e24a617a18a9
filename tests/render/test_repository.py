"""The CI staleness check: README.md and bib/ in the repository are what the data gives."""

from __future__ import annotations

from pathlib import Path

from catalogue.core.store import load
from catalogue.outputs.context import BuildContext
from catalogue.outputs.files import stale
from catalogue.outputs.registry import rendered

ROOT = Path(__file__).resolve().parents[2]


def test_committed_outputs_are_current() -> None:
    context = BuildContext(load(ROOT / "data"), ROOT)
    files = [file for output in rendered() for file in output.files(context)]
    leftovers = [pattern for output in rendered() for pattern in output.leftovers]
    behind = [str(path) for path in stale(ROOT, files, leftovers)]
    assert behind == [], "out of date with data/: run `catalogue render` and commit " + " ".join(
        behind
    )
