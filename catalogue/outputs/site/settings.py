"""What the site's pages take from the MkDocs project's configuration (``site/mkdocs.yml``).

Only two plain top-level keys are read, without loading MkDocs: the site's name (feeds name it)
and its address (paper pages, feeds and the sitemap give absolute addresses under it; the publish
workflow sets it to the address GitHub Pages serves the site from).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ...core.yamlio import write_atomic

DEFAULT_NAME = "Papers"


def _key(text: str, name: str) -> str | None:
    found = re.search(rf"^{name}:[ \t]*(.*?)[ \t]*(?:#.*)?$", text, re.M)
    if not found or not found.group(1):
        return None
    value = found.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value or None


@dataclass(frozen=True)
class SiteSettings:
    name: str
    # Ends with a slash when set.
    url: str | None

    @classmethod
    def read(cls, config_file: Path) -> SiteSettings:
        text = config_file.read_text("utf-8") if config_file.is_file() else ""
        url = _key(text, "site_url")
        if url and not url.endswith("/"):
            url += "/"
        return cls(_key(text, "site_name") or DEFAULT_NAME, url)


_SITE_URL_LINE = re.compile(r"^#?[ \t]*site_url:.*$", re.M)
_SAFE_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?")


class SettingsError(ValueError):
    """An address that cannot be the site's."""


def set_site_url(config_file: Path, url: str) -> str:
    """Write ``site_url`` into the MkDocs configuration (the first ``site_url:`` line, set or
    commented out, else a new line), ending with a slash; return it. The publish workflow gives
    the address GitHub Pages serves the site from, so that pages, feeds and the sitemap name
    absolute addresses and the 404 page works under a project site's sub-path."""
    if not _SAFE_URL.fullmatch(url):
        raise SettingsError(f"{url!r}: not an http(s) address a site can be served from")
    url = url if url.endswith("/") else url + "/"
    text = config_file.read_text("utf-8")
    line = f"site_url: {url}"
    text, found = _SITE_URL_LINE.subn(line, text, count=1)
    if not found:
        text = text.rstrip("\n") + f"\n{line}\n"
    write_atomic(config_file, text)
    return url


def main(argv: list[str]) -> int:
    """``python -m catalogue.outputs.site.settings URL [CONFIG]``: set the site's address."""
    if len(argv) not in (1, 2):
        usage = "usage: python -m catalogue.outputs.site.settings URL [site/mkdocs.yml]"
        print(usage, file=sys.stderr)
        return 2
    config = Path(argv[1] if len(argv) == 2 else "site/mkdocs.yml")
    try:
        url = set_site_url(config, argv[0])
    except (SettingsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{config}: site_url: {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
