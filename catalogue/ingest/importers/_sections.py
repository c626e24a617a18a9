"""What a list's headings say about the entries below them: the heading path, the sections that
hold no papers (news, contents, contributors…), the year or venue a heading names; and whether
the list writes its authors ``Surname, Given``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...core.identity import paper_identity
from ._common import Sections as HeadingPath
from ._document import Inline
from ._evidence import YEAR_RE
from ._units import Unit
from ._venues import Lexicon, looks_like_acronym

_NOT_PAPERS_RE = re.compile(
    r"^(?:(?:latest |recent |update )?news|(?:latest )?updates?|update logs?|change ?log"
    r"|what'?s new|recent updates|recent (?:content|changes|additions|events|highlights)"
    # ``## Recently Added``: a log of what the list added, each named again in its section.
    r"|recently added|newly added|(?:latest|new) additions"
    r"|(?:table of )?contents?|toc|contribut\w*(?: to this \w+)?|how to contribute"
    r"|acknowledge?ments?|thanks|citations?|cite|citing|how to cite|cite us|license"
    r"|star history|stargazers|stars?|related (?:\w+ )?(?:lists?|repos?\w*|resources?|projects"
    r"|awesome\w*|surveys?|works?)|other (?:awesome )?(?:lists?|repos\w*)|see also"
    r"|similar (?:\w+ )?(?:lists?|repos\w*|projects|awesome\w*)"
    r"|(?:useful |other )?(?:resources|links)|to-?do(?: lists?)?|roadmap|contacts?|contact us"
    r"|contacts? (?:&|and) feedback|feedback (?:&|and) contacts?|faq"
    # ``Survey Paper Update Logs``: a log of the list's own versions, whatever it logs.
    r"|(?:[\w-]+ ){0,3}(?:update logs?|change ?logs?|release notes)"
    r"|about|legend|abbreviations?|notations?|introduction|intro|overview|preface"
    # ``## Conventions``: what the list's badges and marks mean (``- Any item with ![](…)
    # badge is [ROS 2](…) compatible``), no works.
    r"|conventions?|how to read (?:this|the|an?) (?:list|table|entry|entries)"
    r"|图例|符号说明"
    # Where people meet (``## Community``: a subreddit, a forum, a chat server), no works.
    r"|(?:online )?communit(?:y|ies)|forums?|mailing lists?|newsletters?|chat|social(?: media)?"
    # ``## Online networking groups``: a Discord server, a Slack workspace, a local group.
    r"|(?:online |social |professional )?networking(?: groups?)?|meetups?"
    r"|(?:online |local |user |discussion |chat )groups?|discord|slack|gitter|irc"
    r"|shar(?:e|ing)(?: this(?: \w+)?)?"
    # The same sections named in Chinese (``介绍：``, ``目录``, ``致谢``, ``引用``).
    r"|介绍|简介|目录|致谢|引用|如何贡献|联系(?:方式|我们)?)$",
    re.IGNORECASE,
)
# Sections that point elsewhere (related lists, resources, links): an item there that names a paper
# by its identifier (a survey's arXiv page) is a work all the same; the other lists are not.
_POINTERS_RE = re.compile(
    r"^(?:related (?:\w+ )?(?:resources?|surveys?|works?)|(?:useful |other )?(?:resources|links)"
    r"|see also)$",
    re.IGNORECASE,
)


def not_papers(section: str) -> bool:
    """A section's name that says it holds no papers (``Contact``, ``Citation``, ``License``)."""
    return bool(_NOT_PAPERS_RE.match(_plain(section)))


def points_elsewhere(section: str) -> bool:
    return bool(_POINTERS_RE.match(_plain(section)))


# An introduction or overview: prose about the list, unless it holds a table of papers.
_OVERVIEW_RE = re.compile(r"^(?:introduction|intro|overview|preface|介绍|简介)$", re.IGNORECASE)


def is_overview(section: str) -> bool:
    """A section that introduces the list (``## Overview``): a table of papers there (the list's
    surveys, say) is read all the same."""
    return bool(_OVERVIEW_RE.match(_plain(section)))


def is_news(section: str) -> bool:
    """A section of the list's news (``## What's New``, ``## Updates``)."""
    return bool(_NEWS_RE.match(_plain(section)))


_RESOURCES_RE = re.compile(r"^(?:useful |other |more |additional |further )?resources$", re.I)
# Kinds of works a list may sort its items by, one or several (``Articles and Blog Posts``,
# ``Books & Courses``, ``Tools & Frameworks``, ``Code Repositories``, ``文章与视频``).
_WORK_KIND = (
    r"(?:(?:e-?)?books?|talks?|videos?|lectures?|articles?|papers?|surveys?|blogs?|blog posts?"
    r"|posts|tutorials?|podcasts?|cheat ?-?sheets?|guides?|courses?|slides|presentations?"
    r"|screencasts?|webinars?|interviews?|case studies|white ?papers?|essays?|write-?ups?"
    r"|(?:code |source code |github )?(?:implementations?|repositories|repos)|code|source code"
    r"|librar(?:y|ies)|tools?|toolkits?|toolboxes|frameworks?|software|packages|datasets?"
    r"|benchmarks?|models?|demos?|notebooks?|projects"
    r"|书籍|文章|博客|博文|视频|教程|课程|论文|演讲|代码|工具|数据集"
    r"|libros|art[ií]culos|v[ií]deos|tutoriales|cursos|herramientas|bibliotecas|livres"
    r"|vid[ée]os|outils|biblioth[èe]ques|b[üu]cher|artikel|werkzeuge|bibliotheken)"
)
_WORK_KINDS_RE = re.compile(
    rf"^{_WORK_KIND}(?:\s*(?:,|&|\+|/|、|与|和|\band\b|\by\b|\bet\b|\bund\b)\s*{_WORK_KIND})*$",
    re.IGNORECASE,
)
# Sections that never hold the list's works, whatever their sub-headings say (``## Citation`` >
# ``### Paper``: the list's own paper to cite).
_NEVER_WORKS_RE = re.compile(
    r"^(?:acknowledge?ments?|thanks|citations?|cite|citing|how to cite|cite us|license"
    r"|star history|stargazers|stars?|contacts?|contact us|致谢|引用|联系(?:方式|我们)?)$",
    re.IGNORECASE,
)
# Sub-sections of resources that hold no works: more pointers (``### Official Resources``,
# ``### Other Lists``), people and places (``### Research Groups``, ``### Conferences``).
_NO_WORKS_WORD_RE = re.compile(
    r"\b(?:resources?|links?|lists?|repos|awesome|people|researchers?|labs?|groups?|teams?"
    r"|organi[sz]ations?|companies|institut(?:es?|ions?)|societ(?:y|ies)|associations?"
    r"|conferences?|workshops?|journals?|venues?|events?|meetups?|competitions?|challenges?"
    r"|jobs?|careers?|official|communit(?:y|ies)|forums?|chat|social)\b",
    re.IGNORECASE,
)
# A table of contents or an introduction covers only its own lines: sub-headings below it (a list
# that puts ``### 2023`` under ``## Table of Contents``) are the list's sections.
_ONLY_OWN_LINES_RE = re.compile(
    r"^(?:(?:table of )?contents?|toc|introduction|intro|overview|preface|about|目录|介绍|简介)$",
    re.IGNORECASE,
)
# A news section whose sub-headings are not dates (``## Update log`` above ``### Graph papers``)
# is a heading the list put too high: its sub-sections are the list's sections.
_NEWS_RE = re.compile(
    r"^(?:(?:latest |recent |update )?news|(?:latest )?updates?|update logs?|change ?log"
    r"|what'?s new|recent updates|recently added|newly added|(?:latest|new) additions)$",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"^[\W\d_]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\W\d_]*)*$",
    re.IGNORECASE,
)
# GitHub's emoji shortcodes decorate headings (``## :trident: News``), as emoji do.
SHORTCODE_RE = re.compile(r":[a-z0-9_+-]+:")
_DECOR_RE = re.compile(r"[^\w\s&+/'’-]|^\s*\d+(?:\.\d+)*\.?\s+", re.UNICODE)
_SURNAME_PAIR_RE = re.compile(
    r"\b[A-Z][\w'-]+, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?\s*(?:&|\band\b)\s*[A-Z][\w'-]+, [A-Z]"
)
_SURNAME_ET_AL_RE = re.compile(r"\.\s+[A-Z][\w'-]+, [A-Z][\w'-]+(?: [A-Z][\w'-]+)? et\.? ?al")
_GIVEN_NAMES_RE = re.compile(r"(?:\b[A-Z][a-z]+ [A-Z][a-z]+, ){2,}")


def _plain(text: str) -> str:
    return " ".join(_DECOR_RE.sub(" ", SHORTCODE_RE.sub(" ", text)).split())


def _undated_heading(heading: tuple[int, str]) -> bool:
    """A Markdown or HTML heading (levels 1-6; bold lines and category items sit deeper) that
    names no date: under a news heading, it starts a section of the list's own."""
    level, text = heading
    # ``### Codec-SUPERB @ SLT 2024``: an event with its year is news too.
    return level <= 6 and not _DATE_RE.match(_plain(text)) and not YEAR_RE.search(text)


def _works_below(section: str, below: list[tuple[int, str]]) -> bool:
    """A section named as no works (``Resources``, ``Contributing``, ``Links``) over a heading that
    says its items are works: a sub-heading or a group bullet naming a kind of work (``## Books``,
    ``- Tutorials``, ``#### Implementations``), or, below resources, a sub-heading of the list's
    own topics (``## Resources`` > ``### RNA-Seq``): the list catalogues its resources as it does
    its works. Items right under the section's name stay skipped (``## Useful Resources`` >
    ``- [Conference deadlines](…)``), and so do sub-sections of more pointers, people or places
    (``### Official Resources``, ``### Research Groups``)."""
    if _NEVER_WORKS_RE.match(section):
        return False
    if any(_WORK_KINDS_RE.match(_plain(text)) for _, text in below):
        return True
    level, text = below[0]
    return bool(
        _RESOURCES_RE.match(section)
        and level <= 6
        and not _NO_WORKS_WORD_RE.search(_plain(text))
        and not _NOT_PAPERS_RE.match(_plain(text))
    )


class Sections(HeadingPath):
    """The heading path (``_common.Sections``) with its whitespace folded, and what it says of
    the entries below it."""

    # ``skipped`` is asked for every unit and changes only with the headings: kept until the next.
    _skipped: str | bool | None = False

    def heading(self, level: int, text: str) -> None:
        super().heading(level, " ".join(text.split()))
        self._skipped = False

    @property
    def stack(self) -> list[tuple[int, str]]:
        return self._stack

    def skipped(self) -> str | None:
        """The section that is no list of papers (news, contributors…) the line sits in."""
        if self._skipped is False:
            self._skipped = self._no_papers()
        return self._skipped  # type: ignore[return-value]

    def _no_papers(self) -> str | None:
        for depth, (level, text) in enumerate(self.stack):
            plain = _plain(text)
            below = self.stack[depth + 1] if depth < len(self.stack) - 1 else None
            if below is not None and (
                _ONLY_OWN_LINES_RE.match(plain)
                or (_NEWS_RE.match(plain) and _undated_heading(below))
                or _works_below(plain, self.stack[depth + 1 :])
            ):
                continue
            if depth > 0 and level > 6 and _RESOURCES_RE.match(plain):
                # ``### MVVM`` > ``**Resources:**``: a bold label below a section of the list's
                # own gives that topic's readings (guides, talks), not the list's resources.
                continue
            if _NOT_PAPERS_RE.match(plain):
                return text
        return None

    def year(self) -> int | None:
        """A year the nearest heading gives (``## 2021``, ``### CVPR 2021``) for its entries."""
        for _, text in reversed(self.stack):
            years = YEAR_RE.findall(text)
            if len(years) == 1 and len(text.split()) <= 4:
                return int(years[0])
        return None


def section_venue(path: list[str], lexicon: Lexicon) -> str | None:
    """A venue the nearest heading names as a whole (``* ACL`` > ``* 2019``, ``## CVPR 2021``)."""
    for text in reversed(path):
        words = YEAR_RE.sub(" ", text).split()
        if not words or len(words) > 4:
            continue
        found = lexicon.resolve(" ".join(words))
        if found and (YEAR_RE.search(text) or any(looks_like_acronym(w) for w in words)):
            return found
    return None


def surname_first(units: Iterable[Unit]) -> bool:
    """Whether the list writes authors ``Surname, Given`` (``Cho, Jang Hyun & Hariharan, B.``)."""
    pairs = given = 0
    for unit in units:
        text = unit.head.inline.text
        pairs += bool(_SURNAME_PAIR_RE.search(text) or _SURNAME_ET_AL_RE.search(text))
        given += bool(_GIVEN_NAMES_RE.search(text))
    return pairs >= 3 and pairs > given


# ``Title by Ann Lee, Bo Chan, RecSys 2016.``: three title words or more, then ``by`` and a name.
_BY_NAME_RE = re.compile(r"^(?:\S+\s+){3,}by\s+[A-Z]")


def by_authors(units: Iterable[Unit]) -> bool:
    """Whether the list writes its entries ``Title by Authors`` (most of its items do), so that a
    ``by`` before names ends a title; elsewhere ``Learning by Mimicking Gadgets`` stays whole."""
    units = [u for u in units if u.kind in ("item", "para", "block")]
    written = sum(1 for u in units if _BY_NAME_RE.search(u.head.inline.text))
    return written >= 3 and written >= 0.5 * len(units)


# ``Ann Lee, et al.: Title``, ``Ann Lee and Bo Chan: Title``, ``A. Lee, B. Chan: Title``: names
# that cannot be a title's words (``et al.``, joined by ``and`` or a comma), then a colon.
_NAME_WORDS = r"[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|der|da|di|le|la))*"
_NAMES_COLON_RE = re.compile(
    rf"^\s*{_NAME_WORDS}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAME_WORDS})*"
    r"(?:,?\s*et\.?\s*al\.?)?\s*[:：]\s+\S"
)


def names_colon(units: Iterable[Unit]) -> bool:
    """Whether the list writes its entries ``Names: Title``: three of its items, paragraphs or
    blocks at least, and 40% of them, start with names before a colon, two names or ``et al.``
    (linked or not). Then one name alone goes so too (``Kim Ode: Title``)."""
    units = [u for u in units if u.kind in ("item", "para", "block")]
    heads = [u.head.inline.text for u in units]
    written = sum(
        1
        for text in heads
        if (match := _NAMES_COLON_RE.match(text))
        and re.search(r",|\band\b|&|\bet\.? ?al\b", text[: match.end()])
    )
    return written >= 3 and written >= 0.4 * len(units)


# ``(SIGIR'2024) Title``, ``[ICML'23] Title``: a venue and its year in brackets, first.
_LEAD_VENUE_RE = re.compile(r"^\s*[(（\[【][^()（）\[\]【】]{1,60}?(?:19|20)?\d{2}\s*[)）\]】]")


def lead_groups(units: Iterable[Unit]) -> bool:
    """Whether most of the list's items start with their venue and year in brackets."""
    units = [u for u in units if u.kind in ("item", "para", "block")]
    written = sum(1 for u in units if _LEAD_VENUE_RE.match(u.head.inline.text))
    return written >= 3 and written >= 0.5 * len(units)


def names_its_section(line: Inline, heading: str) -> bool:
    """A paragraph that is one link and nothing else, named by some of the words of the heading
    right above it, not all (``## Novel-View Synthesis for Objects`` over ``[Novel-View
    Synthesis](https://paperswithcode.com/task/…)``): the section's page elsewhere (a task's, a
    topic's), no work; one word as the heading's too. A link named by the whole heading of two
    words or more (``### Widget Detection in Clutter`` over
    ``[Widget Detection in Clutter](…)``, a heading per paper with its title link repeated below)
    or to a paper's file (a PDF) is the work the heading names."""
    if len(line.links) != 1 or paper_identity(line.links[0].url):
        return False
    link = line.links[0]
    if _PDF_RE.search(link.url) or re.search(
        r"\w", line.text[: link.start] + line.text[link.end :]
    ):
        return False
    words = set(re.findall(r"[^\W_]+", link.label.casefold()))
    named = set(re.findall(r"[^\W_]+", heading.casefold()))
    # ``## 小部件合成`` over ``[小部件合成](…/task/…)``: one word named alike, the section's.
    return bool(words) and (words < named or (words == named and len(words) < 2))


_PDF_RE = re.compile(r"\.pdf(?:$|[?#])", re.IGNORECASE)
