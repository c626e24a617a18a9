"""Headings the heading net (``_rescue_headings``) must leave alone though their bodies are
lines of role-labelled links: they name no work.

- A person's or an organisation's own pages: ``### Ann Lee`` over ``[Homepage](…) | [Google
  Scholar](…)``, ``### Acme Widgets`` over ``[Website](…) | [Careers](…)``. Every link is a
  profile (a scholar page, an account) or a home page, one at least a profile; or one says jobs.
- Parts of one thing: a model zoo's ``### ResNet-50 backbone`` over ``[config](…/blob/…/r50.py) |
  [model](…/r50.pth)``, a book's ``## 2. Linear Widgets`` over ``[PDF](…/ch2.pdf) · [Notebook]
  (…/blob/…/ch2.ipynb)``. The sections of a level link into one repository, or into files of one
  site, all of them or all but one, and none links a paper by its identifier (arXiv, DOI): they
  are chapters, checkpoints or configurations of the page's own thing, not works of a list.
"""

from __future__ import annotations

import re
from collections import Counter

from ...core.models import Link
from ._ids import url_id
from ._roles import PAPER_HOSTS, host, host_in, url_path

_HOME_LABEL_RE = re.compile(
    r"^\W*(?:(?:personal |academic )?home ?page|website|web ?site|site|personal (?:page|site)"
    r"|blog|cv|about)\W*$",
    re.IGNORECASE,
)
_JOBS_LABEL_RE = re.compile(r"^\W*(?:careers?|jobs?|we(?:'|’)?re hiring|hiring|join us)\W*$", re.I)
_REPO_HOSTS = ("github.com", "gitlab.com", "huggingface.co")
_FILE_RE = re.compile(r"\.[A-Za-z][\w]{1,5}$")


def own_pages(links: list[Link], persons) -> bool:
    """Links that are a person's or an organisation's own pages (module notes); ``persons``
    says whether a link is a profile."""
    if any(_JOBS_LABEL_RE.match(link.label or "") for link in links):
        return True
    profiles = sum(1 for link in links if persons(link))
    homes = sum(1 for link in links if not persons(link) and _HOME_LABEL_RE.match(link.label or ""))
    return bool(links) and profiles > 0 and profiles + homes == len(links)


def parts_of_one_thing(sections: list[list[Link]]) -> bool:
    """Sections of one level whose links go into one repository or one site's files, all of
    them or all but one (module notes)."""
    if len(sections) < 2 or any(url_id(x.url) is not None for links in sections for x in links):
        return False
    shared = Counter(h for links in sections for h in {_home(x.url) for x in links} if h)
    return any(n >= 2 and n >= len(sections) - 1 for n in shared.values())


def _home(url: str) -> str | None:
    """``github.com/acme/gf`` of a file in that repository; ``book.example.com`` of a file on
    that site; None for a page, or a paper site's file."""
    name, path = host(url), url_path(url)
    parts = path.strip("/").split("/")
    if host_in(name, _REPO_HOSTS):
        if len(parts) >= 4 and parts[2] in {"blob", "tree", "raw", "resolve", "releases"}:
            return f"{name}/{parts[0]}/{parts[1]}".casefold()
        return None
    if host_in(name, PAPER_HOSTS) or not _FILE_RE.search(path):
        return None
    return name.casefold()
