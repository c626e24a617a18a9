"""Synthetic catalogues (benchmarks/synthetic.py) in memory or on disk, for tests at scale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks import synthetic
from catalogue.core.models import CodeLink, Paper
from catalogue.outputs.readme import BEGIN, END

README = f"# A list\n\nWritten by hand.\n\n{BEGIN}\n{END}\n"


def papers(n: int, seed: int = 7) -> list[Paper]:
    return list(synthetic.papers(n, seed))


def code_for(found: list[Paper], every: int = 10) -> list[CodeLink]:
    return [synthetic.code(i, paper) for i, paper in enumerate(found) if i % every == 0]


def project(root: Path, n: int) -> Path:
    """A project folder: ``n`` synthetic papers under data/ and a README with markers."""
    synthetic.generate(root / "data", n)
    (root / "README.md").write_text(README, encoding="utf-8")
    return root


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Count the calls of ``owner.name`` (the real function still runs): ``[count]``."""
    count = [0]
    real: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any) -> Any:
        count[0] += 1
        return real(*args)

    monkeypatch.setattr(owner, name, counted)
    return count
