"""Items written authors first, one field a line (``- Lee, A., Chan, B.,`` then
``*[Title](url)*,`` then ``Venue, 2019. [PDF](…)``): the first line is only names, the title
is the link that starts the next line. Such an item is a whole reference, so items nested under
it in the same shape are works of their own (related papers), not its details."""

from __future__ import annotations

import re

from ._document import Inline
from ._evidence import YEAR_RE, has_id
from ._ids import cut
from ._names import parse_authors
from ._units import Piece
from ._venues import default_lexicon
from ._works import names_a_title_link

# ``Surname, I.`` pairs as references write them, typos and all (``Sun, R. Shi, D.``,
# ``Schon. P.``), where a name parser gives up: a surname, then initials.
_SURNAME = r"[A-Z][^\s,.()\[\]]*(?:[ -][A-Z][^\s,.()\[\]]*){0,2}"
_PAIRS_RE = re.compile(rf"(?:{_SURNAME}[.,]\s*(?:[A-Z][a-z]?\.[\s-]?){{1,3}},?\s*)+")


def names_only(inline: Inline) -> bool:
    """A line that is only an author list (no link, identifier, year or other words)."""
    text = inline.text.strip(" ,;")
    if not text or inline.links or YEAR_RE.search(text) or has_id(inline):
        return False
    if _PAIRS_RE.fullmatch(text + " ") or _PAIRS_RE.fullmatch(text):
        return True
    found = parse_authors(text.strip(" ."), default_lexicon())
    return found is not None and bool(found.names)


def names_over_title(pieces: list[Piece]) -> bool:
    """The first line is names and ends with a comma or a full stop (the reference goes on), the
    next starts with a link whose label is a title, or is a title in italics or bold, or in
    quotes (``Ann Lee, Bo Chan.<br />`` over ``"Title." ArXiv (2024).``, perhaps a short name in
    bold before the names: ``**WidgetNet:** Ann Lee, Bo Chan.<br />``)."""
    if len(pieces) < 2:
        return False
    first, second = pieces[0].inline, pieces[1].inline
    ends = first.text.rstrip().endswith((",", "."))
    if names_a_title_link(second) or _emphasised(second):
        return ends and names_only(first)
    return ends and quoted_title(second) and names_after_name(first) is not None


def quoted_title(line: Inline) -> bool:
    """A line that starts with a title in double quotes (two words or more), no link first."""
    found = _QUOTED_RE.match(line.text)
    return (
        found is not None
        and len(found.group(1).split()) >= 2
        and not (line.links and line.links[0].start < found.end())
    )


_QUOTED_RE = re.compile(r"\s*[\"“]([^\"“”]+)[\"”]")


def names_after_name(line: Inline) -> tuple[str | None, str] | None:
    """``**WidgetNet:** Ann Lee, Bo Chan.`` (an emoji may come first): the short name in bold
    before the names, if any, and the names; None when the line is not names."""
    text = line.text
    start = len(text) - len(_LEAD_MARKS_RE.sub("", text, count=1))
    name = None
    run = next(((a, b) for a, b in line.strong if a == start), None)
    if run is not None:
        colon = text.find(":", run[0])
        # ``**EM-Widget**Ann Lee, Bo Chan.``: a short name in bold glued to the names, no colon.
        end = run[1] if colon < 0 or colon > run[1] else colon
        if len(text[run[0] : end].split()) > 4:
            return None  # a bold run that is no name
        name, start = text[run[0] : end].strip(), max(end + (end == colon), run[1])
    literal = _LITERAL_BOLD_RE.match(text, start) if run is None else None
    if literal is not None:
        # ``**H&S:**Ann Lee``: CommonMark reads no bold where the closing ``**`` follows a colon
        # and a letter follows it, and shows the stars; the list meant the name in bold.
        name, start = literal.group("name").strip(), literal.end()
    # ``Ann Lee1, Bo Chan2∗``: the marks of the authors' affiliations are no letters of names.
    names = _MARKS_RE.sub("", text[start:]).strip(" ,;")
    if not names or any(x.start >= start for x in line.links) or YEAR_RE.search(names):
        return None
    if _PAIRS_RE.fullmatch(names + " ") or _PAIRS_RE.fullmatch(names):
        return name, names
    found = parse_authors(names.strip(" ."), default_lexicon())
    return (name, names) if found is not None and found.names else None


_LITERAL_BOLD_RE = re.compile(r"\*\*(?P<name>[^*\s][^*]{0,38}?)\s*[:：]?\*\*")
_MARKS_RE = re.compile(r"(?<=[^\W\d_])\d{1,2}(?=[\s,∗*†‡]|$)|[∗†‡]")
_LEAD_MARKS_RE = re.compile(r"^(?:\s|:[a-z0-9_+-]+:|[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f])*")


def _emphasised(line: Inline) -> bool:
    """A line that is a title in italics or bold, without a link (``*Title*,``)."""
    text = line.text.rstrip(" ,.;")
    runs = [(a, b) for a, b in line.em + line.strong if a <= 1 and b >= len(text) - 1]
    return bool(runs) and not line.links and len(text.split()) >= 2


def reference_year(line: Inline) -> int | None:
    """The year of the venue line below the title (``Proc. IEEE (2014), 102(10):1470-1484.``,
    ``Widget Conf., 2006, pp. 1-8. [PDF](…)``): the last year written outside its links."""
    text = cut(line.text, [(x.start, x.end) for x in line.links])
    years = YEAR_RE.findall(text)
    return int(years[-1]) if years else None
