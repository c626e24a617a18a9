"""Paper pages put into the theme's page, and the sitemap of every page, after MkDocs has built.

MkDocs renders one page, ``papers/_shell.md`` (template ``overrides/paper.html``), with markers
where a paper's title, description, head tags and content go, and where its own address shows
(the canonical link). Every paper page lives in the same folder, so every relative link of the
theme's page (stylesheets, scripts, navigation) is right for all of them: a page is the shell's
pieces with the paper's parts between them, a few string joins instead of a MkDocs page render.
The shell itself is removed from the site.

MkDocs' sitemap lists only the pages MkDocs built; it is written again here with every page of
the site, paper pages included, under ``site_url`` (a sitemap's addresses must be absolute:
without ``site_url`` it lists none).
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

from . import paths
from .paper_pages import PART
from .sync import holds

# Marker texts: plain ASCII, so that the theme prints them unchanged.
TITLE = "kd-shell-title"
DESCRIPTION = "kd-shell-description"
_HEAD, _BODY = b"<!--kd:head-->", b"<!--kd:body-->"
_SHELL_FILE = paths.html_path(paths.SHELL).rpartition("/")[2].encode()
# Slots, by the index of the paper's part that fills them; the file name is the last.
_SLOTS = {_HEAD: 0, TITLE.encode(): 1, DESCRIPTION.encode(): 2, _BODY: 3, _SHELL_FILE: 4}
_MARKERS = re.compile(b"|".join(re.escape(m) for m in _SLOTS))
# The theme's templates leave blank lines and deep indentation: a third of a paper page. The
# shell holds no <pre> or <textarea>, where white space would show.
_BLANK = re.compile(rb"\n[ \t\n]*")


class ShellError(Exception):
    """The theme's page lost a marker (an override changed): no paper page can be made."""


def shell_markdown() -> str:
    """The shell's Markdown page: its front matter names the template and holds the markers."""
    return (
        "---\n"
        f"title: {TITLE}\n"
        f"description: {DESCRIPTION}\n"
        "template: paper.html\n"
        "hide:\n- toc\n"
        "---\n\n"
        "The page every paper page is made from (catalogue/outputs/site/shell.py).\n"
    )


@dataclass(frozen=True)
class Shell:
    """The theme's page cut at its markers: literal pieces, and between each two a slot."""

    pieces: list[bytes]
    slots: list[int]

    @classmethod
    def parse(cls, html: bytes) -> Shell:
        if re.search(rb"<(pre|textarea)\b", html):
            raise ShellError("the paper page template holds preformatted text")
        pieces = [_BLANK.sub(b"\n", piece) for piece in _MARKERS.split(html)]
        slots = [_SLOTS[m] for m in _MARKERS.findall(html)]
        missing = {0, 1, 3} - set(slots)
        if missing:
            raise ShellError(f"the paper page template lost its markers (parts {sorted(missing)})")
        return cls(pieces, slots)

    def page(self, key: str, parts: bytes) -> bytes:
        """The page of the paper ``key`` from its parts (see ``paper_pages``)."""
        fill = [*parts.split(PART, 3), f"{key}.html".encode()]
        out = [self.pieces[0]]
        for slot, piece in zip(self.slots, self.pieces[1:], strict=True):
            out += (fill[slot], piece)
        return b"".join(out)


def write_paper_pages(site_dir: Path, pages: Mapping[str, bytes]) -> None:
    """Put every paper page into the built site ``site_dir`` and remove the shell; pages of
    papers that are gone are removed, pages whose bytes are already right are left alone."""
    shell_file = site_dir / paths.html_path(paths.SHELL)
    if not shell_file.is_file():
        return
    shell = Shell.parse(shell_file.read_bytes())
    shell_file.unlink()
    folder = shell_file.parent
    existing = set(os.listdir(folder))
    for key, parts in pages.items():
        name = f"{key}.html"
        data = shell.page(key, parts)
        path = folder / name
        if name in existing:
            existing.discard(name)
            if holds(path, data):
                continue
            path.unlink()  # maybe a hard link into the live site: never written through
        with open(path, "wb") as handle:
            handle.write(data)
    for name in existing:
        (folder / name).unlink()
    if not any(folder.iterdir()):
        folder.rmdir()


def _build_day() -> dt.date:
    """The day MkDocs dates its pages with (see ``builder._source_date``)."""
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)
    return dt.datetime.fromtimestamp(stamp, dt.UTC).date()


def write_sitemap(site_dir: Path, site_url: str | None) -> None:
    """``sitemap.xml`` (and its gzip copy) listing every page of the built site."""
    day = _build_day().isoformat()
    found: list[str] = []
    if site_url:
        base = site_url if site_url.endswith("/") else site_url + "/"
        for folder, dirs, names in os.walk(site_dir):
            dirs[:] = [d for d in dirs if d != "assets"]
            relative = os.path.relpath(folder, site_dir).replace(os.sep, "/")
            prefix = "" if relative == "." else relative + "/"
            found += [prefix + n for n in names if n.endswith(".html") and n != "404.html"]
        found = [
            f"<url><loc>{escape(base + name)}</loc><lastmod>{day}</lastmod></url>\n"
            for name in sorted(found)
        ]
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(found)
        + "</urlset>\n"
    ).encode("utf-8")
    for name, data in (
        ("sitemap.xml", text),
        ("sitemap.xml.gz", gzip.compress(text, mtime=int(os.environ.get("SOURCE_DATE_EPOCH", 0)))),
    ):
        path = site_dir / name
        if not holds(path, data):
            path.unlink(missing_ok=True)
            path.write_bytes(data)
