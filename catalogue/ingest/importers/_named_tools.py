"""Tools a catalogue names in prose below its table or list of them.

Lists of tools and services (apps, providers, libraries) give each category a table or a list
of linked names (``**[Widgetwarden](https://…)** | what it is``), then name more in prose: a
paragraph per tool (``**[Gadget Safe](https://…)** is an offline …``, ``For widget users,
[TrayWidget](https://…) is a plugin …``, several in one paragraph), or runs of linked names
(``**Other open source**: [Alpha](https://…), [Beta](https://…) (for Linux), …``,
``[Gamma](https://…) *(deprecated)* and [Delta](https://…)``). Each linked name that is the
subject of its sentence (a verb right after it) or an item of such a run is a tool; the links
that follow it, up to the next tool, are about it (its audit, a review, its plugin page).

A paragraph names tools only when its first sentence does: a paragraph whose first sentence is
prose (``If you use a deprecated widget, migrate. This includes: [A](…), [B](…)``) is a remark
about the tools it links, not a list of them, and so is a pointer (``See also [A](…) and
[B](…)``). A run of names goes on to the end of its sentence or line (perhaps a tag in
brackets or a short remark after a preposition), or is the subject of a verb right after it
(``[Searx](…) and [SearXNG](…) are two search engines``): a run the sentence goes on after
(``[Windows](…), [macOS](…) and [Linux](…) builds are available for …``) is the subject of prose
about something else. A person's profile (``[Bo Chan](https://twitter.com/bochan) has
helped``) names no tool.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from ._document import Inline, InlineLink
from ._evidence import real_links
from ._roles import is_paper_url, is_role_label
from ._units import Event, Heading, Unit

# A linked name: one to four words, not a role (``[code]``).
_MAX_WORDS = 4
# After a name that is its sentence's subject: perhaps a tag in brackets and a comma, at most
# three words (``[Vault](…) on MacOS is``), then a verb saying what it is or does.
_SUBJECT_RE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s+(?:[^\W_][^\s,.;:!?()\[\]]*\s+){0,3}?"
    r"(?:is|are|was|were|has|have|can|allows|lets|provides|offers|supports|enables|gives|makes"
    r"|uses|runs|works|aims|comes|includes|ist|sind|est|sont|es|son|è|sono|é|são)\b"
)
# Between two items of a run: the first one's remark (words without a comma, a tag in brackets),
# then a separator; ``+`` joins two names into one item (``[Orbot](…) + [Tor](…)``).
_GAP_RE = re.compile(
    r"(?P<tail>(?:[^,;()\[\]]|\([^()]*\)){0,80}?)\s*"
    r"(?P<sep>,\s*(?:(?:and|or|und|et|y|e|ou)\s+)?|;\s*"
    r"|\s(?:and|or|&|und|oder|et|ou|y|o|e)\s+|\s*\+\s*)"
)
# A sentence ends at a full stop, question or exclamation mark (or a line break after one).
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=\S)")
# Words before a link that make it their object, not a subject (``Do not use [32-bit keys](…) -
# they are …``, ``with the [Widget API](…) is``).
_OBJECT_RE = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|for|with|by|from|into|about|use|using|via)\s*$", re.IGNORECASE
)
_POINTER_RE = re.compile(r"^\W*(?:see|check|refer|visit|also see)\b", re.IGNORECASE)
# What may follow a run of names before its sentence (or line) ends: a tag in brackets, a short
# remark after a preposition or dash (``… and [Gamma](…) for Linux.``), a full stop.
_RUN_END_RE = re.compile(
    r"[*_]*\s*(?:[*_]*\([^()\n]{0,40}\)[*_]*\s*)?"
    r"(?:(?:[-–—]|\b(?:for|on|in|by|from|with|under)\b)[^\n.;:!?]{0,40})?[\s.;:!?…]*"
)
# A person's page: a social account, a GitHub user (no repository), a LinkedIn profile.
_PROFILE_RE = re.compile(
    r"^https?://(?:www\.)?(?:(?:twitter|x|github|gitlab|instagram|facebook|medium)\.com/@?[\w.-]+"
    r"|linkedin\.com/in/[\w.%-]+|[^/]+/@[\w.-]+)/?$",
    re.I,
)


def named_tools(inline: Inline) -> list[Inline] | None:
    """The tools a paragraph names, one ``Inline`` each (from its name to the next tool's), or
    None when its first sentence names none (see the module notes)."""
    text = inline.text
    sentences = _sentences(inline)
    if not sentences:
        return None
    links = sorted(real_links(inline), key=lambda x: x.start)  # once: a sentence takes its own
    if not _starts(inline, links, *sentences[0]):
        return None
    starts = [at for a, b in sentences for at in _starts(inline, links, a, b)]
    bounds = [*starts[1:], len(text)]
    return [inline.slice(a, b, inline.line_at(a)) for a, b in zip(starts, bounds, strict=True)]


def _sentences(inline: Inline) -> list[tuple[int, int]]:
    text = inline.text
    spans = sorted((x.start, x.end) for x in inline.links)
    cuts: list[int] = []
    index = 0
    for m in _SENTENCE_END_RE.finditer(text):  # both in text order: one pass over the links
        while index < len(spans) and spans[index][1] <= m.start():
            index += 1
        if not any(a < m.start() < b for a, b in spans[index : index + 2]):
            cuts.append(m.start())
    bounds = [0, *cuts, len(text)]
    return [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]


def _name(link: InlineLink) -> bool:
    label = link.label.strip()
    words = label.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and not is_role_label(label)
        and not is_paper_url(link.url)
        and label != link.url.strip()
        and not _PROFILE_RE.match(link.url.strip())
    )


def _starts(inline: Inline, links: list[InlineLink], start: int, end: int) -> list[int]:
    """Where the tools of the sentence ``text[start:end]`` start: its subjects and the items of
    its runs of two names or more."""
    text = inline.text
    at = bisect_left(links, start, key=lambda x: x.start)
    links = [x for x in links[at:] if x.end <= end]
    if not links or _POINTER_RE.match(text[start : links[0].start]):
        return []
    found: list[int] = []
    run: list[InlineLink] = []
    for link, after in zip(links, [*links[1:], None], strict=True):
        run.append(link)
        if after is not None and _GAP_RE.fullmatch(text, link.end, after.start):
            continue
        found += _items(text, run, start)
        run = []
    return found


def _items(text: str, run: list[InlineLink], start: int) -> list[int]:
    """Where the tools of a run of links start (in a sentence from ``start`` on): a link alone
    when it is its sentence's subject; two names or more when no word before them makes them an
    object (``… downloaded on [Bing](…) or [Google](…)``)."""
    at = run[0].start
    # The object's word stands right before the run: look only there (a long sentence would
    # otherwise be searched once per run).
    if not all(_name(x) for x in run) or _OBJECT_RE.search(text, max(start, at - 60), at):
        return []
    if len(run) == 1:
        label = run[0].label.strip()
        named = label[:1].isupper() or label[:1].isdigit() or len(label.split()) == 1
        after = _SUBJECT_RE.match(text, run[0].end)
        return [run[0].start] if named and after else []
    if not _run_ends(text, run[-1].end):
        return []
    items = [run[0].start]
    for link, after in pairwise(run):
        gap = _GAP_RE.fullmatch(text, link.end, after.start)
        if gap is not None and gap.group("sep").strip() != "+":
            items.append(after.start)
    return items


def _run_ends(text: str, at: int) -> bool:
    """Whether a run of names ending at ``at`` ends its sentence or line (see the module notes)."""
    stop = _SENTENCE_END_RE.search(text, at)
    end = stop.start() if stop else len(text)
    newline = text.find("\n", at, end)
    if _RUN_END_RE.fullmatch(text, at, end if newline < 0 else newline):
        return True
    verb = _SUBJECT_RE.match(text, at)  # the run is the subject: its verb comes right after it
    return verb is not None and len(text[at : verb.end()].split()) == 1


def catalogued_tools(events: list[Event]) -> bool:
    """Whether the section a paragraph stands in (perhaps under a sub-heading of it, ``####
    Notable Mentions``) lists tools above it: two table rows or items or more, each starting
    with a linked name (``**[Widgetwarden](https://…)** | …``, ``- [Gizmo](https://…) - …``)."""
    passed = 7  # the shallowest heading between the paragraph and the tools
    tools = 0
    for event in reversed(events):
        if isinstance(event, Heading) and event.level > 0:
            if tools:
                return tools >= 2 and event.level < passed
            passed = min(passed, event.level)
        elif isinstance(event, Unit) and event.kind in ("row", "item"):
            if not _tool_unit(event):
                return False
            tools += 1
    return False


def _tool_unit(unit: Unit) -> bool:
    head = unit.pieces[0].inline
    links = real_links(head)
    return bool(links) and links[0].start == 0 and _name(links[0])
