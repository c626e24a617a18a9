"""What the site's pages take from the MkDocs project's configuration (``site/mkdocs.yml``).

Only two plain top-level keys are read, without loading MkDocs: the site's name (feeds name it)
and its address (paper pages, feeds and the sitemap give absolute addresses under it; the publish
workflow sets it to the address GitHub Pages serves the site from).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

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
