"""Where the shipped defaults live: the Jinja templates and the MkDocs project files.

A catalogue's repository keeps ``templates/`` and ``site/`` at its top (this one does, and its
maintainers edit them there). The wheel ships both inside the package (``catalogue/_defaults/``,
mapped there by ``pyproject.toml``), so that a folder holding only ``data/`` builds too; a project's
own files override the shipped ones file by file (see ``outputs.templating`` and
``outputs.site.paths``). From a source checkout, the repository's own folders are the defaults.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
_SHIPPED = PACKAGE / "_defaults"
_CHECKOUT = PACKAGE.parent


def _default(name: str) -> Path:
    shipped = _SHIPPED / name
    return shipped if shipped.is_dir() else _CHECKOUT / name


TEMPLATES = _default("templates")
SITE = _default("site")
