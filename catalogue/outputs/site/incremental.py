"""Rebuild only the pages that changed: MkDocs' dirty build, made exact and atomic.

A full ``mkdocs build`` reads and renders every page, though after one edit only a few of the
generated pages differ. MkDocs can skip the others (``build(dirty=True)``) but, left to itself,
decides by file times, writes into the live site and leaves pages it did not read out of every
page's navigation. Here the skipped pages are exactly those whose output could not differ:

- The last successful build left a record (a JSON file the caller names): a digest of everything
  besides the pages that shapes every page (navigation, ``mkdocs.yml``, overrides and assets,
  installed packages and this package's code), each page's size, time and inode as it read them,
  and each file of ``site/public`` as it left it. Any difference but in the pages' own bytes,
  a page added or removed, or a touched ``site/public``: a full build.
- Other pages show a page only through its navigation title (given in the nav, so the same
  whether the page was read or not); a page whose content other pages read (a Markdown link to
  an anchor on another page, or front matter the theme shows in the navigation) makes the
  build full, now and while the page stays so. A skipped page's links were checked by the build
  that made it and lead to the same files (the set of files is the same).
- The staging folder starts as a hard-link copy of ``site/public`` without the outputs of the
  changed pages and of the theme's templates, so MkDocs rebuilds those whatever the file times
  say; every file it writes there replaces the directory entry instead of writing into an inode
  the live site shares. The staging folder then replaces ``site/public`` as after a full build.
  A failed build changes neither ``site/public`` nor the record, which so still describes it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File

from ...core.yamlio import write_atomic
from ...incremental.versions import code_version, parts_digest, tree_version
from .nav import NavItem
from .paths import SiteLayout

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

FORMAT = 1
# The one warning a dirty build logs; strict mode would count it as a failure.
DIRTY_NOTICE = "A 'dirty' build is being performed"
# Front matter that shows on its own page only (Material reads icon, subtitle and status of
# every page in the navigation).
OWN_PAGE_META = frozenset({"title", "hide", "description", "template"})

# A file as a build saw it: size, modification time (ns) and inode.
Stat = list[int]


def file_stats(root: Path) -> dict[str, Stat]:
    """Every file under ``root`` by relative POSIX name (empty when ``root`` is missing)."""
    found: dict[str, Stat] = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            stat = os.stat(path)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            found[relative] = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    return found


def site_sources_digest(layout: SiteLayout, nav: list[NavItem]) -> str:
    """What shapes every page besides the pages themselves (see the module's description)."""
    date = os.environ.get("SOURCE_DATE_EPOCH", "")  # the sitemap's date (see builder)
    nav_text = json.dumps(nav, ensure_ascii=False)
    outputs = (layout.docs_dir.name, layout.public_dir.name)
    sources = tree_version(layout.root, skip=outputs)  # dot folders: the build's staging
    return parts_digest(f"format {FORMAT}", code_version(), nav_text, date, sources).hex()


@dataclass(frozen=True)
class Record:
    """What the last successful build was made from and what it left in ``site/public``."""

    inputs: str
    docs: dict[str, Stat]
    public: dict[str, Stat]
    # Some page's content shows on other pages: skipping pages would leave them stale.
    entangled: bool


def read_record(path: Path) -> Record | None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored["format"] != FORMAT:
            return None
        return Record(stored["inputs"], stored["docs"], stored["public"], stored["entangled"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a missing or damaged record only means a full build


def write_record(path: Path, record: Record) -> None:
    document = {
        "format": FORMAT,
        "inputs": record.inputs,
        "docs": record.docs,
        "public": record.public,
        "entangled": record.entangled,
    }
    write_atomic(path, json.dumps(document, sort_keys=True, separators=(",", ":")))


@dataclass(frozen=True)
class Plan:
    """The files of ``docs/`` to build again, or None for a full build; and why."""

    pages: list[str] | None
    reason: str


def _titled(items: Iterable[NavItem | str]) -> bool:
    """Whether every page in the navigation has its title there (not from its content)."""
    for item in items:
        if isinstance(item, str):
            return False
        for value in item.values():
            if isinstance(value, list) and not _titled(value):
                return False
    return True


def plan(
    layout: SiteLayout,
    nav: list[NavItem],
    inputs: str,
    docs: dict[str, Stat],
    changed: Iterable[str],
    record: Record | None,
) -> Plan:
    """Which pages to build again, given the pages now (``docs``) and the last build's record.

    ``changed``: files the caller rewrote since (also found by their size, time and inode)."""
    if record is None:
        return Plan(None, "no record of an earlier build")
    if record.inputs != inputs:
        return Plan(None, "the navigation, the MkDocs project or the installed packages changed")
    if record.docs.keys() != docs.keys():
        return Plan(None, "files were added to or removed from site/docs")
    if record.entangled:
        return Plan(None, "a page's content shows on other pages")
    if not _titled(nav):
        return Plan(None, "a page in the navigation takes its title from its content")
    if file_stats(layout.public_dir) != record.public:
        return Plan(None, "site/public is not what the last build left")
    pages = {name for name, stat in docs.items() if record.docs[name] != stat}
    pages.update(name for name in changed if name in docs)
    return Plan(sorted(pages), f"{len(pages)} of {len(docs)} files changed")


def outputs_to_replace(config: MkDocsConfig, pages: Iterable[str]) -> list[str]:
    """Files of the site the build must write anew: the changed files' and the user's templates'.

    The theme's templates (``404.html``, ``sitemap.xml``) are kept: they show the navigation,
    the set of pages and the build's date, all equal when a build may be incremental, and
    ``TemplatesKept`` stops MkDocs from rendering them again."""
    use_urls = bool(config.use_directory_urls)
    names = {File(page, None, "", use_urls).dest_uri for page in pages}
    names.update(File(name, None, "", use_urls).dest_uri for name in config.extra_templates)
    return sorted(names)


def link_copy(source: Path, target: Path, leave_out: Iterable[str]) -> None:
    """``target``: the tree of ``source`` made of hard links, but for the files ``leave_out``."""
    skip = set(leave_out)
    for folder, _dirs, names in os.walk(source):
        relative = os.path.relpath(folder, source)
        into = target / relative if relative != "." else target
        into.mkdir(parents=True, exist_ok=True)
        for name in names:
            key = f"{relative}/{name}".replace(os.sep, "/").removeprefix("./")
            if key not in skip:
                os.link(os.path.join(folder, name), into / name)


def _unlinked(path: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)


@contextmanager
def fresh_inodes() -> Iterator[None]:
    """MkDocs' file writers replace the file they write instead of writing into its inode."""
    import mkdocs.utils

    write: Callable[[bytes, str], None] = mkdocs.utils.write_file
    copy: Callable[[str, str], None] = mkdocs.utils.copy_file

    def write_file(content: bytes, output_path: str) -> None:
        _unlinked(output_path)
        write(content, output_path)

    def copy_file(source_path: str, output_path: str) -> None:
        target = output_path
        if os.path.isdir(target):
            target = os.path.join(target, os.path.basename(source_path))
        _unlinked(target)
        copy(source_path, output_path)

    # build.py and files.py call them as ``utils.write_file`` and ``utils.copy_file``.
    mkdocs.utils.write_file, mkdocs.utils.copy_file = write_file, copy_file  # type: ignore[assignment]
    try:
        yield
    finally:
        mkdocs.utils.write_file, mkdocs.utils.copy_file = write, copy  # type: ignore[assignment]


class _DropDirtyNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_NOTICE)


@contextmanager
def dirty_notice_dropped() -> Iterator[None]:
    """Keep the dirty build's notice from counting as a warning (it is the point here)."""
    logger = logging.getLogger("mkdocs.commands.build")
    notice = _DropDirtyNotice()
    logger.addFilter(notice)
    try:
        yield
    finally:
        logger.removeFilter(notice)


class Watch(BasePlugin):  # type: ignore[type-arg]
    """Added to every build: which pages MkDocs read, and whether other pages show any of them."""

    def __init__(self) -> None:
        self.read: list[str] = []
        self.entangled = False
        # The site's address, when the project sets one (the sitemap needs it), and the
        # project's own plugins (without a search plugin, its assets are left out).
        self.site_url: str | None = None
        self.plugins: list[str] = []

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self.read.append(page.file.src_uri)
        targets = page.links_to_anchors or {}
        if any(target is not page.file for target in targets) or set(page.meta) - OWN_PAGE_META:
            self.entangled = True
        return html


class TemplatesKept(BasePlugin):  # type: ignore[type-arg]
    """Added to incremental builds: the theme's templates are not rendered again (see
    ``outputs_to_replace``). Emptied only once the files are gathered, so that the templates'
    sources are still left out of the site's static files."""

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        config.theme.static_templates.clear()
        return env
