"""Golden files: the entries (and skipped lines) each seed parses into, as stable JSON.

Regenerate after an intended change with one command, then review the diff:

    .venv/bin/python -m tests.importers.regenerate
"""

from __future__ import annotations

import json
from pathlib import Path

from catalogue.ingest.importers import ImportResult, parse_file

from .seeds import Seed

GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_path(seed: Seed) -> Path:
    return GOLDEN / f"{seed.id}.json"


def render(seed: Seed, result: ImportResult) -> str:
    document = {
        "source": seed.id,
        "format": seed.format,
        "entries": [
            {"kind": item.kind, **item.entry.model_dump(mode="json", exclude_defaults=True)}
            for item in result.entries
        ],
        "skipped": [{"line": s.line, "reason": s.reason, "text": s.text} for s in result.skipped],
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def current(seed: Seed) -> str:
    return render(seed, parse_file(seed.path, seed.format, seed.id))
