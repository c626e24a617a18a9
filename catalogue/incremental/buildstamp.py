"""A build's outputs skipped when nothing they are made from has changed since the last build.

The README, ``bib/``, the site's pages and the built site are a function of the record files, the
package's code and templates, the MkDocs project's sources, the installed distributions, the
Python version and the build settings. ``Stamp.inputs`` digests all of them by content (an edit
that keeps a file's size and time still counts); the record files through the digests the loader
took of the very bytes it read, so an edit made while a build runs shows as a change next time,
never as a match, and the data is read once. When the digest equals the one
the last successful build recorded, and every output file is as that build left it, the output
stages are skipped; the data is still loaded, validated and checked.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..core.yamlio import write_atomic
from .versions import code_version, parts_digest, tree_version

FORMAT = 4
# Outputs under the project folder; the README is also an input (its hand-written part).
README = "README.md"
OUTPUT_FOLDERS = ("bib", "site/docs", "site/public")


class Stamp:
    """The record of the last successful build, kept in ``path`` (JSON)."""

    def __init__(self, path: Path, data_dir: Path, project_dir: Path, settings: Iterable[object]):
        self.path = path
        self.data_dir = data_dir
        self.project_dir = project_dir
        self.settings = [str(s) for s in settings]

    def inputs(self, records: Mapping[tuple[str, str], bytes]) -> str:
        """One digest of everything the outputs are made from; ``records``: the digest of every
        record file the build loaded (``Catalogue.digests``), so that the data is not read twice.
        """
        # MkDocs dates the sitemap by it when set (see site.builder).
        date = os.environ.get("SOURCE_DATE_EPOCH", "")
        parts: list[str | bytes] = [f"format {FORMAT}", code_version(), date, *self.settings]
        parts += [str(self.data_dir.resolve()), str(self.project_dir.resolve())]
        for (collection, name), record in sorted(records.items()):
            parts += [collection, name, record]
        # The MkDocs project's sources, not its outputs.
        parts.append(tree_version(self.project_dir / "site", skip=("docs", "public")))
        # The manual, published on the site (site.manual).
        parts.append(tree_version(self.project_dir / "docs"))
        # The project's own templates, over the shipped ones (which are in the code's version).
        parts.append(tree_version(self.project_dir / "templates"))
        extra = self.project_dir / "mkdocs.yml"  # read for the site's address, when present
        parts.append(extra.read_bytes() if extra.is_file() else b"")
        return parts_digest(*parts).hex()

    def outputs(self) -> dict[str, list[int] | str]:
        """Each output file: the README by content, the many generated files by size and time."""
        found: dict[str, list[int] | str] = {}
        readme = self.project_dir / README
        if readme.is_file():
            found[README] = hashlib.blake2b(readme.read_bytes(), digest_size=20).hexdigest()
        for name in OUTPUT_FOLDERS:
            folder = self.project_dir / name
            if folder.is_dir():
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        stat = path.stat()
                        found[path.relative_to(self.project_dir).as_posix()] = [
                            stat.st_size,
                            stat.st_mtime_ns,
                        ]
        return found

    def fresh(self, inputs: str) -> bool:
        """Whether the last successful build had these inputs and its outputs are untouched."""
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(stored, dict) or stored.get("inputs") != inputs:
            return False
        return bool(stored.get("outputs") == self.outputs())

    def clear(self) -> None:
        """Forget the last build (before outputs change, so that a failed build is not fresh)."""
        self.path.unlink(missing_ok=True)

    def save(self, inputs: str) -> None:
        document = {"format": FORMAT, "inputs": inputs, "outputs": self.outputs()}
        write_atomic(self.path, json.dumps(document, sort_keys=True))
