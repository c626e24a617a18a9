"""Each seed parses into exactly its golden file (tests/importers/golden/<source-id>.json).

After an intended change to an importer, regenerate the goldens and review the diff:

    .venv/bin/python -m tests.importers.regenerate
"""

from __future__ import annotations

import pytest

from .golden import current, golden_path
from .seeds import Seed, seeds


@pytest.mark.parametrize("seed", seeds(), ids=lambda s: s.id)
def test_seed_matches_golden(seed: Seed) -> None:
    path = golden_path(seed)
    assert path.exists(), f"no golden file {path}: run python -m tests.importers.regenerate"
    expected = path.read_text(encoding="utf-8")
    assert current(seed) == expected, (
        f"{seed.id} parses differently from {path.name}; if intended, regenerate"
        " (python -m tests.importers.regenerate) and review the diff"
    )
