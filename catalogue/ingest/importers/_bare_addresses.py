"""Works written as bare addresses: lists of tools often name a repository only by its address,
as a bullet (``- https://github.com/owner/widget-scan - scans widgets``), after tags
(``- 2020 `Python` `paper` https://github.com/owner/widget``), or as paragraphs between blank
lines with no marker at all (``https://github.com/owner/widget`` alone on its line).

Such a line's title is the repository's name as its address spells it (``widget-scan``): the name
the catalogue gives a code record that no list titled (``merge.derive_code``), without the owner,
whom the list does not name either; the words after the address are its summary. The address must
come first, after tags at most (years, code spans, short bracketed tags: no words), so a sentence
that mentions an address (``See https://…``, ``Code: https://…``) is no such line. Where a line
of that shape is a work (several siblings, ``_walk_lists`` and ``bare_runs``) is decided apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ...core.identity import GITHUB_RESERVED
from ._document import Block, Inline, InlineLink
from ._evidence import YEAR_RE, bare_urls
from ._ids import cut
from ._roles import host, host_in

# Forges whose addresses name a repository by its path (``owner/name``, GitLab's nested groups).
_FORGES = ("github.com", "gitlab.com", "bitbucket.org", "gitee.com", "codeberg.org")
# GitHub's own pages, which are no owner's (``github.com/topics/widgets``), and a few more.
_RESERVED = GITHUB_RESERVED | {"customer-stories", "security", "readme"}
# A short tag in brackets before the address (``[Python]``, ``【工具】``).
_BRACKET_TAG_RE = re.compile(r"[\[【(（][^\]】)）\n]{1,24}[\]】)）]")
_WORD_RE = re.compile(r"[^\W\d_]")
# Sections whose bare addresses are where the list's words come from, or other places to look
# (``## References``, ``## Some-useful-links:``, ``## Inspired by``), not what it catalogues.
_SOURCES_RE = re.compile(
    r"^(?:(?:some|other|more|useful|helpful|related|additional|further|external) )*"
    r"(?:references?|links?|sources?|see also|credits?|inspired by|based on|thanks(?: to)?"
    r"|acknowledge?ments?)$"
    r"|^(?:参考(?:资料|文献|链接)?|相关链接|链接|友情链接|致谢)$",
    re.IGNORECASE,
)
# Right after the address, no dash between: a verb that makes it a sentence's subject.
_PREDICATE_RE = re.compile(
    r"\s+(?:has|have|is|are|was|were|contains?|provides?|includes?|implements?|hosts?|holds?"
    r"|offers?|gives?|shows?|lists?|collects?|keeps?)\b"
)
_NOT_WORD_RE = re.compile(r"[\W_]+")
# Between the address and its description: spaces, perhaps a dash, a colon or a bar.
_SEPARATOR_RE = re.compile(r"\s*(?:[-–—:：|·]+\s*)?")


@dataclass(frozen=True)
class Address:
    """A line whose first word is an address: where it is, the tags before it, and where the
    words after it (its description) start."""

    url: str
    start: int
    end: int
    lead: list[str]
    rest: int
    link: InlineLink | None = None  # the address written as a link to itself (``<https://…>``)


def _self_named(link: InlineLink) -> bool:
    """``<https://github.com/owner/widget>``, ``[github.com/owner/widget](https://…)``: a link
    whose label is its own address, an address as surely as one written bare."""
    label, url = _bare(link.label), _bare(link.url)
    return bool(label) and label == url and not link.image_only


def _bare(address: str) -> str:
    text = re.sub(r"^\s*(?:https?://)?(?:www\.)?", "", address.strip().strip("<>")).casefold()
    return text.rstrip("/")


def address_head(inline: Inline) -> Address | None:
    """The address a line starts with, after tags at most (see the module notes); None when a
    link or a word comes first."""
    found = [(a, u, b, None) for u, a, b in bare_urls(inline)]
    found += [(x.start, x.url, x.end, x) for x in inline.links if _self_named(x)]
    if not found:
        return None
    start, url, end, link = min(found, key=lambda f: f[0])
    if any(x.start < start and not x.image_only for x in inline.links):
        return None
    text = inline.text
    cuts = [(a, b) for a, b in inline.code if b <= start]
    cuts += [(x.start, x.end) for x in inline.links if x.image_only and x.end <= start]
    plain = cut(text[:start], cuts)
    if _WORD_RE.search(_BRACKET_TAG_RE.sub(" ", plain)):
        return None
    lead = [text[a:b].strip() for a, b in inline.code if b <= start and text[a:b].strip()]
    lead += [m.group(0) for m in YEAR_RE.finditer(plain)]
    lead += [m.group(0)[1:-1].strip() for m in _BRACKET_TAG_RE.finditer(plain)]
    if _PREDICATE_RE.match(text, end):
        return None  # ``<https://github.com/…> has the code for both.``: a sentence about it
    rest = _SEPARATOR_RE.match(text, end)
    return Address(url, start, end, lead, rest.end() if rest else end, link)


def repository_name(url: str) -> str | None:
    """The name a forge's address gives its repository (``…/owner/widget-scan`` -> ``widget-scan``;
    a folder or file in it, ``…/tree/main/tools/winScan``, is named by its last part; an owner's
    page by the owner); None for any other address."""
    name = host(url).casefold()
    try:
        path = [unquote(p) for p in urlsplit(url).path.split("/") if p]
    except ValueError:
        return None
    if not path:
        return None
    if host_in(name, ("sourceforge.net",)):
        return path[1] if len(path) >= 2 and path[0] == "projects" else None
    if not host_in(name, _FORGES) or name != name.removeprefix("gist."):
        return None
    if path[0].casefold() in _RESERVED:
        return None
    if "-" in path:  # GitLab: ``group/sub/project/-/tree/main``
        path = path[: path.index("-")]
    if len(path) >= 4 and path[2] in ("tree", "blob", "src"):
        return path[-1] if len(path) >= 5 else path[1].removesuffix(".git")
    if host_in(name, ("gitlab.com",)) and len(path) >= 2:
        return path[-1].removesuffix(".git")
    return path[1].removesuffix(".git") if len(path) >= 2 else path[0]


def repository_head(inline: Inline) -> Address | None:
    """A line that starts with a repository's address (``address_head``)."""
    found = address_head(inline)
    return found if found is not None and repository_name(found.url) else None


def sources_section(heading: str) -> bool:
    """A section whose bare addresses are the list's sources or pointers (see ``_SOURCES_RE``)."""
    return bool(_SOURCES_RE.match(" ".join(_NOT_WORD_RE.sub(" ", heading).split())))


def address_lines(block: Block) -> list[Inline] | None:
    """A paragraph whose every line starts with an address (one line or several joined by soft
    breaks): its lines; else None."""
    if block.kind != "paragraph" or block.inline is None:
        return None
    lines = [line for line in block.inline.split_lines() if line.text.strip()]
    if not lines or any(address_head(line) is None for line in lines):
        return None
    return lines


def _repositories(lines: list[Inline]) -> int:
    return sum(1 for line in lines if repository_head(line) is not None)


def bare_runs(blocks: list[Block], lines: list[str]) -> dict[int, list[Inline]]:
    """The paragraphs a list writes as its works, one address a line (see the module notes): by
    block id, their lines. A paragraph of two such lines or more, or two such paragraphs in a row
    (between blank lines, nothing else between them), make a run when half its lines or more are
    repositories' (another address among them, ``https://example.org/widget.py``, is a work too).
    Right below a paragraph of words, a run indented deeper than it, or of two lines at most, is
    that paragraph's addresses (``KDD 17 Title`` over its code), no works. A list that writes
    three such lines or more in runs catalogues its works so (fewer are notes), and then a single
    repository that is all its section holds is a work too. A lone address in prose is none. Only
    paragraphs under a heading count: what stands above the first is the list's own header (its
    site, its badges), and none in a section of the list's sources."""
    found: dict[int, list[Inline]] = {}
    runs: list[tuple[Block | None, list[Block]]] = []  # the block above a run, the run
    heading: str | None = None
    for at, block in enumerate(blocks):
        if block.kind == "heading" and block.inline is not None:
            heading = block.inline.text
        content = heading is not None and not sources_section(heading)
        read = address_lines(block) if content else None
        if read is None:
            continue
        found[id(block)] = read
        if runs and at and id(blocks[at - 1]) in found:
            runs[-1][1].append(block)
        else:
            runs.append((blocks[at - 1] if at else None, [block]))
    kept, single = [], []
    for above, run in runs:
        said = [line for block in run for line in found[id(block)]]
        if above is not None and above.kind == "paragraph":
            deeper = _indent(lines, run[0]) > _indent(lines, above)
            if deeper or len(said) <= 2:
                continue
        if len(said) >= 2 and 2 * _repositories(said) >= len(said):
            kept += run
        elif len(said) == 1 and _repositories(said):
            single.append(run[0])
    if sum(len(found[id(b)]) for b in kept) < 3:
        return {}
    kept += [b for b in single if id(b) in _alone(blocks)]
    return {id(b): found[id(b)] for b in kept}


def _indent(lines: list[str], block: Block) -> int:
    text = lines[block.line - 1] if 1 <= block.line <= len(lines) else ""
    return len(text) - len(text.lstrip())


def _alone(blocks: list[Block]) -> set[int]:
    """Blocks that are all their section holds: a heading right above, and right below a heading,
    a rule or the end of the list."""
    ends = ("heading", "rule")
    after = [b.kind in ends for b in blocks[1:]] + [True]
    return {
        id(b)
        for a, b, end in zip([None, *blocks], blocks, after, strict=False)
        if a is not None and a.kind == "heading" and end
    }
