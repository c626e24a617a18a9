"""The parse cache never serves stale data: through many random edits, a warm load equals a cold
one (the same records, or the same diagnostics)."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

from benchmarks import synthetic
from catalogue.core import store
from catalogue.core.errors import DataError

from .conftest import project


def _load(root: Path, cache: Path | None) -> object:
    try:
        cat = store.load(root, cache)
    except DataError as exc:
        return exc.diagnostics
    names = [c.name for c in store.COLLECTIONS]
    origins = {key: origin.path for key, origin in cat.origins.items()}
    return {name: getattr(cat, name) for name in names}, origins


def _same_size_and_time(path: Path, rng: random.Random) -> None:
    """Change one digit of the year, then put the file's time back."""
    stat = path.stat()
    text = path.read_text("utf-8")
    year = text.split("\nyear: ", 1)[1][:4]
    path.write_text(text.replace(f"year: {year}", f"year: {year[:3]}{rng.randrange(10)}"), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def _write(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")


def _edits(root: Path, originals: dict[Path, bytes]) -> list[Callable[[random.Random], None]]:
    papers = sorted(originals)

    def pick(rng: random.Random) -> Path:
        return rng.choice(papers)

    def swap(rng: random.Random) -> None:  # contents trade places: keys no longer match names
        a, b = pick(rng), pick(rng)
        if a.exists() and b.exists():
            raw = a.read_bytes()
            a.write_bytes(b.read_bytes())
            b.write_bytes(raw)

    def copy(rng: random.Random) -> None:  # one key in two files
        a, b = pick(rng), pick(rng)
        if a.exists():
            b.write_bytes(a.read_bytes())

    def add(rng: random.Random) -> None:
        store.save(root, synthetic.paper(10_000 + rng.randrange(10**6), rng))

    def year(rng: random.Random) -> None:
        path = pick(rng)
        if path.exists():
            _same_size_and_time(path, rng)

    def restore(rng: random.Random) -> None:  # every file back as it was
        for path, raw in originals.items():
            if rng.random() < 0.8:
                path.write_bytes(raw)

    def rewrite(rng: random.Random) -> None:  # the same bytes again
        path = pick(rng)
        if path.exists():
            path.write_bytes(path.read_bytes())

    return [
        year,
        swap,
        copy,
        lambda rng: pick(rng).unlink(missing_ok=True),
        lambda rng: _write(pick(rng), "key: [unclosed\n"),
        lambda rng: _write(pick(rng), "key: a1\ntitle: T\nyear: old\n"),
        restore,
        rewrite,
        add,
    ]


def test_warm_loads_equal_cold_loads_through_random_edits(tmp_path: Path) -> None:
    root = project(tmp_path, 100) / "data"
    cache = tmp_path / "parse.marshal"
    originals = {p: p.read_bytes() for p in (root / "papers").iterdir()}
    edits = _edits(root, originals)
    rng = random.Random(5)
    failures = 0
    assert _load(root, cache) == _load(root, None)
    for _ in range(50):
        for _ in range(rng.randint(1, 3)):
            rng.choice(edits)(rng)
        warm = _load(root, cache)
        assert warm == _load(root, None)
        failures += isinstance(warm, list)
    assert 0 < failures < 50  # both outcomes were met
