"""A title written in bold in a unit's head: where it ends when the bold run holds the links too,
and a short bold name before the title (``**WidgetGPT**: Title``, ``**PCA** (Lee et al.) -
*Title*``, ``**Name**: "Title"``), the work's alias (``bold_lead``)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ._apa import labelled_reference
from ._citation import cited
from ._document import Inline, InlineLink
from ._evidence import bare_urls
from ._fields import Context
from ._labels import DashTitle, colon_label, dash_title, quoted_label
from ._meta_text import YEAR_RE
from ._names import parse_authors
from ._plain_title import meta_like
from ._roles import is_role_label

# Words that go on a title (``**Graph Networks** for Text``), not start one.
JOINERS = frozenset(
    "for of with via on to using towards toward through without under beyond as from and in".split()
)


def bold_links_start(inline: Inline, run: tuple[int, int]) -> int:
    """Where the title ends in a bold run that holds the work's links too (``**Name (ICDE 2020)
    [[**Paper**](…)][[**Code**](…)]**``): at the first link that only says what it is."""
    inside = [x.start for x in inline.links if run[0] < x.start < run[1] and is_role_label(x.label)]
    if not inside or run not in inline.strong:
        return run[1]
    cut = min(inside)
    # the opening bracket of ``[[**Paper**](…)]`` belongs to the links
    while cut > run[0] and inline.text[cut - 1] in " [":
        cut -= 1
    return cut


def bold_name(
    inline: Inline, run: tuple[int, int], stop: int, ctx: Context
) -> tuple[int, int | None] | None:
    """``**MedWidget**: Title. [paper](…)``, ``**WidgetGPT** A Title for Gadgets [paper](…)``: a
    short bold name (three words at most, six when names in italics end the title; no venue or
    year), perhaps a colon, then the title's words before the links (three or more, no names or
    venue only): the name is the alias and the title starts after it. (Where the title starts,
    where names in italics end it or None); None otherwise."""
    text = inline.text
    # An address written as text ends the words too (``**bitsandbytes**: https://… (…)``).
    stop = min([stop] + [a for _, a, _ in bare_urls(inline) if a >= run[1]])
    # ``**MaskWidget**: Title, *Ann Lee et al.*``: names set in italics after a comma end the
    # title's words; the bold words before the colon name the work (up to six of them, as
    # ``**A Widget is Worth 256 Gadgets**: Title, *Lee et al.*``).
    colon = text[run[1] : stop].lstrip()[:1] in (":", "：")
    names = _italic_names_after(inline, run[1], stop) if colon else None
    stop = names if names is not None else stop
    name = text[run[0] : run[1]].strip(" :：")
    longest = 6 if names is not None else 3
    if run not in inline.strong or not 0 < len(name.split()) <= longest or name.endswith("."):
        return None
    if YEAR_RE.search(name) or ctx.lexicon.resolve(name) or is_role_label(name):
        return None
    # ``**Acme**:  | Title | [PDF](…)``: a bar after the colon sets the name apart too.
    gap = re.match(r"\s*(?P<colon>[:：]?)\s*(?P<bar>(?<=[:：\s])\|\s+)?", text[run[1] : stop])
    assert gap is not None
    if gap.group("bar") and not gap.group("colon"):
        return None
    rest = text[run[1] + gap.end() : stop].strip()
    # The title's words start right away: not ``**Title** (2014), A. Lee et al.``.
    if not rest[:1].isalnum() or len(re.findall(r"[^\W\d_]{2,}", rest)) < 3:
        return None
    if names is not None:
        # Names follow: the words before them are the title unless a venue or year, or words
        # that describe the work (``**Tiny Widget Bench**: a benchmark of widgets, *Lee et al.*``).
        if YEAR_RE.search(rest) or ctx.lexicon.resolve(rest) or _DESCRIBES_RE.match(rest):
            return None
        return run[1] + gap.end(), stop
    if meta_like(rest, ctx) or re.search(r"\bet\.? al\b", rest):
        return None
    # Without a colon the words must start a title of their own (``**Graph Networks** for Text``
    # goes on with the bold words).
    if not gap.group("colon") and (rest[0].islower() or rest.split()[0].casefold() in JOINERS):
        return None
    # After a colon, words in lower case describe the work the bold words name
    # (``**Tiny Widget Bench**: we release a benchmark of …``): the bold words are its title.
    if gap.group("colon") and rest[0].islower():
        return None
    return run[1] + gap.end(), None


# Words that start a description, not a title, after a name and a colon.
_DESCRIBES_RE = re.compile(r"(?:a|an|the|we|our|this|it|its|is|are|which|that)\s")


_ET_AL_NAME_RE = re.compile(r",\s*(?:[A-Z][\w'’-]+\s+){1,3}et\.?\s*al\b")


def _italic_names_after(inline: Inline, start: int, stop: int) -> int | None:
    """Where a comma starts that an italic run of names follows (``, *Ann Lee et al.*``), or a
    name or two with et al. (``, Ann Lee et al.``), between ``start`` and ``stop``; None if
    there is none."""
    text = inline.text
    for a, b in sorted(inline.em):
        if not start < a < stop:
            continue
        before = text[start:a].rstrip()
        if before.endswith(",") and parse_authors(text[a:b].strip(" ,.")) is not None:
            return start + len(before) - 1
    # ``, Lee et al.`` not in italics: a name and et al. say as much.
    plain = _ET_AL_NAME_RE.search(text, start, stop)
    return plain.start() if plain is not None else None


class BoldLead(NamedTuple):
    run: tuple[int, int] | None  # the bold or italic run the title starts with, if still one
    dashed: DashTitle | None
    alias: str | None
    offset: int  # where the title starts
    title_end: int | None  # where names in italics end a title after a bold name


def bold_lead(
    inline: Inline, offset: int, alias: str | None, first: InlineLink | None, ctx: Context
) -> BoldLead:
    """A bold or italic run where the title starts: the title itself, or a short name before it
    (``**PCA** (Lee et al.) - *Title*``, ``**Name**: "Title"``, ``**Name**: Title``), which
    becomes the alias, the title starting after it."""
    text = inline.text
    run = next((r for r in sorted(inline.strong + inline.em) if abs(r[0] - offset) <= 1), None)
    dashed = dash_title(inline, run) if run is not None else None
    if dashed is not None:  # ``**PCA** (Lee et al.) - *Title*``: the italics are the title
        alias, run, offset = dashed.alias, dashed.title, dashed.title[0]
    label = quoted_label(text, run) if run is not None and dashed is None else None
    if run is not None and label is None and dashed is None:
        label = colon_label(text, run, first.start if first is not None else len(text))
    if run is not None and label is None and dashed is None:
        label = _name_over_citation(text, run, ctx)
    title_end = None
    if run is not None and label is None:
        named_at = bold_name(inline, run, first.start if first is not None else len(text), ctx)
        label, title_end = named_at if named_at is not None else (None, None)
    if run is not None and label is None and run in inline.strong:
        label = labelled_reference(text, run[1])
    if run is not None and label is None and first is not None:
        label = _name_before_link(inline, run, first, ctx)
    if label is not None and run is not None:
        alias, offset, run = text[run[0] : run[1]].strip(" :："), label, None
    return BoldLead(run, dashed, alias, offset, title_end)


def _name_before_link(
    inline: Inline, run: tuple[int, int], first: InlineLink, ctx: Context
) -> int | None:
    """``+ **Project-Mariner** [Project Mariner](…)``, ``16. **Behind the Magic, MERLIM**:
    [Multi-modal Evaluation Benchmark …](…)``, ``* **CSS** » **[stylelint](…)**``: a short
    bold name, then (a colon, dash or arrow at most between) a link whose label says at least as
    much: the name is the alias, the link's label the title. Where the link starts, or None
    (``**Title** [Paper](…)``: a link's role; ``**Title** [ICML 2020](…)``: its venue;
    ``**Attention Is All You Need** [Transformer](…)``: its code)."""
    name = inline.text[run[0] : run[1]].strip(" :：")
    gap = inline.text[run[1] : first.start] if first.start >= run[1] else None
    if gap is None or not re.fullmatch(r"\s*[:：\-–—»›→]?\s*", gap) or run not in inline.strong:
        return None
    label = first.label.strip()
    if not 0 < len(name.split()) <= 6 or len(label.split()) < len(name.split()):
        return None
    if is_role_label(label) or YEAR_RE.search(label) or ctx.lexicon.resolve(label):
        return None
    return first.start


def _name_over_citation(text: str, run: tuple[int, int], ctx: Context) -> int | None:
    """``**WidgetGAN**: Ann Lee, Bo Chan. "Title." ECCV (2020).``: a short bold name and a colon
    before a citation whose names come first; the name is the alias, the citation's quoted title
    the title. Where the citation starts, or None."""
    name = text[run[0] : run[1]].strip(" :：")
    # ``**Occupancy Grids** — Elfes, A. "Using Occupancy Grids for …" *Computer* (1989).``: a
    # spaced dash does as a colon does; the name may be a longer nickname there
    # (``**Predictive Coding / Free Energy Principle** — Friston, K. "…"``).
    colon = re.match(r"\s*(?:[:：]|(?P<dash>\s[-–—]))\s*", text[run[1] :])
    longest = 6 if colon is not None and colon.group("dash") else 3
    if not 0 < len(name.split()) <= longest or (
        colon is None and not text[: run[1]].rstrip().endswith(":")
    ):
        return None
    start = run[1] + (colon.end() if colon is not None else 0)
    return start if cited(text[start:], ctx) is not None else None
