"""Lines that are a label and what it names (``- arxiv: <https://…>``, ``- 项目: https://…``): the
labelled details of one work, below a bold title (``_bold``) or a heading (``_headed``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._document import Block, Inline
from ._evidence import DETAIL_KEYS, bare_urls, detail_key, has_link_or_id, kept_paper_file
from ._relative import is_relative
from ._roles import is_role_label
from ._text import LEAD_EMOJI
from ._units import block_pieces, item_head, sub_items

# ``arxiv: <https://…>``, ``github(Caffe): https://…``, ``caffe-pr("A note"): <…>``: a short
# label, perhaps with a note in brackets, and a colon.
_LABEL_RE = re.compile(
    r"^\s*"
    + LEAD_EMOJI  # ``- 💻 **Code**: …``: an emoji marks the label, as bold does
    + r"(?P<key>[^\W\d_][\w .&/-]{0,24}?)\s*(?:[(（][^)）]{0,60}[)）])?\s*[:：]+"
)


def label_end(line: Inline, words: int = 3) -> int | None:
    """Where the text after a line's label starts, when it starts with a label of ``words``
    words at most (outside any link)."""
    match = _LABEL_RE.match(line.text)
    if match is None or len(match.group("key").split()) > words:
        return None
    if any(x.start < match.end() for x in line.links):
        return None
    return match.end()


def labelled_link(line: Inline) -> bool:
    """``- supp: <https://…>``: a short label, then only links that say no title."""
    end = label_end(line)
    return end is not None and links_only(line, end)


def links_only(line: Inline, start: int = 0) -> bool:
    """The text from ``start`` on is links and nothing else: addresses (``<https://…>``, bare,
    or a link labelled by its address), pictures, or links labelled by their role."""
    spans = [(a, b) for _, a, b in bare_urls(line)]
    for link in line.links:
        label = link.label.strip()
        if not (link.image_only or is_role_label(label) or "://" in label or label == link.url):
            return False
        spans.append((link.start, link.end))
    text = list(line.text)
    for a, b in spans:
        text[a:b] = " " * (b - a)
    rest = "".join(text[start:])
    return bool(spans or line.images) and not re.search(r"\w", rest)


def pictures(line: Inline) -> bool:
    """A line whose links are all pictures (a figure, a badge: no label as text) and that writes
    no address of its own."""
    return (
        bool(line.links)
        and not bare_urls(line)
        and all(x.image_only or not x.label.strip() for x in line.links)
    )


def labelled_work(body: list[Block]) -> bool:
    """``#### DUTS`` over ``- 项目: <https://…>``, ``- 论文: Title``, ``- 下载:`` with its mirrors
    nested below, a picture and a quoted description: below a heading (also of one word, a
    dataset's or a method's name), one list whose bullets are each a label and what it names,
    most labels known details, none known twice (``- 论文: …`` twice are two works), with a link
    among them: the details of the work the heading names. A bullet that is one link named by
    what it is (``- [Download link](…)``, ``- [Source](…)``, ``_link_field``) is such a field too,
    beside labelled ones (``## cat`` over ``- Dataset: LSUN Cat``, ``- Resolution: 256x256``).
    Bullets named by things (``- Kaggle: https://…``, ``- Google Drive: https://…``) are a
    section's works: their labels are unknown."""
    lists = [b for b in body if b.kind == "list"]
    if len(lists) != 1 or any(b.kind == "table" for b in body):
        return False
    items = lists[0].children
    heads = [item_head(i) for i in items]
    if not heads or any(
        h is None or (label_end(h) is None and not _key_alone(h, i) and not _link_field(h, i))
        for h, i in zip(heads, items, strict=True)
    ):
        return False
    known = [k for h in heads if h is not None and (k := _known_label(h)) is not None]
    if len(set(known)) < len(known):
        return False
    # ``- [Download link](…)``, ``- [Source](…)`` among the labelled bullets: fields of the work.
    linked = sum(
        1 for h, i in zip(heads, items, strict=True) if h is not None and _link_field(h, i)
    )
    if 2 * (len(known) + linked) < len(heads) or linked == len(heads):
        return False  # ``- [Slides](…)``, ``- [Video](…)`` alone: no labelled field among them
    if titled_links(h for h in heads if h is not None) >= 2:
        return False
    return any(has_link_or_id(p.inline) for i in lists[0].children for p in block_pieces(i))


def folded_fields(body: list[Block], linked: bool = True, name: str | None = None) -> bool:
    """What a ``<details>`` block folds below a ``<summary>`` that names a tool or a data set
    (``<summary>WidgetFold</summary>`` over ``- **Paper:** [Title](…)``, ``- **Code:** https://…
    | https://…``, ``- **Web server:** https://…``, ``- **Approach:** DL``, ``- **For IDR**``): one
    list whose bullets are fields, each a label and its value, none labelled twice, a known one
    (paper, code, …) among them, perhaps a few notes without a label or a link; one title linked
    at most, a link among them (unless not ``linked``). A <details> block folds one thing, so its
    fields need not be mostly labels the lexicon knows, as under a heading (``labelled_work``).
    ``name``: what the fold is called (its summary, the heading above it); see ``_names_others``."""
    lists = [b for b in body if b.kind == "list"]
    if len(lists) != 1 or any(b.kind == "table" for b in body):
        return False
    heads = [item_head(i) for i in lists[0].children]
    if any(h is None for h in heads):
        return False
    fields = [h for h in heads if h is not None and label_end(h) is not None]
    notes = [h for h in heads if h is not None and label_end(h) is None]
    if len(fields) < 2 or len(notes) > len(fields) // 2:
        return False
    if any(h.links or bare_urls(h) for h in notes):
        return False  # ``- [Title](…)``: a work, not a note
    keys = [h.text[: label_end(h)].strip(" :：").casefold() for h in fields]
    if len(set(keys)) < len(keys) or not any(_known_label(h) for h in fields):
        return False
    if titled_links(fields) >= 2 or (name is not None and _names_others(fields, name)):
        return False
    return not linked or any(has_link_or_id(p.inline) for p in block_pieces(lists[0]))


def _names_others(fields: list[Inline], name: str) -> bool:
    """Whether the fields link two named things or more (``- **Survey:** [Widget Detection
    Survey](…)``, ``- **Dataset:** [WidgetSet](…)``, ``- **Toolbox:** [DetKit](…)``: labels that
    are names, of any length, not roles or addresses) none of which is the fold's own name (a
    label or an address starting with it: ``[WidgetFold: Title](…)``, ``…/foldlab/widgetfold``):
    a fold per topic (``<summary>Detection</summary>``) whose fields are works of their own, not
    one work's details."""
    labels = {
        _squash(x.label): x.url
        for line in fields
        for x in line.links
        if not (x.image_only or is_role_label(x.label) or "://" in x.label)
        and not (is_relative(x.url) and not kept_paper_file(x.url))
        and _squash(x.label)
    }
    own = _squash(name)
    if len(labels) < 2 or not own:
        return False
    parts = [_squash(p) for url in labels.values() for p in re.split(r"[/?#=]", url)]
    return not any(x.startswith(own) for x in [*labels, *parts])


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _key_alone(line: Inline, item: Block) -> bool:
    """``- 下载`` over its mirrors nested below (``+ 官方: <https://…>``): a known label alone,
    without its colon, over bullets that are each links only or a label and links."""
    subs = [item_head(x) for x in sub_items(item)]
    if line.text.strip().casefold() not in DETAIL_KEYS or not subs:
        return False
    return all(x is not None and (links_only(x) or labelled_link(x)) for x in subs)


def _link_field(line: Inline, item: Block) -> bool:
    """``- [Download link](https://…)``, ``- [Source](https://…)``: a bullet that is one link
    named only by what it is (a role, or where the thing comes from), among a work's labelled
    fields below its heading (``## cat`` over ``- Dataset: LSUN Cat``, ``- Author: …``)."""
    if sub_items(item) or len(line.links) != 1 or bare_urls(line):
        return False
    link = line.links[0]
    words = [w.casefold() for w in re.findall(r"[^\W_]+", link.label)]
    if line.text[: link.start].strip() or line.text[link.end :].strip(" .:;,") or not words:
        return False
    web = "://" in link.url or not link.url.strip()  # ``[Source]()``: a field left empty
    return web and (is_role_label(link.label) or (len(words) <= 2 and words[0] in _SOURCE_WORDS))


# Where a model or a data set comes from: ``[Source](…)``, ``[Origin](…)``, ``[Mirror](…)``.
_SOURCE_WORDS = frozenset(
    "source sources origin original mirror mirrors weights checkpoints".split()
)


def _known_label(line: Inline) -> str | None:
    return detail_key(line.text) or detail_key(line.text.strip() + ":")


def titled_links(lines: Iterable[Inline]) -> int:
    """How many of the lines link a title (``- Paper: [Gadget Nets for Widgets](…)``): two or
    more are works of their own, not one work's details. A link into the list's own pages or
    folders (``- **Docs:** [Read more →](docs/widget/)``) is the list's note on the work, no title
    of another (a paper's file kept beside the list, ``./papers/x.pdf``, names one)."""
    return sum(
        1
        for line in lines
        if any(
            not (x.image_only or is_role_label(x.label) or "://" in x.label)
            and not (is_relative(x.url) and not kept_paper_file(x.url))
            and len(x.label.split()) >= 2
            for x in line.links
        )
    )
