"""Rewrite the golden files from the importers: `.venv/bin/python -m tests.importers.regenerate`."""

from __future__ import annotations

from .golden import current, golden_path
from .seeds import seeds


def main() -> None:
    for seed in seeds():
        path = golden_path(seed)
        text = current(seed)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if text != old:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
