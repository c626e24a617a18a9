"""Headings that each name one work, with what the list says of it below: notes and links.

A reading list kept as notes writes one heading per paper, its venue after the title
(``## Matching Networks for One Shot Learning. NIPS'16``, ``## Title, ICLR 19``), and below it
whatever the writer keeps on the paper: note bullets, code and blog links labelled in the
writer's words (``- [code (PyTorch)](…)``, ``- [my paper note](…)``, ``- [中文](…)``), sub-headings
(``### Abstract``), pictures; most headings have nothing below them at all. The heading is the
work and everything down to the next heading of its level or higher is its own; before, the
heading gave nothing and each link bullet below it became an entry titled by its label.

It is a layout of the whole list, not of one heading: at one heading level, three headings or
more (and half of that level's headings) end in a venue or year tag after a full stop or comma.
Then that level's headings are works, also those without a tag whose title is three words or
more, unless a heading's own part of the list names papers of its own (an item that links a
paper's page under a title): that heading is a section.

A list of data sets or tools writes a heading per work too, by its name (``#### WidgetKit``), over a
description and links labelled only by where they go (``- [Website](…)``, ``- [GitHub](…)``,
``- [官网地址](…)``, a bare address): ``named_by_links``.
"""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Block, Inline, InlineLink
from ._evidence import bare_urls, has_link_or_id, real_links, title_words
from ._headed import section_end
from ._role_runs import figure_credit, role_run
from ._roles import is_code_url, is_paper_url, is_role_label
from ._sections import not_papers, points_elsewhere
from ._units import Piece, block_pieces, item_head

# ``. CVPR 2015``, ``, AAAI 18``, ``. NIPS'16``, ``. ICLR’19 (Oral?)``, ``. arXiv 1907``,
# ``. 2018``, ``. ECML-PKDD 2018``, ``. ICML'19 Workshop (under review)``: a venue or a year
# (perhaps a few words and a bracketed note after it) ending the heading.
_TAG_RE = re.compile(
    r"[.,]\s+(?P<tag>(?:(?:[A-Z][\w-]*|arXiv)\s*(?:(?:19|20)\d{2}|['’]\d{2}|\d{2}(?!\d)|\d{4}"
    r"(?:\.\d{4,5})?)|(?:19|20)\d{2})(?:\s+[\w?-]+){0,3}(?:\s*\([^()]*\))?)\s*\.?\s*$"
)
_MIN_TAGGED = 3


def _plain_heading(block: Block) -> bool:
    return block.kind == "heading" and block.inline is not None and not block.inline.links


def tagged_title(block: Block) -> bool:
    """A heading without links that is a title, then its venue or year after a full stop or a
    comma (``## Hypernetworks. ICLR 2017``)."""
    if not _plain_heading(block) or block.level < 2:
        return False
    assert block.inline is not None
    text = block.inline.text.strip()
    found = _TAG_RE.search(text)
    return found is not None and bool(re.search(r"[^\W\d_]{2,}", text[: found.start()]))


def tag_apart(block: Block) -> list[Piece]:
    """A work's heading as pieces: its title, then a venue tag after a comma as a line of its own
    (``Title, AAAI 18``: the comma would keep the tag in the title; a tag after a full stop is
    read off the title as it is)."""
    inline = block.inline
    assert inline is not None
    found = _TAG_RE.search(inline.text)
    if found is None or inline.text[found.start()] != ",":
        return [Piece(inline, block.line, "head")]
    title = inline.slice(0, found.start(), block.line)
    tag = inline.slice(found.start("tag"), len(inline.text), block.line)
    return [Piece(title, block.line, "head"), Piece(tag, block.line, "para")]


def work_levels(blocks: list[Block]) -> set[int]:
    """The heading levels at which the list writes one heading per work (see the module notes)."""
    levels = set()
    for level in range(2, 7):
        headings = [b for b in blocks if b.kind == "heading" and b.level == level]
        tagged = [b for b in headings if tagged_title(b)]
        # Titles, not the same section name by year (``## Papers, 2019``, ``## Papers, 2020``).
        titles = {_title_part(b) for b in tagged if len(_title_part(b).split()) >= 3}
        if len(titles) >= _MIN_TAGGED and len(tagged) >= 0.5 * len(headings):
            levels.add(level)
    return levels


def _title_part(block: Block) -> str:
    assert block.inline is not None
    found = _TAG_RE.search(block.inline.text)
    return block.inline.text[: found.start() if found else None].strip().casefold()


def work_end(blocks: list[Block], at: int) -> int:
    """The index of the next heading of ``blocks[at]``'s level or higher (or the end)."""
    level = blocks[at].level
    end = at + 1
    while end < len(blocks) and not (blocks[end].kind == "heading" and blocks[end].level <= level):
        end += 1
    return end


def work_heading(blocks: list[Block], at: int, levels: set[int]) -> bool:
    """Whether the heading at ``at`` is one work of a list written a heading per work."""
    heading = blocks[at]
    if heading.level not in levels or not _plain_heading(heading):
        return False
    assert heading.inline is not None
    if not_papers(heading.inline.text):
        return False
    if not tagged_title(heading) and title_words(heading.inline) < 3:
        return False  # ``## Legacy Papers``: a section's name
    return not any(_cites_paper(b) for b in blocks[at + 1 : work_end(blocks, at)])


def _cites_paper(block: Block) -> bool:
    """A list that holds an item linking a paper under a title of its own
    (``- [Title of a Paper](https://arxiv.org/abs/…)``, ``- Title of a Paper [[pdf]](…)``): a
    work of its own, so the heading above is a section."""
    if block.kind == "item":
        head = item_head(block)
        papers = (
            []
            if head is None
            else [x for x in real_links(head) if paper_identity(x.url) or is_paper_url(x.url)]
        )
        if papers and (title_words(head) >= 3 or any(_titled(x) for x in papers)):
            return True
    return any(_cites_paper(c) for c in block.children)


def _titled(link: InlineLink) -> bool:
    return not is_role_label(link.label) and len(link.label.split()) >= 3


# Words that only say where a link goes (``[官网地址](…)``: the official site's address;
# ``[Github地址](…)``, ``[下载链接](…)``: download link, ``[完整数据集下载地址](…)``), beside the
# role words of ``_roles``; an address written in the label says nothing more.
# Latin words are whole words (not ``Data`` in ``DataHub``); a CJK word may follow them
# (``Github地址``).
_GENERIC_RE = re.compile(
    r"https?://\S+?(?=[)）\s]|$)|官网|官方|网站|网址|主页|地址|下载|链接|访问|完整|数据集|代码|论文|项目"
    r"|源码|(?<![a-z])(?:github|gitlab|website|homepage|home\s*page|official|downloads?|links?|url"
    r"|address|page|site|repos?|repository|code|paper|project|data|datasets?)(?![a-z])",
    re.IGNORECASE,
)


def generic_label(label: str) -> bool:
    """A link label that only says where the link goes (``Website``, ``GitHub``, ``官网地址``, an
    address)."""
    rest = _GENERIC_RE.sub(" ", label)
    return not re.search(r"[^\W\d_]", rest)


def named_by_links(blocks: list[Block], at: int) -> bool:
    """``#### WidgetKG`` over a description and ``- [官网地址](https://…)``, ``- [GitHub](…)``, or
    over ``- https://github.com/…``: a heading that names a work (a data set, a tool, a project)
    whose links sit below it labelled only by where they go. The heading names no section of the
    list (``## Code``, ``## Links``, ``## Contact``), heads no deeper section, and what is below it
    is prose and those links alone: a list of titled links is a section's works, and two bare
    addresses or more are works of their own."""
    heading = blocks[at]
    name = _work_name(heading)
    if name is None:
        return False
    end = section_end(blocks, at)
    if end < len(blocks) and blocks[end].level > heading.level:
        return False  # it heads deeper sections
    body = [b for b in blocks[at + 1 : end] if b.kind not in ("html", "rule")]
    if _named_description(name, body):
        return True
    lines = _link_lines(body)
    if lines is None or not _one_works_links(lines):
        return False
    # Links that only say where they go make a work of a heading that names one below the
    # list's sections (``#### WidgetKit``); a level-2 heading over them is one of those sections
    # (``## Documentation`` over ``- [Website](…)``) unless a paragraph describes it by name.
    described = any(
        b.kind == "paragraph"
        and b.inline is not None
        and not has_link_or_id(b.inline)
        and name.casefold() in b.inline.text.casefold()
        for b in body
    )
    labels = [link.label for x in lines for link in real_links(x)]
    role_runs = any(role_run(x) for x in lines)  # each of its labels checked as a role
    if all(generic_label(label) or role_runs for label in labels):
        return heading.level >= 3 or described
    # ``#### WikiData`` over a description of it and ``- [WikiData dump, 2017](…)``: one link
    # whose label names the work the description is about (``### AICon`` over two talks whose
    # titles start with the venue's name is a section). The description is a paragraph of its
    # own, not the link's line: ``## Survey`` over ``[Threat of … : A Survey](https://arxiv.org/…)``
    # is a section of one paper.
    return (
        described
        and len(labels) == 1
        and len(name) >= 3
        and name.casefold() in labels[0].casefold()
    )


# ``Language: Java``, ``Backends: [HBase](#hbase)``: a label of a few words, a colon, its value.
_NOTE_RE = re.compile(r"^\s*[A-Z][\w /&-]{0,24}\s*[:：]\s*\S")


def _named_description(name: str, body: list[Block]) -> bool:
    """``### OpenTSDB`` over ``[OpenTSDB](http://opentsdb.net/) is a time series database …``, then
    notes (``- Language: Java``, ``- Backends: [HBase](#hbase)``) and perhaps a post or paper
    about it (``- [Monitoring at Spotify - Introducing Heroic](…)``): the description starts with
    the work's own name, linked; the heading is that work."""
    if not body or body[0].kind != "paragraph" or body[0].inline is None:
        return False
    said = body[0].inline
    links = real_links(said)
    if (
        len(links) != 1
        or links[0].start > 1
        or links[0].label.strip().casefold() != name.casefold()
    ):
        return False
    if len(said.text[links[0].end :].split()) < 3:
        return False  # a description follows the name
    for block in body[1:]:
        if block.kind != "list":
            return False
        for item in block.children:
            head = item_head(item)
            if head is None or item.children[1:]:
                return False
            if not (_NOTE_RE.match(head.text) and not real_links(head)) and not _links_only(head):
                return False
    return True


def _work_name(heading: Block) -> str | None:
    """The heading's text when it may name a work below the list's top (not a section of the
    list's own, a role or a word that only says where links go)."""
    if not _plain_heading(heading) or heading.level < 2 or heading.inline is None:
        return None
    name = heading.inline.text.strip()
    if title_words(heading.inline) < 1 or not_papers(name) or points_elsewhere(name):
        return None
    if is_role_label(name) or generic_label(name):
        return None
    return name


def _link_lines(body: list[Block]) -> list[Inline] | None:
    """The lines of links below the heading, one link or address each, when the rest is prose
    (a description without links); None when anything else is there."""
    if any(b.kind not in ("paragraph", "list") for b in body):
        return None
    lines = [p.inline for b in body if b.kind == "list" for p in block_pieces(b)]
    if not all(_links_only(x) for x in lines):
        return None
    # A paragraph is the work's description (no link, no address), or links alone
    # (``[下载链接](…)`` below the description), one a line, or joined by `` · `` (``role_run``);
    # a figure's credit line below it says nothing of the work.
    for at, block in enumerate(body):
        if block.kind != "paragraph" or figure_credit(body, at):
            continue
        said = [p.inline for p in block_pieces(block)]
        if all(_links_only(x) or role_run(x) for x in said):
            lines += said
        elif any(has_link_or_id(x) or x.strong for x in said):
            return None  # ``**Title**`` over ``<https://arxiv.org/…>``: a work of its own
    runs = [x for x in lines if role_run(x)]  # paragraphs only: an item's line is not one
    if not lines or len(lines) > 4 or not all(_links_only(x) or x in runs for x in lines):
        return None
    return lines


def _one_works_links(lines: list[Inline]) -> bool:
    """Links that may all be one work's: at most one address, one repository and one paper
    (more are works of their own), and no bold name among them."""
    addresses = [x for x in lines if not real_links(x)]
    repositories = {u for x in lines for u in _urls(x) if is_code_url(u)}
    papers = [u for x in lines for u in _urls(x) if is_paper_url(u) or paper_identity(u)]
    if len(addresses) > 1 or len(repositories) > 1 or len(papers) > 1:
        return False  # two addresses, two repositories, two papers: works of their own
    return not any(x.strong for x in lines)  # a bold name: a work of its own


def _urls(line: Inline) -> list[str]:
    return [x.url for x in real_links(line)] + [u for u, _, _ in bare_urls(line)]


def _links_only(line: Inline) -> bool:
    """A line that is one link or address and nothing else (perhaps a note in brackets)."""
    links = real_links(line)
    urls = bare_urls(line)
    if len(links) + len(urls) != 1:
        return False
    start, end = (links[0].start, links[0].end) if links else (urls[0][1], urls[0][2])
    # A note in brackets after it may stay (``(mirror)``); a word outside them is a name.
    rest = re.sub(r"\([^()]*\)|（[^（）]*）", " ", line.text[:start] + " " + line.text[end:])
    return not re.search(r"[^\W\d_]", rest)
