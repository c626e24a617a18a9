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


def template_dirs(project_dir: Path | None = None) -> list[Path]:
    """Where templates are looked for, in order: the project's own ``templates/`` (when it has
    one), then the shipped defaults. A project overrides the defaults file by file, as MkDocs'
    ``custom_dir`` does a theme's."""
    own = project_dir / "templates" if project_dir is not None else None
    if own is None or not own.is_dir() or own.resolve() == TEMPLATES.resolve():
        return [TEMPLATES]
    return [own, TEMPLATES]
