"""The five seed lists and their records, shared by the seed tests and the golden regenerator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"


@dataclass(frozen=True)
class Seed:
    id: str
    path: Path
    format: str


def seeds() -> list[Seed]:
    found = []
    for record in sorted(SOURCES.glob("seed-*.yml")):
        data = yaml.safe_load(record.read_text(encoding="utf-8"))
        found.append(Seed(data["id"], SOURCES / data["file"], data["format"]))
    return found
