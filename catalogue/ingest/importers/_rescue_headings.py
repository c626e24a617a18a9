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

The role titles are ``_role_titles``; what a section's body holds, ``_heading_bodies``; whether it
holds one work's links, ``_work_sections``; the entry made and the body folded in, ``_rescue_fold``.
"""

from __future__ import annotations

import re
from collections import Counter

from . import ImportResult
from ._document import parse as parse_markdown
from ._evidence import YEAR_RE, real_links
from ._heading_bodies import _headings, _Leaf, _leaves
from ._links import make_link
from ._rescue_fold import fold, without_facets, work_entry
from ._rescue_guards import parts_of_one_thing
from ._role_titles import role_title
from ._sections import is_news, not_papers
from ._units import Event, Heading
from ._venues import Lexicon
from ._work_sections import _candidate, _every

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
_NUMBER_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.)\s+")
_MIN_HEADINGS = 3


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
