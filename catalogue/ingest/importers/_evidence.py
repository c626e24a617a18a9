"""What makes a piece of a list look like an entry: a title, and a link, an identifier or a year."""

from __future__ import annotations

import re

from ...core.identity import paper_identity
from ._document import Inline, InlineLink
from ._ids import ids_in_text
from ._relative import is_relative
from ._roles import is_role_label, names_its_site
from ._text import LEAD_EMOJI

# GitHub links a URL written as text after a space or an opening bracket (``[[Paper]] (http://…)``,
# a link broken by a space, still shows as one); lists write it in square brackets too
# (``U-Widget [https://…/1505.01234.pdf] [2015]``), two of them joined by a comma (``[url1,url2]``).
# Fullwidth punctuation ends one (``（代码：https://github.com/owner/repo）``): no address has it.
_IN = r"\s<>()\[\]|（）【】《》「」，。；：！？、"  # what no address holds
_END = _IN + r".,;:!?'\""  # what no address ends with
# An address may hold balanced parentheses (``https://doi.org/10.1016/S1053-8119(03)00202-7``,
# ``…/wiki/Mercury_(planet)``): GitHub links them whole; a parenthesis it does not close ends it.
_GROUP = rf"\([^{_IN}]*\)"
BARE_URL_RE = re.compile(
    rf"(?<![<\w])https?://(?:(?!,https?://)(?:[^{_IN}]|{_GROUP}))*(?:[^{_END}]|{_GROUP})"
    # Addresses of the usual hosts written without a scheme (``arxiv.org/abs/2112.00024``).
    r"|(?<![\w/.@:-])(?:www\.)?(?:arxiv\.org|github\.com|gitlab\.com|doi\.org|openreview\.net"
    rf"|huggingface\.co|aclanthology\.org)/(?:[^{_IN}]|{_GROUP})*(?:[^{_END}]|{_GROUP})"
    # Any host written ``www.`` first, as GitHub links it (``www.example.org``, ``www.a.edu/b``).
    r"|(?<![\w/.@:-])(?i:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
    rf"(?:/(?:[^{_IN}]|{_GROUP})*(?:[^{_END}]|{_GROUP}))?"
)
_OTHER_WWW_RE = re.compile(
    r"www\.(?!(?:arxiv\.org|github\.com|gitlab\.com|doi\.org|openreview\.net|huggingface\.co"
    r"|aclanthology\.org)/)",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"(?<![\d.])(?:19[5-9]\d|20[0-4]\d)(?![\d])")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def is_web_url(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def real_links(inline: Inline) -> list[InlineLink]:
    """Links to somewhere else on the web (not anchors of the list, not badges)."""
    return [x for x in inline.links if is_web_url(x.url) and not x.image_only]


# An address typed right after a code span, no space between (a tag in code font, then
# ``https://github.com/…``): the span is a tag, and the address starts where it ends.
_GLUED_URL_RE = re.compile(rf"https?://(?:(?!,https?://)[^{_IN}])+[^{_END}]")


def bare_urls(inline: Inline) -> list[tuple[str, int, int]]:
    """URLs written as text (outside links and code: ``git clone https://…`` is a command, not a
    reference): (url, start, end)."""
    spans = [(x.start, x.end) for x in inline.links] + inline.code
    bare = list(BARE_URL_RE.finditer(inline.text))
    starts = {m.start() for m in bare}
    # Only where the address was not found already (a span ending in ``:`` lets it be found).
    glued = [_GLUED_URL_RE.match(inline.text, b) for _, b in inline.code if b not in starts]
    found = []
    for match in sorted([*bare, *filter(None, glued)], key=_at):
        if not any(a <= match.start() < b for a, b in spans):
            url = match.group(0)
            # A ``www.`` address of another host: ``http://``, the scheme GitHub gives it.
            scheme = "http" if _OTHER_WWW_RE.match(url) else "https"
            url = url if is_web_url(url) else f"{scheme}://{url}"
            found.append((url, match.start(), match.end()))
    return found


def _at(match: re.Match[str]) -> int:
    return match.start()


def has_evidence(inline: Inline) -> bool:
    """A web link, a URL as text, an identifier or a year."""
    return bool(
        real_links(inline)
        or bare_urls(inline)
        or any(t.key for t in ids_in_text(inline.text))
        or YEAR_RE.search(inline.text)
    )


# A link in a raw line (``href="https://…"``, ``[label](https://…)``), not an image's source.
_RAW_LINK_RE = re.compile(r"href\s*=\s*[\"']?https?://|(?<!!)\[[^\]]*\]\(\s*<?https?://", re.I)


def raw_line_names_work(text: str) -> bool:
    """A line no entry was read from that links somewhere or names an identifier: listed first
    among the skipped lines, as a possible lost entry."""
    return bool(_RAW_LINK_RE.search(text) or any(t.key for t in ids_in_text(text)))


def local_links(inline: Inline) -> list[InlineLink]:
    """Links to files beside the list (``./papers/x.pdf``; not anchors, not badges, not the
    list's own navigation: ``[Papers](papers/track.md)``, ``[Topic](papers/track.md#topic)``,
    ``[Card](cards/x/sources)``)."""
    return [x for x in inline.links if is_relative(x.url) and not x.image_only and _document(x)]


def _document(link: InlineLink) -> bool:
    """A relative link to a document: a file (a PDF), or a page of notes beside the list named
    by a title (``[CUDA basic knowledge](./docs/cuda.md)``); not a folder, not a place in a page
    (an anchor), not a page named by one word (``[Papers](…md)``, ``[needs_search](…md)``)."""
    path, _, anchor = link.url.partition("#")
    name = path.split("?", 1)[0].rsplit("/", 1)[-1]
    if not name or "." not in name.strip("."):
        return False  # ``docs/``, ``cards/x/sources``: a folder
    if name.rsplit(".", 1)[-1].lower() not in ("md", "markdown", "html", "htm", "rst"):
        return True
    return not anchor and len(link.label.split()) >= 2


def has_cell_evidence(inline: Inline) -> bool:
    """Evidence, or a link to a file beside the list: in a table of works, a title linked to the
    paper's PDF kept in the list's repository names a work as surely as a web link does."""
    return has_evidence(inline) or bool(local_links(inline))


def has_link_or_id(inline: Inline) -> bool:
    return bool(
        real_links(inline) or bare_urls(inline) or any(t.key for t in ids_in_text(inline.text))
    )


def title_words(inline: Inline) -> int:
    """How many words of the text could be a title: not URLs, ids, years or role labels."""
    text = inline.text
    cuts = [
        (x.start, x.end)
        for x in inline.links
        if (is_role_label(x.label) and not names_its_site(x.label, x.url)) or x.image_only
    ]
    cuts += [(a, b) for _, a, b in bare_urls(inline)]
    cuts += [(t.start, t.end) for t in ids_in_text(text)]
    kept, at = [], 0
    for start, end in sorted(cuts):
        if start >= at:
            kept.append(text[at:start])
            at = end
    kept.append(text[at:])
    return len(_WORD_RE.findall(" ".join(kept)))


def has_title(inline: Inline) -> bool:
    return title_words(inline) >= 1


def has_id(inline: Inline) -> bool:
    """An identifier, in the text or in a link's URL: a work, not just a link or a date."""
    if any(t.key for t in ids_in_text(inline.text)):
        return True
    # An address written as text names its paper as a link does (``Title. https://arxiv.org/abs/…``).
    urls = [x.url for x in real_links(inline)] + [u for u, _, _ in bare_urls(inline)]
    return any(paper_identity(url) for url in urls)


# Labels of an entry's detail lines (``Authors: …``, ``**Venue:** …``, ``链接：…``).
DETAIL_KEYS = frozenset(
    """authors author venue conference journal published publication year date links link paper
    papers pdf code url project github arxiv data dataset datasets video slides bibtex citation
    framework frameworks dependencies networks models keywords tags tag task tl;dr tldr summary
    download downloads 下载
    abstract note notes remark comment affiliation affiliations institution 作者 会议 期刊 预印本
    发表 年份 链接 论文 代码 摘要 备注 数据集 框架 主页 项目 解读 视频""".split()
)
# ``论文下载链接``, ``代码（即将开源）``, ``解读1``: a known label with more said about it.
_KEY_EXTRA_RE = re.compile(r"\s*(?:[(（][^)）]*[)）]|\d+)\s*$")
_CJK_KEYS = tuple(k for k in DETAIL_KEYS if not k.isascii())
_DETAIL_RE = re.compile(
    r"^\s*"
    + LEAD_EMOJI  # ``📄 Paper:``: an emoji marks the label, as bold does
    + r"(?P<key>[^\W\d_][\w .;&/-]{0,24}?(?:\s*[(（][^)）:：]{0,12}[)）])?)\s*[:：]"
)


def detail_key(text: str) -> str | None:
    """The label of a detail line (``authors`` of ``Authors: A, B``), when it is a known one."""
    match = _DETAIL_RE.match(text)
    if match is None:
        return None
    key = _KEY_EXTRA_RE.sub("", match.group("key").strip().casefold())
    if key in DETAIL_KEYS:
        return key
    return next((k for k in _CJK_KEYS if key.startswith(k)), None)


def titled_by_kept_file(head: Inline) -> bool:
    """``- [A Survey of Widget Graphs](./paper/widget_survey_lee.caj)``: an item whose title links
    a paper's file kept beside the list (a PDF, CAJ, slides; not a page of the list's own,
    ``.md``, nor its scripts, ``tools/check.py``) names its work as surely as a web link does,
    as a table row's does."""
    first = head.links[0] if head.links else None
    if first is None or first.start > 2 or first not in local_links(head):
        return False
    return kept_paper_file(first.url)


def kept_paper_file(url: str) -> bool:
    """A relative link to a paper's file (``./paper/x.pdf``), by the file's ending."""
    name = url.partition("#")[0].split("?", 1)[0].rsplit("/", 1)[-1]
    return is_relative(url) and name.rsplit(".", 1)[-1].lower() in _PAPER_FILES


# Files a paper, a book or a talk is kept as (not the list's own pages, scripts or schemas).
_PAPER_FILES = frozenset("pdf caj kdh nh ps djvu doc docx ppt pptx key epub".split())
