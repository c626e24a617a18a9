"""Commands run as a user runs them: a fresh Python process importing this checkout's package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python(
    *args: str, cwd: Path | None = None, timeout: int = 60
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` with this checkout first on the path; output captured, any exit code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=timeout,
        cwd=cwd,
    )


def catalogue(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``catalogue ARGS`` (as ``python -m catalogue``)."""
    return python("-m", "catalogue", *args, cwd=cwd)
