"""What the items of each section link to, counted before the list is read: repositories, other
lists, anything else. Two judgments need a section's items together, not one item alone.

- A section of resources (``## Other Resources``) is no list of works, as a rule: its items are
  related lists, sites and courses. When most of its items are repositories that are no lists
  (``1. [owner/bert-as-service](https://github.com/owner/bert-as-service) - Mapping …``), it is
  the list's catalogue of code all the same: those items are works.
- An item that links another list (``[owner/awesome-gpt3](https://github.com/owner/awesome-gpt3) -
  A collection of demos …``) among many works of a catalogue section is one of them: the list
  names it beside the works it collects, not in a section of related lists.
- A section of news is the list's own log (``- **[2024-05]** We added 20 papers``), as a rule.
  When most of its items open with a link and nothing before it (``- [Widgets Squeezed Into
  Watches](https://…) - a magazine article``), it is the press about the list's subject: articles,
  videos and podcast episodes, each a work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._nonworks import is_paper_list
from ._roles import is_code_url
from ._sections import Sections
from ._units import Event, Heading, Unit

# ``Other Resources``, ``Resources``, ``Useful Links``: not ``Related …`` (related lists) nor
# ``See also``.
_RESOURCES_RE = re.compile(r"^(?:useful |other |more |additional )?(?:resources|links)$", re.I)
_DECOR_RE = re.compile(r"[^\w\s]|^\s*\d+(?:\.\d+)*\.?\s+")
# An item's label that says it is a list (``Awesome Widgets``, ``widget-papers``, ``paper list``).
_LIST_LABEL_RE = re.compile(r"awesome|\bpapers?\b|[-_]papers?\b|\blists?\b|\breading\b", re.I)
_MIN_CATALOGUE = 5  # items in a section before one link to another list counts as one of them
# A link's label that reads as a headline: words, not a date (``[2024-05]``) nor a mark.
_HEADLINE_RE = re.compile(r"[^\W\d_]{2,}.*\s.*[^\W\d_]{2,}")
# The news of a section named for news itself (not ``Updates``, ``Recently Added``: the list's log).
_NEWS_RE = re.compile(r"^(?:(?:latest |recent )?news|in the news|新闻)$", re.I)


@dataclass
class _Section:
    repos: list[int] = field(default_factory=list)  # lines of repository items, no lists
    lists: list[int] = field(default_factory=list)  # lines of items that link another list
    awesome: int = 0  # of those, items that surely do (an awesome list, a known paper list)
    code: list[int] = field(default_factory=list)  # lines of items that link a repository
    headlines: list[int] = field(default_factory=list)  # lines of items that open with a link
    items: int = 0


class Census:
    def __init__(self, events: Iterable[Event]) -> None:
        self.sections: dict[tuple[str, ...], _Section] = {}
        self.where: dict[int, tuple[str, ...]] = {}
        path = Sections()
        for event in events:
            if isinstance(event, Heading):
                if event.level:
                    path.heading(event.level, event.text)
                continue
            if not isinstance(event, Unit) or event.kind != "item":
                continue
            path.entries_seen = True
            key = tuple(path.path)
            section = self.sections.setdefault(key, _Section())
            self.where[event.line] = key
            section.items += 1
            links = [x for p in event.pieces[:1] for x in p.inline.links if not x.image_only]
            if not links:
                continue
            label, url = links[0].label, links[0].url
            text = event.pieces[0].inline.text
            if not text[: links[0].start].strip() and _HEADLINE_RE.search(label):
                section.headlines.append(event.line)
            if is_code_url(url):
                section.code.append(event.line)
            if is_paper_list(url) or (is_code_url(url) and _LIST_LABEL_RE.search(label)):
                section.lists.append(event.line)
                section.awesome += is_paper_list(url) or "awesome" in label.casefold()
            elif is_code_url(url) and not re.search(r"/(?:blob|tree|wiki|raw)/", url):
                section.repos.append(event.line)

    def code_among_resources(self, line: int, skipped: str) -> bool:
        """The item at ``line`` is a repository in a section of resources (``skipped``, its
        name) whose items are at least half repositories that are no lists (two or more)."""
        key = self.where.get(line)
        if key is None or not _RESOURCES_RE.match(" ".join(_DECOR_RE.sub(" ", skipped).split())):
            return False
        section = self.sections[key]
        many = len(section.repos) >= 2 and 2 * len(section.repos) >= section.items
        return many and line in section.repos

    def press(self, line: int, skipped: str) -> bool:
        """The item at ``line``, in a news section (``skipped``, its name) three items or more of
        which, and two thirds, open with a headline link: an article about the list's subject."""
        key = self.where.get(line)
        name = _DECOR_RE.sub(" ", re.sub(r":[a-z0-9_+-]+:", " ", skipped))  # ``:newspaper:``
        if key is None or not _NEWS_RE.match(" ".join(name.split())):
            return False
        section = self.sections[key]
        many = len(section.headlines) >= 3 and 3 * len(section.headlines) >= 2 * section.items
        return many and line in section.headlines

    def list_among_works(self, line: int) -> bool:
        """The item at ``line`` links another list, in a section of ``_MIN_CATALOGUE`` items or
        more of which it is the only such item (or one such item per ten)."""
        key = self.where.get(line)
        if key is None:
            return False
        section = self.sections[key]
        few = len(section.lists) <= max(1, section.items // 10)
        return section.items >= _MIN_CATALOGUE and few and line in section.lists

    def among_lists(self, line: int) -> bool:
        """The item at ``line`` links a repository in a section whose items are two thirds or
        more other lists, three of them surely (``## Hot Widget Repos on GitHub`` over
        ``[Awesome-Widgets](…)``, ``[widget-paper-list](…)``, then ``[Lee-Widget-source: 学习资源
        与经验分享](…)``, ``[VIO-Resources](…)``): one more collection, no work."""
        key = self.where.get(line)
        if key is None:
            return False
        section = self.sections[key]
        many = section.awesome >= 3 and 3 * len(section.lists) >= 2 * section.items
        return many and line in section.code
