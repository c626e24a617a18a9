"""A safety net after the reading: a heading that is a work, judged from what the reading made.

Many lists give each work its own heading and write its details below it: links labelled by
their role (``[Paper](…) · [GitHub](…)``, ``Homepage: <a href>``, ``- [code](…)``, ``[論文](…)``),
a meta line (``**2025-10 · arXiv** · tags``), a description, a picture. Rules read the variants
met so far (``_work_headings``, ``_named_sections``, ``_linked_headings``, ``_headed``, ``_folds``);
a variant none of them knows gives entries titled by the link labels (``Paper``, ``Homepage``),
or nothing at all. This pass looks at the result instead of the shape. For each leaf heading
section (the heading down to the next heading of its level or higher, no sub-heading): are the
entries made from its body only role-titled (``Paper``, ``Code``, ``コード``, a bare address), or
did the body make no entry while it holds links that say a role? When that holds for several
sibling headings of one level (three or more, and half of that level's leaf headings whose body
links somewhere; headings already read as works count with them), that level is a layout of one
work per heading, and each such heading whose text may name a work (not a category the list
sorts by, a year or a venue) becomes one entry: titled by the heading, with the links of its
body, its year and venue where the heading or a short meta line writes them. The role-titled
entries and the skipped lines of its body are folded into it. A section whose body made entries
with real titles is a category and stays as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...core.models import Link
from . import ImportedEntry, ImportResult
from ._directories import _PERSON_URL_RE
from ._document import parse as parse_markdown
from ._document import walk
from ._evidence import YEAR_RE, bare_urls, detail_key, real_links
from ._link_runs import _SOCIAL_RE
from ._links import make_link
from ._named_tools import _PROFILE_RE
from ._rescue_fold import fold, without_facets, work_entry
from ._rescue_guards import own_pages, parts_of_one_thing
from ._roles import is_role_label, names_its_site, role
from ._sections import is_news, not_papers
from ._units import Event, Heading, Unit
from ._venues import Lexicon
from ._work_headings import generic_label

# Link labels that only say a link's role, in languages the role words of ``_roles`` lack
# (Japanese, Korean, a few European ones): ``[論文](…)``, ``[코드](…)``, ``[Código](…)``.
_OTHER_ROLES_RE = re.compile(
    r"(?:論文|コード|ソース|プロジェクト|ホームページ|デモ|データセット|データ|動画|スライド|公式"
    r"|リポジトリ|サイト|ページ|논문|코드|프로젝트|홈페이지|데모|데이터셋|데이터|영상|슬라이드|깃허브"
    r"|art[íi]culo|c[óo]digo|proyecto|p[áa]gina|sitio|artikel|projekt(?:seite)?|webseite|quellcode"
    r"|article|projet|site|papier|статья|код|проект|сайт"
    # A note or a version in another language (``中文``: in Chinese; ``我的筆記``: my notes).
    r"|中文|英文|中译|翻译|译文|解读|笔记|筆記|我的|原文|正式版|阅读卡片|日本語|한국어|english"
    # English words that say where a link goes without a role word of ``_roles``.
    r"|source|figure|image|details|more|read more|credits?|[\s/|·,&+-])+",
    re.IGNORECASE,
)
_URL_LIKE_RE = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?", re.IGNORECASE)
# Headings that sort a list rather than name a work (``Others``, ``Surveys``, ``Tools``).
_CATEGORY_RE = re.compile(
    r"^(?:others?|misc\w*|general|surveys?|reviews?|papers?|datasets?|benchmarks?|tools?|toolkits?"
    r"|librar(?:y|ies)|frameworks?|applications?|methods?|models?|projects?|codes?|resources?"
    r"|tutorials?|books?|courses?|videos?|blogs?|talks?|workshops?|challenges?|competitions?"
    r"|references?|appendix|examples?|demos?|links?|websites?|implementations?|theory"
    r"|install(?:ation|ing)?|setup|usage|quick ?start|getting started|requirements|dependencies"
    r"|mirrors?|readings?|further reading|downloads?)$",
    re.IGNORECASE,
)
# ``. CVPR 2015``, ``(NeurIPS'23)``, `` - 2019``: a venue or a year tag ending the heading.
_TAG_RE = re.compile(
    r"\s*[.,:\-–—|]?\s*[(\[]?(?P<tag>(?:[A-Za-z][\w-]*\s*)?(?:(?:19|20)\d{2}|['’]\d{2}))[)\]]?\s*\.?$"
)
_PARTS_RE = re.compile(r"\s*[·|•:：]\s*")
_NOTE_RE = re.compile(r"^[^:：]{1,30}[:：]\s+\S")
_NUMBER_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.)\s+")
# A Markdown or HTML link, an address, a tag: what a line of links is made of.
_LINK_RE = re.compile(
    r"!?\[[^\]]*\]\([^)]*\)|<a\b[^>]*>.*?</a>|<[^>]+>|https?://\S+|&\w+;", re.IGNORECASE
)
_PUBLISHED_RE = re.compile(r"[A-Z][A-Za-z]{1,10}(?:[ -]?(?:19|20)\d{2}|['’]\d{2})(?!\w)")
_ASIDE_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）")
_LINE_WORDS = 10
_FILLERS = frozenset("my our the a an full official original".split())
_MIN_HEADINGS = 3
_MAX_LINKS = 12


@dataclass
class _Leaf:
    line: int
    end: int  # the section's last line (blank lines below it left out)
    level: int
    entries: list[ImportedEntry] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # from the skipped lines
    roles: bool = False  # a skipped link says a role (its label, or a bare address)
    title: str = ""
    heading_links: list[Link] = field(default_factory=list)


def role_title(title: str | None, url: str = "") -> bool:
    """A title that is only a link's role: ``Paper``, ``GitHub``, ``項目主页``, ``論文``, an
    address; not a framework named on its own site (``[PyTorch](https://pytorch.org)``)."""
    text = " ".join((title or "").split()).strip(" []()·|:：-")
    if not text or _URL_LIKE_RE.fullmatch(text):
        return True
    if url and names_its_site(text, url):
        return False
    if _one_role(text):
        return True
    # ``code (PyTorch) - 2``, ``my paper note (unfinished)``, ``中文1``: a role, a note, a number.
    bare = re.sub(r"[\s\-–]*\d+$", "", _ASIDE_RE.sub(" ", text)).strip(" -–")
    if bare != text and bare and _one_role(bare):
        return True
    # ``GitHub: no author-linked repository found``: a role and a note on it;
    # ``Paper figure · Source``: roles in a row.
    parts = [p for p in _PARTS_RE.split(text) if p]
    return len(parts) > 1 and (
        all(_one_role(p) for p in parts) or (_one_role(parts[0]) and _NOTE_RE.match(text))
    )


def _one_role(text: str) -> bool:
    """Role words alone (``Paper figure``, ``my code``), not a name with one in it (``Berkeley
    MVP Data``)."""
    if is_role_label(text) or generic_label(text) or _OTHER_ROLES_RE.fullmatch(text):
        return True
    # ``ACL 2026``, ``CVPR'23 正式版``: where it was published (the published version).
    published = _PUBLISHED_RE.match(text)
    if published is not None:
        rest = text[published.end() :].strip()
        return not rest or _one_role(rest)
    words = re.findall(r"[^\W_]+", text)
    return bool(words) and all(
        w.casefold() in _FILLERS or is_role_label(w) or _OTHER_ROLES_RE.fullmatch(w) for w in words
    )


def rescue_headings(
    result: ImportResult, events: list[Event], lines: list[str], lexicon: Lexicon, source: str
) -> None:
    """Turn the leaf headings of a one-work-per-heading layout into their works (module notes)."""
    texts = {e.line: e.text for e in events if isinstance(e, Heading)}
    heads = without_facets(_headings(events, lines), texts, role_title)
    if len(heads) < _MIN_HEADINGS:
        return
    leaves = _leaves(heads, lines, result)
    works = Counter(level for line, level, is_work in heads if is_work)
    chosen = [leaf for leaf in leaves if _candidate(leaf)]
    by_level = Counter(leaf.level for leaf in chosen)
    linked = Counter(leaf.level for leaf in leaves if leaf.entries or leaf.links)
    for level, count in by_level.items():
        support = count + works[level]
        few = support < _MIN_HEADINGS or 2 * support < linked[level] + works[level]
        # A book's chapters, a model zoo's checkpoints (``_rescue_guards``): parts of one thing.
        if few or parts_of_one_thing([_every(leaf) for leaf in chosen if leaf.level == level]):
            chosen = [leaf for leaf in chosen if leaf.level != level]
    for leaf in chosen:
        _read_heading(leaf, lines)
        if _names_work(leaf.title, lexicon):
            leaf.title, tag = _split_tag(leaf.title)
            fold(result, leaf, work_entry(leaf, tag, lines, lexicon, events, source))


def _headings(events: list[Event], lines: list[str]) -> list[tuple[int, int, bool]]:
    """(line, level, read as a work already) of the list's headings of levels 1-6. A heading
    read as a work is also a heading of the path one level down: the work is the one kept."""
    found: dict[int, tuple[int, int, bool]] = {}
    for event in events:
        if isinstance(event, Heading) and 1 <= event.level <= 6:
            found.setdefault(event.line, (event.line, event.level, False))
        elif isinstance(event, Unit) and event.kind == "heading":
            match = re.match(r"\s*(#{1,6})\s|\s*<h([1-6])\b", lines[event.line - 1], re.I)
            if match:
                level = len(match.group(1) or "") or int(match.group(2))
                found[event.line] = (event.line, level, True)
    return sorted(found.values())


def _leaves(
    heads: list[tuple[int, int, bool]], lines: list[str], result: ImportResult
) -> list[_Leaf]:
    leaves = []
    for index, (line, level, is_work) in enumerate(heads):
        following = heads[index + 1] if index + 1 < len(heads) else None
        if is_work or (following is not None and following[1] > level):
            continue  # a work already, or a section with sections below it
        end = following[0] - 1 if following is not None else len(lines)
        while end > line and _trailing(lines[end - 1]):
            end -= 1
        leaves.append(_Leaf(line, end, level))
    if not leaves:
        return []
    starts = [leaf.line for leaf in leaves]
    for entry in result.entries:
        leaf = _holding(leaves, starts, entry.entry.line)
        if leaf is not None:
            leaf.entries.append(entry)
    for skipped in result.skipped:
        leaf = _holding(leaves, starts, skipped.line)
        if leaf is not None:
            leaf.skipped.append(skipped.line)
    for leaf in leaves:
        if any("http" in lines[n - 1] or "www." in lines[n - 1] for n in leaf.skipped):
            _body_links(leaf, lines)
    return leaves


def _trailing(text: str) -> bool:
    """A blank line, or an anchor that belongs to the heading below (``<a id="x"></a>``)."""
    return not text.strip() or bool(re.fullmatch(r"\s*<a\s+(?:id|name)=[^>]*>\s*</a>\s*", text))


def _holding(leaves: list[_Leaf], starts: list[int], line: int) -> _Leaf | None:
    from bisect import bisect_right

    at = bisect_right(starts, line) - 1
    if at < 0:
        return None
    leaf = leaves[at]
    return leaf if leaf.line < line <= leaf.end else None


def _inline_links(blocks: list) -> list[tuple[str, str, int]]:
    """(url, label, line) of the web links and bare addresses in blocks, badges aside."""
    found = []
    for block in walk(blocks):
        inlines = [block.inline] if block.inline is not None else []
        for inline in inlines + list(block.cells):
            for link in real_links(inline):
                found.append((link.url, link.label or link.alt, link.line))
            for url, start, _ in bare_urls(inline):
                found.append((url, "", inline.line_at(start)))
    return found


def _body_links(leaf: _Leaf, lines: list[str]) -> None:
    """The links of the body's skipped lines, and whether one says its role."""
    text = "\n".join(lines[leaf.line : leaf.end])
    skipped = set(leaf.skipped)
    seen: set[str] = set()
    for url, label, line in _inline_links(parse_markdown(text, first_line=leaf.line + 1)):
        if line not in skipped or url in seen:
            continue
        seen.add(url)
        roled = not label or role_title(label, url) or _URL_LIKE_RE.fullmatch(label.strip())
        leaf.roles = leaf.roles or bool(roled and _link_line(lines[line - 1]))
        link = make_link(url, label or None, role(url, label) if label else None)
        if link is not None:
            leaf.links.append(link)


def _link_line(text: str) -> bool:
    """A line of links with a few words between them (``[Paper](…) · [Code](…)``, ``Homepage:
    <a href>…</a>``, ``- [code](…)``), not a sentence of prose that links a word of it."""
    rest = _LINK_RE.sub(" ", text)
    latin = re.findall(r"[^\W\d_]+", re.sub(r"[\u3000-\u9fff\uac00-\ud7af]", " ", rest))
    return len(latin) + len(re.findall(r"[\u3040-\u9fff\uac00-\ud7af]", rest)) / 2 <= _LINE_WORDS


def _every(leaf: _Leaf) -> list[Link]:
    return leaf.links + [x for e in leaf.entries for x in e.entry.links]


def _candidate(leaf: _Leaf) -> bool:
    every = _every(leaf)
    if len(every) > _MAX_LINKS or 2 * sum(map(_persons, every)) > len(every):
        return False  # a list's links, or a person's pages (profiles, a scholar page, an account)
    if own_pages(every, _persons):
        return False  # ``[Homepage](…) | [Scholar](…)``, ``[Careers](…)``: whose, not a work
    if leaf.entries:
        addressed = [e.entry.links[0] for e in leaf.entries if _addressed(e.entry.title, e)]
        return (
            any(e.entry.links for e in leaf.entries)
            and all(
                role_title(e.entry.title, e.entry.links[0].url if e.entry.links else "")
                or _field(e)
                for e in leaf.entries
            )
            and not _alike(addressed)
        )
    addressed = [x for x in leaf.links if not x.label or _URL_LIKE_RE.fullmatch(x.label)]
    return bool(leaf.links) and leaf.roles and not _alike(addressed)


def _field(entry: ImportedEntry) -> bool:
    """``- 🏛️ **Venue**: CoRL 2024`` read as an entry titled ``Venue``: a detail line of the work
    (no link, a detail label for title), which the work takes its venue and year from."""
    title = (entry.entry.title or "").strip(" *_:：").casefold()
    return not entry.entry.links and detail_key(f"{title}:") is not None


def _persons(link: Link) -> bool:
    return bool(
        _PERSON_URL_RE.search(link.url) or _SOCIAL_RE.match(link.url) or _PROFILE_RE.match(link.url)
    )


def _addressed(title: str | None, entry: ImportedEntry) -> bool:
    return bool(entry.entry.links) and bool(_URL_LIKE_RE.fullmatch((title or "").strip()))


def _alike(addresses: list[Link]) -> bool:
    """Two bare addresses of one kind (two posts, two mirrors, two packages): pages listed one
    by one, not the links of one work (its paper, its code, its site)."""
    kinds = Counter(link.kind for link in addresses)
    return any(count >= 2 for count in kinds.values())


def _read_heading(leaf: _Leaf, lines: list[str]) -> None:
    """The heading's words (anchors, links, emphasis, emoji and numbering aside) and links."""
    blocks = parse_markdown(lines[leaf.line - 1], first_line=leaf.line)
    inline = blocks[0].inline if blocks and blocks[0].inline is not None else None
    if inline is None:
        return
    text = " ".join(inline.text.split())
    text = _NUMBER_RE.sub("", re.sub(r"^[^\w(\[\"'“‘]+", "", text))
    leaf.title = text.rstrip(" :：-–—|").strip()
    for link in real_links(inline):
        made = make_link(link.url, link.label or None)
        if made is not None:
            leaf.heading_links.append(made)


def _split_tag(title: str) -> tuple[str, str]:
    """``Deep metric learning. CVPR 2015``: the title and its venue or year tag."""
    match = _TAG_RE.search(title)
    if match is None or not match.group("tag").strip() or match.start() == 0:
        return title, ""
    return title[: match.start()].rstrip(" .,:-–—|("), match.group("tag")


def _names_work(title: str, lexicon: Lexicon) -> bool:
    """Heading words that may name a work: not a section the list sorts by (``Others``,
    ``Citation``), a date, a venue, or a link's role."""
    name, _ = _split_tag(title)
    if not re.search(r"[^\W\d_]", name) or len(name.split()) > 30:
        return False
    if not_papers(name) or is_news(name) or _CATEGORY_RE.match(name.strip()):
        return False
    if YEAR_RE.fullmatch(name.strip()) or lexicon.resolve(name) is not None:
        return False
    return not role_title(name)
