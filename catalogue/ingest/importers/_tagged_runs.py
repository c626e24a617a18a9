"""Runs of linked names each tagged like a work, and the name of a group over them.

Lists of people or labs give each one a numbered item linking their page, then sub-bullets that
name their works by topic: ``1. [Widget Lab @ Acme](https://…/lab/)`` over
``- Talking widgets: [WidgetNet CVPR'21](u), [Gadget-v2 NeurIPS'22](u);``. Lists of projects do
the same without the person (``- Video synthesis: [vid2vid](u) (NeurIPS'18), [fs-vid2vid](u)
(NeurIPS'19)``). Each linked name is a work: its title the name without the tag, its venue and
year read from the tag (a venue the lexicon knows and a year, in the label or right after the
link: ``CVPR'21``, ``SIGGRAPH Asia 2022``, ``(ICCV 2023)``, ``[arXiv'22]``). The label in front
(``Talking widgets:``) is the topic. A name is short (a work's short name or a title); a role
(``[Code CVPR'21]``) or a venue alone (``[CVPR 2021](u)``) names no work.

The parent item of such runs names no work when it has no evidence of a paper of its own (no
identifier, paper address, venue or year, no repository): a person's or a lab's page, a group's
name. It is skipped, and each run is read as above.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._document import Block, Inline, InlineLink
from ._evidence import YEAR_RE, has_id, real_links
from ._roles import is_paper_url, is_role_label
from ._units import item_head, sub_items
from ._venues import Lexicon, default_lexicon

GROUP = "name of a group of works (its works are entries of their own)"

# A year as a tag writes it: ``'21``, ``’21``, ``2021`` (after a space or an apostrophe).
_YEAR = r"(?:['’‘`]\s?\d{2}|\s?(?:19|20)\d{2})"
# A venue of one to three words and its year, perhaps in brackets: at the end of a label or
# right after the link (``CVPR'21``, ``SIGGRAPH Asia 2022``, ``(ICCV 2023)``).
_TAG_END_RE = re.compile(
    rf"\s*[(\[]?\s*(?P<venue>(?:[A-Za-z][\w&.-]*\s+){{0,2}}[A-Za-z][\w&.-]*?)\s*{_YEAR}\s*[)\]]?\s*$"
)
_TAG_START_RE = re.compile(
    rf"^\s*[(\[]?\s*(?P<venue>(?:[A-Za-z][\w&.-]*\s+){{0,2}}[A-Za-z][\w&.-]*?)\s*{_YEAR}\s*[)\]]?\s*"
)
# After a name, up to the next: its tag or a remark (``(CVPR 2021)``, ``CVPR'21``, ``(oral)``),
# then a separator; after the last, what ends the line.
_REMARK = r"\([^()]{0,40}\)|\[[^\[\]]{0,40}\]|[A-Za-z][\w&. -]{0,30}?" + _YEAR
_TAIL = r"(?P<tail>(?:\s*(?:" + _REMARK + r"))?)"
_BETWEEN_RE = re.compile(_TAIL + r"\s*(?:[,;，；、|·•]\s*(?:and\s+)?|\s(?:and|&)\s+)")
_LAST_RE = re.compile(_TAIL + r"\s*[;；.,。]?\s*")
# Before the first name: nothing, or a label and a colon (``Talking-face synthesis:``,
# ``**Neural rendering (focus on flows)**:``), or a label and a dash.
_FRONT_RE = re.compile(r"\s*(?:[^\[\]\n]{1,120}?(?:[:：]|\s[-–—])[*_]*)?\s*")
_MAX_NAME_WORDS = 12
# ``Slides: [CVPR 2023 tutorial](u), [ICCV 2023 tutorial](u)``: what happened at the venue, no
# work's name; the tag then dates an event.
_EVENT_RE = re.compile(
    r"(?:(?:invited|oral|spotlight)\s+)?(?:tutorials?|workshops?|keynotes?|talks?|recordings?"
    r"|posters?|slides|lectures?|sessions?|panels?|demos?|orals?|spotlights?|challenges?)",
    re.IGNORECASE,
)
_REPOSITORY_RE = re.compile(r"https?://(?:www\.)?github\.com/[^/]+/[^/#?]+")


def _venue(words: str, lexicon: Lexicon) -> int | None:
    """How many of the last words (three at most) name a venue the lexicon knows, or None."""
    parts = words.split()
    for n in range(min(3, len(parts)), 0, -1):
        if lexicon.resolve(" ".join(parts[-n:])):
            return n
    return None


def _tag_end(text: str, lexicon: Lexicon) -> int | None:
    """Where a venue-and-year tag that ends ``text`` starts (the venue's known words only)."""
    m = _TAG_END_RE.search(text)
    if m is None:
        return None
    n = _venue(m.group("venue"), lexicon)
    if n is None:
        return None
    venue = m.group("venue").split()
    words = " ".join(venue[-n:])
    start = text.rfind(words, 0, m.end("venue") + 1)
    opener = text[:start].rstrip()
    return len(opener) - 1 if opener.endswith(("(", "[")) else start


def _tag_start(text: str, lexicon: Lexicon) -> int | None:
    """Where a venue-and-year tag that starts ``text`` ends (``CVPR'21 WidgetNet``)."""
    m = _TAG_START_RE.match(text)
    if m is None or not lexicon.resolve(m.group("venue")):
        return None
    return m.end()


def _named(link: InlineLink, tail: str, lexicon: Lexicon) -> InlineLink | None:
    """The link narrowed to the work's name when it is tagged (in its label, or by the words
    right after it: ``tail``); None when it names no tagged work."""
    label = link.label
    if link.image_only or not label.strip():
        return None
    name_start, name_end = 0, len(label)
    end = _tag_end(label, lexicon)
    start = _tag_start(label, lexicon) if end is None else None
    if end is not None:
        name_end = end
    elif start is not None:
        name_start = start
    elif _tag_end(tail, lexicon) is None or _TAG_END_RE.fullmatch(tail) is None:
        return None  # no tag in the label, nor only a tag after the link
    name = label[name_start:name_end].strip(" -–—:,([")
    if not name or len(name.split()) > _MAX_NAME_WORDS or not re.search(r"[^\W\d_]", name):
        return None
    if is_role_label(name) or lexicon.resolve(name) or _EVENT_RE.fullmatch(name):
        return None  # ``[Code CVPR'21]``, ``[CVPR 2021]``: a role or a venue, not a work's name
    at = link.start + label.find(name, name_start)
    return replace(link, label=name, start=at, end=at + len(name))


def tagged_run(
    inline: Inline | None, lexicon: Lexicon | None = None, alone: bool = False
) -> list[Inline] | None:
    """The works of a line ``[Label:] [Name Tag](u), [Name Tag](u), …`` (see the module), one
    ``Inline`` each from its name to its tag, the link narrowed to the name; None for any other
    line. With ``alone`` (below a group's name, beside other runs), one link after a label will
    do (``Talking bodies: [DreamPose ICCV'23](u);``); an item on its own needs two: before one
    title link the label is often the work's short name (``- Wavy V1: [Wavy: Title](u) (ICML
    2018)``)."""
    lexicon = lexicon or default_lexicon()
    links = real_links(inline) if inline is not None else []
    if inline is None or len(links) < (1 if alone else 2) or len(links) != len(inline.links):
        return None
    text = inline.text
    front = text[: links[0].start]
    if not _FRONT_RE.fullmatch(front) or (len(links) == 1 and not front.strip()):
        return None
    works = []
    for index, link in enumerate(links):
        last = index + 1 == len(links)
        rest = text[link.end : links[index + 1].start if not last else len(text)]
        m = (_LAST_RE if last else _BETWEEN_RE).fullmatch(rest)
        if m is None:
            return None  # words between two names, or after the last: prose, not a run
        tail = m.group("tail")
        named = _named(link, tail, lexicon)
        if named is None:
            return None
        line = inline.line_at(link.start)
        works.append(replace(inline, links=[named]).slice(link.start, link.end + len(tail), line))
    return works


def names_no_work(head: Inline) -> bool:
    """A parent's head without evidence of a paper of its own: no identifier, paper address,
    repository, venue or year (a person's or a lab's page, a group's name)."""
    if has_id(head) or YEAR_RE.search(head.text):
        return False
    for link in real_links(head):
        if is_paper_url(link.url) or _REPOSITORY_RE.match(link.url):
            return False
    return True


def group_of_runs(item: Block, lexicon: Lexicon | None = None) -> bool:
    """An item whose head names no work and whose nested items are all runs of tagged works, one
    of them two works or more (``- Wavy V1: [Wavy: Title](u) (ICML 2018)`` lines below a
    category, one link each, are works with their short names, read as any item)."""
    head = item_head(item)
    subs = sub_items(item)
    if head is None or not subs or not names_no_work(head):
        return False
    if any(c.kind not in ("paragraph", "list") for c in item.children):
        return False
    most = 0
    for sub in subs:
        sub_head = item_head(sub)
        if sub_items(sub) or sub_head is None or len(sub.children) != 1:
            return False
        works = tagged_run(sub_head, lexicon, alone=True)
        if works is None:
            return False
        most = max(most, len(works))
    return most >= 2
