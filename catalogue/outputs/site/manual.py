"""The tool's manual: the repository's ``docs/`` folder, published on the site under ``manual/``.

The manual is written once, as Markdown pages that read well on GitHub; the site shows the same
files. Its pages link only to each other (a link to a repository file outside ``docs/`` would
lead nowhere on the site, and the strict MkDocs build refuses it). Each page's navigation title
is its first heading; the index page comes first, then the pages in the order it links them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = "manual"
INDEX = "index.md"
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


@dataclass(frozen=True)
class Manual:
    files: dict[str, bytes]
    # (title, page inside docs/) in navigation order.
    pages: list[tuple[str, str]]


def _title(text: str, fallback: str) -> str:
    found = _HEADING.search(text)
    return found.group(1) if found else fallback


def read_manual(folder: Path) -> Manual:
    """Every file under ``folder`` (none when it is missing), as site files under ``manual/``."""
    if not folder.is_dir():
        return Manual({}, [])
    found = {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    }
    markdown = [name for name in found if name.endswith(".md")]
    order: list[str] = [INDEX] if INDEX in found else []
    if INDEX in found:
        index_text = found[INDEX].decode("utf-8", "replace")
        order += [m for m in _LINK.findall(index_text) if m in found and m not in order]
    order += [name for name in markdown if name not in order]
    pages = []
    for name in order:
        text = found[name].decode("utf-8", "replace")
        pages.append((_title(text, Path(name).stem), f"{FOLDER}/{name}"))
    files = {f"{FOLDER}/{name}": data for name, data in found.items()}
    return Manual(files, pages)
