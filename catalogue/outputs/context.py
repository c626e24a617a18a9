"""The build context: what every output is made from, and the one place outputs ask for it.

An output gets the loaded catalogue, the project folder and the templates from here, and asks
here for its fragments (``fragments``: values kept between builds under what they show) and for
what several outputs share within one build (``shared``: every paper's BibTeX entry, which the
BibTeX files, the export and the site's cards all show). Outputs never see where or how
fragments are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..core.store import Catalogue
from ..defaults import template_dirs
from ..incremental.fragments import Fragments, RecordInputs
from ..incremental.kept import KeptValues
from ..incremental.versions import code_version, parts_digest, tree_version

if TYPE_CHECKING:
    import jinja2

T = TypeVar("T")


@dataclass
class BuildContext:
    catalogue: Catalogue
    project_dir: Path = Path(".")
    # Fragments are kept beside this file (the parse cache) as ``<stem>.<output>.marshal``, and
    # the site's record of its last build as ``<stem>.site.json``; None keeps them for this run.
    kept_beside: Path | None = None
    # The site output builds the HTML with MkDocs too, not only the pages.
    html: bool = True
    # What made the kept fragments (None: this code, see ``versions.code_version``); fragments
    # another version kept are not read.
    version: str | None = None
    _stores: dict[str, Fragments] = field(default_factory=dict)
    _shared: dict[str, Any] = field(default_factory=dict)
    _inputs: RecordInputs | None = None

    @property
    def templates(self) -> jinja2.Environment:
        from .templating import environment  # Jinja: only for the outputs that render

        return environment(self.project_dir)

    def beside_cache(self, suffix: str) -> Path | None:
        """A file kept beside the parse cache (``.site.json``), or None without a cache."""
        base = self.kept_beside
        return base.with_name(f"{base.stem}{suffix}") if base else None

    def fragments(self, output: str) -> Fragments:
        """The fragments of the output called ``output`` (kept apart from other outputs', so
        that a command that makes some outputs keeps the others' as they were)."""
        if output not in self._stores:
            if self._inputs is None:
                self._inputs = RecordInputs(self.catalogue)
            path = self.beside_cache(f".{output}.marshal")
            kept = KeptValues(path, self._version() if path else "")
            self._stores[output] = Fragments(kept, self._inputs)
        return self._stores[output]

    def _version(self) -> str:
        """What makes the fragments: the code, and the project's own templates if any."""
        if self.version is not None:
            return self.version
        own = template_dirs(self.project_dir)[:-1]  # the last: the shipped ones, in the code
        return parts_digest(code_version(), tree_version(*own)).hex() if own else code_version()

    def shared(self, name: str, make: Callable[[], T]) -> T:
        """``make()``, made once per build for every output that asks for ``name``."""
        if name not in self._shared:
            self._shared[name] = make()
        return self._shared[name]  # type: ignore[no-any-return]

    def counts(self) -> tuple[int, int]:
        """How many fragments were found kept and how many were made, over every output."""
        stores = [fragments.kept for fragments in self._stores.values()]
        return sum(k.hits for k in stores), sum(k.misses for k in stores)

    def save(self) -> None:
        """Keep this build's fragments for the next one."""
        for fragments in self._stores.values():
            fragments.kept.save()
