"""List items that are a bare address and nothing else (``* https://example.org/blog/inside-widgets/``):
a notes list collecting posts or articles writes them so. Such an item is a work titled by its
address only when the address names a page by its words (an article's slug), not a package,
a mirror, a repository or a paper's id, which lists write bare for other reasons (install
lines, mirrors of the list, a work's links under its heading)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ._document import Block
from ._roles import host, host_in, is_code_url
from ._units import item_head, sub_items

# Where packages are to be had (an install section's lines), no posts.
_REGISTRY_HOSTS = (
    "pypi.org",
    "anaconda.org",
    "npmjs.com",
    "crates.io",
    "rubygems.org",
    "hub.docker.com",
    "pkg.go.dev",
    "cran.r-project.org",
    "packagist.org",
    "nuget.org",
    "mvnrepository.com",
)

# An article's slug: two words or more joined by dashes or underscores (``inside-volta``,
# ``what-is-zero-shot-learning``, ``zero-shot-learning-53080995d45f``), perhaps ``.html``.
_SLUG_RE = re.compile(r"[^\W\d_]{2,}(?:[-_][^\W_]+)*[-_][^\W\d_]{2,}(?:[-_][^\W_]+)*(?:\.html?)?")


def page_address(url: str) -> bool:
    """An address that names a page by its words: the last part of its path is a slug of two
    words or more, on no code host and no package registry, and it names no other list
    (``…/awesome-widgets``: a mirror)."""
    try:
        segments = [s for s in urlsplit(url).path.split("/") if s]
    except ValueError:  # ``http://[x]/``: no address to read
        return False
    if not segments or is_code_url(url) or host_in(host(url).casefold(), _REGISTRY_HOSTS):
        return False
    last = segments[-1]
    return bool(_SLUG_RE.fullmatch(last)) and "awesome" not in last.casefold()


def address_item(item: Block) -> bool:
    """``+ https://example.org/posts/zero-shot-learning/``: an item that is a bare address of a
    page named by its words and nothing else. Two such items or more in one list are works
    (posts, pages the list collects), each titled by its address; one alone may be a note."""
    head = item_head(item)
    if head is None or sub_items(item) or len(item.children) != 1:
        return False
    found = re.fullmatch(r"<?(https?://[^\s<>]+)>?", head.text.strip())
    return found is not None and page_address(found.group(1))
