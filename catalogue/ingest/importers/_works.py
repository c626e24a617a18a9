"""Whether a list item, a line or a whole list names works: a title with a link, an identifier
or a year; a category bullet whose nested items are works; a list that names works without links."""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Block, Inline
from ._evidence import (
    bare_urls,
    detail_key,
    has_evidence,
    has_link_or_id,
    has_title,
    real_links,
    title_words,
)
from ._ids import cut, ids_in_text
from ._labelled import label_end
from ._meta_text import parse_meta
from ._names import parse_authors
from ._roles import is_role_label
from ._text import WORD_RE
from ._units import Piece, item_head, item_pieces, sub_items
from ._venues import default_lexicon

# A link that only says where (``[here](…)``, ``[this link](…)``): the sentence around it is a note.
HERE_RE = re.compile(r"^\W*(?:click )?(?:here|this(?: link)?|link)\W*$", re.IGNORECASE)


def points_here(inline: Inline) -> bool:
    """A line whose links only say where (``Note this table is taken from [here](…)``)."""
    links = real_links(inline)
    return bool(links) and all(HERE_RE.match(x.label) for x in links)


# A line made of bracketed tags only, two or more, joined by dashes or bars: the metadata line of
# a work whose title is on the line below (``【2024-09】-【Name】-【Lab】-【Type: Model】``).
_TAGS_LINE_RE = re.compile(r"^\s*(?:[【\[][^【】\[\]]{1,80}[】\]]\s*[-–|/·]?\s*){2,}$")
_TAG_RE_ = re.compile(r"[【\[](?P<tag>[^【】\[\]]{1,80})[】\]]")


def tags_line(inline: Inline | None) -> bool:
    """An item's line of bracketed tags only, no link (see ``_TAGS_LINE_RE``)."""
    return inline is not None and not inline.links and bool(_TAGS_LINE_RE.match(inline.text))


def tags_name(inline: Inline, title: str) -> str | None:
    """The work's short name among a tags line's tags: the first that is no date, no
    ``Key: value`` and three words at most, if it is one word or the title names it (else it
    may be who made the work: ``【Gadget University】``)."""
    for match in _TAG_RE_.finditer(inline.text):
        tag = match.group("tag").strip()
        if re.fullmatch(r"[\d\s./-]+", tag) or ":" in tag or len(tag.split()) > 3:
            continue
        return tag if " " not in tag or tag.casefold() in title.casefold() else None
    return None


def is_work(inline: Inline | None) -> bool:
    """A piece that names a work on its own: a title with a link, an identifier or a year."""
    return inline is not None and has_title(inline) and has_evidence(inline)


def names_a_title_link(inline: Inline) -> bool:
    """Starts with a link whose label is a title (``[Title](url) ...``)."""
    links = real_links(inline)
    return bool(links) and links[0].start <= 2 and not is_role_label(links[0].label)


# ``V. Verma``, ``M.-T. Luong``: an initial (or two) and a surname.
_INITIAL_NAME_RE = re.compile(r"\b[A-Z]\.(?:[ -]?[A-Z]\.)*\s?[A-Z][^\s,.;]+")


def reads_as_byline(inline: Inline) -> bool:
    """A line of authors and venue (and links): ``A. Baker, C. Dunn. *NeurIPS 2021*. [[pdf]]``.
    It names no title, so it is the detail of the entry above it, never a work of its own."""
    if names_a_title_link(inline):
        return False
    links = real_links(inline)
    text = inline.text[: links[0].start] if links else inline.text
    text = cut(text, [(t.start, t.end) for t in ids_in_text(text)])
    meta = parse_meta(text, default_lexicon())
    if not (meta.venue_text or meta.year):
        return False
    if meta.authors and meta.rest is None:
        return True
    # Names the name parser gives up on (``andQ. V. Le``): initials and surnames, and no more.
    rest = re.sub(r"\b(?:and|et al)", " ", _INITIAL_NAME_RE.sub(" ", meta.rest or ""))
    return len(_INITIAL_NAME_RE.findall(text)) >= 2 and not re.search(r"[^\W\d_]{4,}", rest)


def strong_work(item: Block) -> bool:
    """An item that names a work on its own line: a title link, or a title and a link or id."""
    head = item_head(item)
    if head is None or reads_as_byline(head):
        return False
    if names_a_title_link(head) and title_words(head) >= 2:
        return True
    return title_words(head) >= 3 and has_link_or_id(head) and not is_key_value(head)


# What may stand between the named links of a labelled line: separators (also fullwidth).
# Separators between the names; a full stop may end the line (``[HN](…), [Reddit](…).``).
_NAMES_GAP_RE = re.compile(r"^[\s,;，；、/|&]*\.?\s*$")


def labelled_names(inline: Inline) -> bool:
    """``ExpEnv: [D4RL](…)，[MetaWorld](…)``, ``Datasets: [KITTI Odometry](…), [nuScenes](…)``:
    a short label, then links named by a few words each (names, not titles) and only separators
    between them. Under a paper's title link it is one of that paper's labelled details (beside
    ``- Key: …``, ``- Code: [official](…)``), not works of their own."""
    end = label_end(inline, 2)
    links = real_links(inline)
    if end is None or not links or any(len(x.label.split()) > 3 for x in links):
        return False
    spans = [(x.start, x.end) for x in links]
    return bool(_NAMES_GAP_RE.match(cut(inline.text, spans)[end:]))


def is_key_value(inline: Inline) -> bool:
    """``Paper: https://…``, ``会议：CVPR 2016``: a labelled detail line, no work of its own."""
    return detail_key(inline.text) is not None


def holds_works(item: Block) -> bool:
    """An item that is a work, or whose nested items hold works (``ACL`` > ``2019`` > papers)."""
    return strong_work(item) or any(holds_works(sub) for sub in sub_items(item))


def all_items(blocks: list[Block]) -> list[Block]:
    """Every list item of ``blocks``, nested ones too, in document order."""
    found = []
    for block in blocks:
        if block.kind == "item":
            found.append(block)
        found += all_items(block.children)
    return found


def _inlines(blocks: list[Block]) -> list[Inline]:
    found = []
    for block in blocks:
        if block.inline is not None:
            found.append(block.inline)
        found += block.cells
        found += _inlines(block.children)
    return found


def linkless(blocks: list[Block]) -> bool:
    """Whether the list names its works without links (``- (CVPR 17) Title``, plain titles under
    venue headings): it has items that could be titles, and hardly a link or an id anywhere."""
    heads = [
        h for i in all_items(blocks) if (h := item_head(i)) is not None and title_words(h) >= 3
    ]
    linked = sum(1 for x in _inlines(blocks) if has_link_or_id(x))
    return len(heads) >= 3 and linked <= 0.1 * len(heads)


def venue_titled(inline: Inline) -> bool:
    """A title of three words or more followed by a venue the lexicon knows (``Title. ICCV.``,
    ``Title (CVPR)``), with no link or id: a work, as a sentence naming a venue is not."""
    meta = parse_meta(inline.text, default_lexicon())
    return meta.venue is not None and len((meta.rest or "").split()) >= 3


def book_titled(inline: Inline) -> bool:
    """``*Widget Learning: An Introduction* by Ann Lee and Bo Chan - what it covers``: a title in
    italics or bold, of two words or more, then ``by`` and a name (or the names in brackets:
    ``*Widget Learning* (Lee & Chan)``), no link or id: a book the list names without an
    address, a work all the same (a section of books)."""
    text = inline.text
    runs = [r for r in sorted(inline.em + inline.strong) if not text[: r[0]].strip(" *_")]
    if not runs or inline.links:
        return False
    start, end = runs[0]
    if len(text[start:end].split()) < 2:
        return False
    # ``*Title* (Ann Lee & Bo Chan) — what it covers``: the names in brackets right after it.
    bracket = _BRACKET_NAMES_RE.match(text[end:])
    if bracket is not None:
        found = parse_authors(bracket.group(1).strip(), default_lexicon())
        return (
            found is not None
            and bool(found.names)
            and all(w[0].isupper() for n in found.names for w in n.split() if w[0].isalpha())
        )
    if not BY_NAME_RE.match(text[end:]):
        return False
    names = re.split(r"\s+[-–—:]\s|\s*[(\[]", text[end:].lstrip(" ,*_")[2:], maxsplit=1)[0]
    found = parse_authors(names.strip(" .,"), default_lexicon())
    return found is not None and bool(found.names)


_BRACKET_NAMES_RE = re.compile(r"^[*_]*\s*\(([^()\d]{2,80})\)")


BY_NAME_RE = re.compile(r"^[\s,*_]*by\s+[A-Z][\w.'’-]*\s+[A-Z]")


def keywords_line(inline: Inline) -> bool:
    """``- **APIs**: ArXiv, PubMed, MedRxiv, BioRxiv``, ``- **Imaging**: AI for radiology,
    pathology, image analysis``: a bold label and a colon, then three short terms or more between
    commas and no link: the list's keywords or sources, no work (a venue among the terms names
    none)."""
    text = inline.text
    plain = _PLAIN_LABEL_RE.match(text)
    if plain is not None and not inline.links:
        # ``- Topics: memory coalescing, bank conflicts, occupancy``: a label in plain words, then
        # terms in lower case (a title's words after a colon are mostly capitalised).
        terms = [t.strip(" .") for t in re.sub(r"\([^()]*\)", "", text[plain.end() :]).split(",")]
        lower = sum(1 for t in terms if t[:1].islower())
        short = all(1 <= len(t.split()) <= 6 and ". " not in t for t in terms)
        # ``Gadget networks: a survey, taxonomy, and outlook``: a title's enumeration ends with
        # ``and`` after a label of two words or more; a keywords line seldom does.
        label = len(text[: plain.end()].strip(" -*:：").split())
        ends = terms[-1].split()[:1] in (["and"], ["or"], ["&"])
        if len(terms) >= 3 and short and lower >= 0.6 * len(terms) and not (ends and label >= 2):
            return True
    if inline.links or not inline.strong or text[: inline.strong[0][0]].strip():
        return False
    start, end = inline.strong[0]
    colon = re.match(r"\s*[:：]", text[end:])
    if colon is None and not text[start:end].rstrip().endswith((":", "：")):
        return False
    rest = text[end + (colon.end() if colon is not None else 0) :]
    terms = [t.strip(" .") for t in re.sub(r"\([^()]*\)", "", rest).split(",")]
    # ``**Title**: Ann Lee, Bo Chan, Cy Dee. ICML.``: names, then a sentence: a reference.
    return len(terms) >= 3 and all(1 <= len(t.split()) <= 4 and ". " not in t for t in terms)


# ``Topics:``, ``Key ideas:``: one to three words, the first capitalised, and a colon.
_PLAIN_LABEL_RE = re.compile(r"^\s*[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s*[:：]\s+")


def instruction(inline: Inline) -> bool:
    """``- Start with the [2026 Widget Radar](docs/radar.md).``, ``- Follow the upstream
    discussion: [owner/repo#17](…)``: a verb telling the reader what to do, then ``the``, ``a``,
    ``our``… right after it, before a titled link that names no paper: the list pointing
    somewhere, no work. A link to a paper (an identifier's page, a PDF) is a work whatever the
    words before it (``Open-vocabulary detection with a [Title](arxiv)``), and so is a title
    after a role link (``- Read the Room: Widgets [paper](…)``)."""
    link = next((x for x in inline.links if not x.image_only), None)
    if link is None or is_role_label(link.label) or not link.label.strip():
        return False
    if paper_identity(link.url) or re.search(r"\.pdf(?:$|[?#])", link.url, re.I):
        return False
    before = inline.text[: link.start]
    return len(before.split()) <= 6 and bool(_INSTRUCTION_RE.match(before))


# The common verbs lists address their readers with, then an article right after them.
_INSTRUCTION_RE = re.compile(
    r"^\W*(?:start with|read|follow|see|check out|try|visit|browse|explore|join)"
    r"\s+(?:the|a|an|our|this)\s",
    re.IGNORECASE,
)


def title_like(inline: Inline) -> bool:
    """An item's text that can be a title: not a clause that goes on (``Preprocess the data,``)."""
    return not inline.text.rstrip().endswith((",", ";", ":", "："))


def reads_as_title(text: str) -> bool:
    """Whether a line without link, id, authors, venue or year reads as a paper's title rather
    than a note between entries (``Contains several MPC frameworks``): a short name before a
    colon, few words, or most of its longer words capitalised, as titles are written."""
    head, colon, _ = text.partition(":")
    if colon and len(head.split()) <= 3:
        return True
    words = WORD_RE.findall(text)
    if len(words) <= 3:
        return True
    longer = [w for w in words[1:] if len(w) >= 4 or w.isupper()]
    capitalised = sum(1 for w in longer if w[0].isupper())
    return capitalised >= 0.5 * len(longer)


def detail_line(pieces: list[Piece], item: Block) -> bool:
    """An item written as a line of the entry whose pieces are given (three spaces under two, too
    little to nest): no sub-items, no link, and no id but the entry's own (``…, Fast R-CNN,
    arXiv:1504.08083.`` under the entry that links that paper)."""
    lines = item_pieces(item, 1)
    if (
        not lines
        or sub_items(item)
        or any(real_links(p.inline) or bare_urls(p.inline) for p in lines)
    ):
        return False
    known = {t.key for p in pieces for t in ids_in_text(p.inline.text)}
    urls = [x.url for p in pieces for x in real_links(p.inline)]
    urls += [url for p in pieces for url, _, _ in bare_urls(p.inline)]
    known |= {paper_identity(url) for url in urls}
    return all(t.key in known for p in lines for t in ids_in_text(p.inline.text))
