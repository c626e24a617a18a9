"""The outputs, chosen by name: the README, BibTeX, JSON and the website.

Every command that makes an output finds it here: ``build`` runs the steps of each output in
this order, ``render`` writes and checks the files kept in the repository (``Rendered``), and
``export`` prints one document (``Exported``). A format is made along one path: the site's
downloads are the BibTeX and JSON outputs' own documents. Each output's module is imported only
when it is asked for, so a command loads the code of the outputs it makes and no other.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..core.registry import pick

if TYPE_CHECKING:
    from .context import BuildContext
    from .files import OutputFile

# A named step of ``build``: it writes what it makes and returns the paths it wrote.
Step = tuple[str, Callable[["BuildContext"], list[Path]]]


@runtime_checkable
class Output(Protocol):
    name: str

    def steps(self) -> Sequence[Step]:
        """What ``build`` runs for this output, in order (none: made only inside others)."""
        ...


@runtime_checkable
class Rendered(Output, Protocol):
    """An output whose files are kept in the repository (``render`` and ``render --check``)."""

    # Patterns (under the project) of files it wrote once: those it no longer makes are deleted.
    leftovers: tuple[str, ...]

    def files(self, ctx: BuildContext) -> list[OutputFile]: ...


@runtime_checkable
class Exported(Output, Protocol):
    """An output that is also one document (``export --format NAME``)."""

    suffix: str

    def document(self, ctx: BuildContext, category: str | None = None) -> bytes:
        """Every paper, or those filed under ``category`` and its sub-categories."""
        ...


@dataclass(frozen=True)
class Entry:
    name: str
    module: str  # defines ``OUTPUT``
    rendered: bool = False
    exported: bool = False


ENTRIES = (
    Entry("readme", "catalogue.outputs.readme", rendered=True),
    Entry("bibtex", "catalogue.outputs.bibtex_output", rendered=True, exported=True),
    Entry("json", "catalogue.outputs.json_output", exported=True),
    Entry("site", "catalogue.outputs.site.output"),
)
_BY_NAME = {entry.name: entry for entry in ENTRIES}


def get(name: str) -> Output:
    entry = pick(_BY_NAME, name, "output")
    found: Output = importlib.import_module(entry.module).OUTPUT
    return found


def outputs() -> list[Output]:
    """Every output, in the order ``build`` makes them."""
    return [get(entry.name) for entry in ENTRIES]


def rendered() -> list[Rendered]:
    found = [get(entry.name) for entry in ENTRIES if entry.rendered]
    return [output for output in found if isinstance(output, Rendered)]


def exported(name: str) -> Exported:
    """The output ``export --format name`` writes, or a usage error naming the choices."""
    choices = {entry.name: entry for entry in ENTRIES if entry.exported}
    found = get(pick(choices, name, "export format").name)
    assert isinstance(found, Exported)
    return found
