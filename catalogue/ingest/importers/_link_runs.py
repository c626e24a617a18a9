"""A line that names several works by their title links, one after the other
(``[Title A](…), [Title B](…)``, ``Online: [Title A](…) (AAAI 2020); [Title B](…) (AAAI 2021)``,
a table cell ``| Data-free | [Title A](…), [Title B](…) |``): one entry per title link, each with
the words that follow it up to the next separator (its venue and year in brackets); and a
paragraph whose lines each name a work (``works_by_line``)."""

from __future__ import annotations

import re
from itertools import pairwise

from ._cell_notes import works_with_notes
from ._document import Block, Inline, InlineLink
from ._evidence import has_id, real_links, title_words
from ._front import titled
from ._roles import is_code_url, is_paper_url, is_role_label, url_path
from ._works import is_work, names_a_title_link, reads_as_title

# Between two works: the first one's remark in brackets, then a separator.
_GAP_RE = re.compile(r"(?P<tail>\s*(?:\([^()]*\)|\[[^\[\]]*\])?)\s*[,;·•]\s*")
# In front of the first: nothing, or a short topic and a colon (``Data-free:``).
_FRONT_RE = re.compile(r"\s*(?:[^\W\d_][\w &/+-]{0,30}[:：]\s*)?")
# After the last: its remark in brackets, a full stop.
_END_RE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])?\s*\.?\s*")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def works_by_link(inline: Inline) -> list[Inline] | None:
    """The works of a line that is only title links, each perhaps followed by a remark in
    brackets, separated by commas, semicolons or middle dots; None for any other line. Each
    link names a paper (a label of three words or more, not a role) and links to one (arXiv, a
    DOI, a PDF, a venue's site): ``[Title A](arxiv), [Foo Bar Implementation](github)`` is one
    work and its code, ``[Title](arxiv), [A Friendly Introduction to It](blog)`` one and a
    post."""
    links = real_links(inline)
    if len(links) < 2 or len(links) != len(inline.links):
        return None
    for link in links:
        if not titled(link) or not is_paper_url(link.url) or len(_WORD_RE.findall(link.label)) < 3:
            return None
    if len({x.label.strip().casefold() for x in links}) < len(links):
        return None  # one title linked twice (``[Title](arXiv), [Title](OpenReview)``): one work
    text = inline.text
    if not _FRONT_RE.fullmatch(text[: links[0].start]):
        return None
    if not _END_RE.fullmatch(text[links[-1].end :]):
        return None
    ends = []
    for link, after in pairwise(links):
        gap = _GAP_RE.fullmatch(text[link.end : after.start])
        if gap is None:
            return None
        ends.append(link.end + len(gap.group("tail")))
    starts = [x.start for x in links]
    ends.append(len(text))
    return [inline.slice(a, b, inline.line_at(a)) for a, b in zip(starts, ends, strict=True)]


# Around and between name links: the brackets a list wraps each one in (``\[[name](…)\]``),
# a separator or none.
_NAME_EDGE_RE = re.compile(r"\s*[\[\]]?\s*\.?\s*")
_NAME_GAP_RE = re.compile(r"\s*\]?\s*[,;|/·•]?\s*\[?\s*")


def works_by_name_link(inline: Inline) -> list[Inline] | None:
    """``- \\[[fairseq](github)\\]\\[[fairseq2](github)\\]\\[[seq-kit](github)\\]``, ``- [Flax](…),
    [Equinox](…)``, ``- [A](…) | [B](…)``: a line that is only name links, most of them to
    repositories (at least two, each another one), names no title: each link is a tool of its
    own, not one work's links (one work's links say what they are: ``[paper](…) [code](…)``;
    a paper's title links are ``works_by_link``'s). One piece per link; None for any other line."""
    links = real_links(inline)
    if len(links) < 2 or len(links) != len(inline.links):
        return None
    if any(not titled(x) or len(x.label.split()) > 4 for x in links):
        return None  # a role (``[code](…)``) or a title's words (``works_by_link``)
    if len({x.label.strip().casefold() for x in links}) < len(links):
        return None
    repos = {_repository(x.url) for x in links if is_code_url(x.url)}
    if len(repos) < 2 or 2 * len(repos) < len(links):
        return None
    text = inline.text
    edges = (text[: links[0].start], text[links[-1].end :])
    if not all(_NAME_EDGE_RE.fullmatch(x) for x in edges):
        return None
    if any(_NAME_GAP_RE.fullmatch(text[a.end : b.start]) is None for a, b in pairwise(links)):
        return None
    return [inline.slice(x.start, x.end, inline.line_at(x.start)) for x in links]


def _repository(url: str) -> str:
    """``github.com/owner/name/tree/main`` -> ``owner/name``: which repository a link is to."""
    return "/".join([p for p in url_path(url).split("/") if p][:2]).casefold()


def works_in_a_cell(cells: list[Inline]) -> list[list[Inline]]:
    """``| 2021 | [Title A](…) (ICML)<br>[Title B](…) (ICLR) |``: a cell whose lines each name a
    work of their own makes one row per work, beside the row's other cells; else the row."""
    for at, cell in enumerate(cells):
        lines = works_by_line(Block("paragraph", 0, 0, cell))
        if lines is not None:
            return [[*cells[:at], line, *cells[at + 1 :]] for line in lines]
    for at, cell in enumerate(cells):
        # ``| Data-free | [Title A](…), [Title B](…) |``: title links one after the other, the
        # only links of the row.
        works = works_by_link(cell)
        others = [c for i, c in enumerate(cells) if i != at]
        if works is not None and not any(real_links(c) for c in others):
            return [[*cells[:at], work, *cells[at + 1 :]] for work in works]
    for at, cell in enumerate(cells):
        # ``[Title A](…) (2024) <br><sub>notes</sub><br>[Title B](…) …``: works and their notes.
        works = works_with_notes(cell)
        if works is not None:
            return [[*cells[:at], work, *cells[at + 1 :]] for work in works]
    return [cells]


# Bullets typed as characters, not Markdown list markers (``• Title [paper](…)``).
_GLYPH_RE = re.compile(r"^\s*[•·▪▸►➢➤◦○●■□✦✧]\s*")


def works_by_line(block: Block, lead_in: bool = False) -> list[Inline] | None:
    """``[Title A](…) - CVPR 2023`` then ``[Title B](…) - ICCV 2023`` in one paragraph (lines
    joined by soft breaks or ``<br>``): when every line names a work of its own (a title and its
    own paper link or identifier), each line is an entry. With ``lead_in``, a first line without
    links that ends with a colon (``Each post explains one model:``) may introduce them; it is
    left out of the lines returned."""
    inline = block.inline
    if inline is None:
        return None
    lines = [line for line in inline.split_lines() if line.text.strip()]
    if lead_in and len(lines) > 2 and not lines[0].links:
        lines = lines[1:] if lines[0].text.rstrip().endswith((":", "：")) else lines
    if len(lines) < 2:
        return None
    firsts = []
    for line in lines:
        links = real_links(line)
        if not (is_work(line) and title_words(line) >= 3 and links):
            return None
        if not (has_id(line) or names_a_title_link(line) or _GLYPH_RE.match(line.text)):
            return None
        if _sentence_before_link(line, links[0]):
            return None
        firsts.append(links[0].url)
    return lines if len(set(firsts)) == len(firsts) else None


def _sentence_before_link(line: Inline, first: InlineLink) -> bool:
    """``Keyformer, a successor to [H2O](https://arxiv.org/…) (see below), uses …``: a line that
    says something of the work above it, naming another one by a link in the middle of its
    sentence (words before the link that read as no title), is no work of its own."""
    before = line.text[: first.start].strip()
    if not before or is_role_label(first.label):
        return False
    return not reads_as_title(before)


# After a line's one link: nothing, or a line break typed wrong (``[Name](…)br>``).
_LINK_ALONE_END_RE = re.compile(r"\s*(?:<?/?br\s*/?>)?\s*", re.I)


def names_by_line(block: Block, section: str = "") -> list[Inline] | None:
    """A list typed without bullets: a paragraph of three lines or more (joined by ``<br>`` or
    hard breaks), each only one link to a page of its own, named by what it links (``[Seaborn
    data](https://github.com/…)<br>``, ``[PyCharm](https://www.jetbrains.com/pycharm/)<br>``):
    each line is an entry, whatever the length of its name. A line with words around its link,
    a label that only says what the link is (``[Paper](…)``), or an address linked twice makes
    it no such list. Read only under one of the list's sections (``_walk``), not one of the list's
    own (``## Follow us``, ``## Sponsors``, ``## Translations``), nor when half the lines or more
    link a social account (``[Twitter](https://twitter.com/…)<br>``, ``[Mastodon](…/@widgets)``)."""
    inline = block.inline
    if inline is None or _OWN_SECTION_RE.search(section):
        return None
    lines = [line for line in inline.split_lines() if line.text.strip()]
    if len(lines) < 3:
        return None
    urls, roles = [], 0
    for line in lines:
        links = real_links(line)
        if len(links) != 1 or len(line.links) != 1:
            return None
        roles += is_role_label(links[0].label)  # ``[TensorFlow Data](…)`` among data sets
        link = links[0]
        after = line.text[link.end :]
        if line.text[: link.start].strip() or not _LINK_ALONE_END_RE.fullmatch(after):
            return None
        if not _WORD_RE.search(link.label):
            return None
        urls.append(link.url)
    if 2 * sum(1 for u in urls if _SOCIAL_RE.search(u)) >= len(urls):
        return None  # the list's own accounts
    if 2 * roles >= len(lines):
        return None  # ``[Paper](…)``, ``[Code](…)``, ``[Demo](…)``: one work's links
    return lines if len(set(urls)) == len(urls) else None


# Sections of the list's own: who follows, funds or translates it.
_OWN_SECTION_RE = re.compile(
    r"\b(?:follow|sponsor\w*|backers?|donat\w+|support(?:ers)?|social|contacts?|translations?|"
    r"stay in touch)\b",
    re.I,
)
# A social account's page (not a post or a paper shared there).
_SOCIAL_RE = re.compile(
    r"^https?://(?:www\.)?(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|"
    r"discord\.(?:gg|com)|gitter\.im|t\.me|weibo\.com|reddit\.com/(?:r|u|user)/|"
    r"youtube\.com/(?:@|c/|channel/|user/)|[^/]*mastodon[^/]*/@|[^/]+/@\w+/?$)",
    re.I,
)
