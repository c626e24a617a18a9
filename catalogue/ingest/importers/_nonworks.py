"""What reads like a work and is none: a person's page, a share link, a star chart, another
list, news, a directory's page, a pointing sentence, a category label, a note between entries.

``generic`` reads every unit into fields first; these judgments then decide, from the fields and
the unit's text, whether the unit is skipped (with the reason the import report gives).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ...core.models import LinkKind
from ._accounts import numbered_change, social_account
from ._category_items import category_item
from ._directories import directory_page
from ._fields import Context, Fields
from ._news import dated_event, news_item
from ._own_files import repository_files
from ._prose_notes import prose_note
from ._roles import host, is_code_url, is_role_label
from ._units import Unit
from ._works import HERE_RE, reads_as_title


def no_work(unit: Unit, fields: Fields, ctx: Context) -> str | None:
    """Why a unit read as fields is no work after all (checked after ``not_a_work`` and the
    reader's own-section check), or None."""
    return (
        _news(unit, fields)
        or directory_page(unit, fields, ctx.lexicon)
        or _pointer(fields)
        or category_item(unit, fields)
        or _note(unit, fields, ctx)
        or _back_to_top(unit, fields)
        or prose_note(unit, fields)
        or repository_files(unit, fields)
    )


# ``[«Back To Top»](#)``, ``[⬆ top](#contents)``, ``[返回顶部](#)``: a link back up the page.
_TOP_RE = re.compile(r"\bback\s+to\s+(?:the\s+)?top\b|^\W*top\W*$|返回顶部|回到顶部", re.I)


def _back_to_top(unit: Unit, fields: Fields) -> str | None:
    """``* **Route Optimization** [«Back To Top»](#)``: a section's name written as an item, with
    a link back to the top of the page and no link or identifier of a work: a sub-heading."""
    if fields.links or fields.ids:
        return None
    links = [x for p in unit.pieces[:1] for x in p.inline.links]
    if any(x.url.startswith("#") and _TOP_RE.search(x.label or "") for x in links):
        return "a section's name with a link back to the top (a sub-heading)"
    return None


# Reasons ``not_a_work`` gives for a link to a list (the reader may yet count one among a
# section's works: ``_section_census.Census.list_among_works``).
ANOTHER_LIST = "another awesome list"
LIST_OR_ITSELF = "another list, or the list itself"
_PEOPLE_HOSTS = ("avatars.githubusercontent.com",)
# Links that post the list to a social site (``twitter.com/home?status=…``, ``sharer.php``).
_SHARE_RE = re.compile(
    r"twitter\.com/(?:home\?status=|intent/)|facebook\.com/sharer|linkedin\.com/shareArticle"
    r"|plus\.google\.com/share|reddit\.com/submit",
    re.IGNORECASE,
)
_STAR_HISTORY = ("star-history.com", "api.star-history.com", "starchart.cc")


def not_a_work(fields: Fields, section: tuple[str, ...]) -> str | None:
    """Entries that are no work: a person's page, a star chart, another awesome list, e-mail."""
    urls = [link.url for link in fields.links]
    if urls and all(host(u) in _STAR_HISTORY for u in urls):
        return "star history"
    if urls and all(_SHARE_RE.search(u) for u in urls):
        return "a link that shares the list"
    if urls and numbered_change(urls, fields.title or ""):
        return "a pull request or an issue named by its number (no work)"
    if not urls and (fields.title_link or "").startswith("#"):
        # ``[Old Papers](#old-papers) : Before 2012``, wherever it is: navigation.
        return "link inside the list (table of contents)"
    # Another list, perhaps credited to its author (``[TTS-papers](…) (from [Ann](github/ann))``).
    repos = [u for u in urls if not _is_profile(u)]
    if fields.kind == "code" and repos and all(is_paper_list(u) for u in repos):
        return ANOTHER_LIST
    if fields.kind == "code" and repos and _A_LIST_RE.match(fields.title or ""):
        return ANOTHER_LIST
    # ``#### More paper lists:`` over bare repository links: other lists, whatever their names (a
    # sub-section only: a list's own title may say it is an awesome list).
    if fields.kind == "code" and repos and len(section) >= 2 and _LISTS_RE.search(section[-1]):
        return ANOTHER_LIST
    if repos and _A_LIST_RE.match(fields.title or "") and not _names_a_paper(fields):
        return LIST_OR_ITSELF  # ``A list of widget datasets. Source: url``
    if not urls and not fields.ids and _A_LIST_RE.match(fields.title or ""):
        # ``1. A list of **top widget papers** published since 2015.``: the list on itself.
        return "the list's words about itself"
    if section and _ADOPTERS_RE.match(section[-1]) and _home_page_alone(fields, urls):
        return "a user of what the list is about (a home page under its adopters)"
    if fields.kind != "paper" or fields.ids or fields.venue or fields.authors:
        return None
    if urls and all(_is_profile(u) for u in urls) and not _describes_work(fields.title or ""):
        return "a person's or organisation's page"
    if len(urls) == 1 and not fields.summary and _names_its_address(fields.title or "", urls[0]):
        return "a website named by its address"
    return None


# ``## Projects Using Moleculer``, ``## Who uses WidgetDB?``, ``## Used by``, ``## Adopters``,
# ``## Companies using it``, ``## Powered by Widgets``: who uses what the list is about.
_ADOPTERS_RE = re.compile(
    r"^\W*(?:(?:projects|companies|organi[sz]ations|products|businesses|teams|sites|apps)"
    r" (?:that )?(?:using|uses?|built (?:with|on)|powered by)\b|who(?:'s| is)? using\b|who uses\b"
    r"|used by\b|powered by\b|adopters\b|in production\b|users\W*$)",
    re.IGNORECASE,
)


def _home_page_alone(fields: Fields, urls: list[str]) -> bool:
    """An item that is a name linking a site's home page and nothing more (``- [Acme](https://…)``,
    also ``/en/``, ``/site/``): a company or project that uses the thing, not a work; a repository
    or a page further in is another matter."""
    if len(urls) != 1 or fields.summary or fields.ids or is_code_url(urls[0]):
        return False
    return "/" not in urlsplit(urls[0]).path.strip("/")


def _describes_work(title: str) -> bool:
    """``[Project Widget: highlight, copy and translate text in any image](https://github.com/widget)``:
    an account's page labelled by what it does (three lowercase words or more, none of a name's
    glue or of a personal page), not by a person's or a lab's name: the project the account is."""
    words = re.findall(r"(?<![\w'’])[a-z][a-z-]+\b", title)
    if any(w in _PERSONAL_WORDS for w in words):
        return False
    return len([w for w in words if w not in _GLUE_WORDS]) >= 3


_GLUE_WORDS = frozenset(
    "and at of the for in on by with from to van von der den de da di le la et al".split()
)
_PERSONAL_WORDS = frozenset(
    "homepage website page profile account personal blog github repositories repos".split()
)


def _names_its_address(title: str, url: str) -> bool:
    """``[widgets.net](http://widgets.net/)``, ``[cs.example.edu/ai](http://www.cs.example.edu/ai/)``:
    a link whose label is its own address (perhaps cut short with ``...``), and nothing said of
    it: a website the list points at, not a work (a repository named so is code, not this)."""
    label = title.strip().lower().rstrip("/.… ").removeprefix("www.")
    if " " in label or "." not in label or is_code_url(url):
        return False
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    address = (host(url) + path).lower().rstrip("/")
    return address == label or (title.rstrip().endswith(("..", "…")) and address.startswith(label))


def _names_a_paper(fields: Fields) -> bool:
    said = fields.ids or fields.venue or fields.year or fields.authors
    return bool(said) or any(x.kind in _PAPER_ROLES for x in fields.links)


def _note(unit: Unit, fields: Fields, ctx: Context) -> str | None:
    """An item read as a work only because its neighbours are works, with nothing of its own that
    names one (no link, id, authors, venue or year) and written as a sentence: a note."""
    venue = fields.venue if fields.venue != ctx.section_venue else None
    year = fields.year if fields.year != ctx.section_year else None
    said = fields.links or fields.ids or fields.authors or venue or year
    if not unit.bare or said or reads_as_title(fields.title or ""):
        return None
    return "a note between entries (no link, identifier, authors, venue or year; a sentence)"


_PAPER_ROLES = (LinkKind.PAPER, LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI)

# A sentence that goes on into its link (``(L) stands for score in [leader-board](…)``, ``If you'd
# like to learn more, check out the [Fellows Program](…)``): it ends on a word that needs more.
_GOES_ON_RE = re.compile(
    r"\b(?:the|a|an|in|on|of|to|at|out|by|for|from|with|into|about|see|visit|our|your|this)$",
    re.IGNORECASE,
)
_POINTING_RE = re.compile(
    r"^(?:if|please|see|check|refer|visit|for more|to learn|you can|you may|note)\b|\bcheck out\b"
    r"|\bcan be found\b|\b(?:is|are) available\b",
    re.IGNORECASE,
)

# ``In order to follow the paper, it helps to know the score. [Here](…) is its page.``, ``Although
# not needed, …``: a sentence that opens on a clause (a reader's note under a work, written as a
# bullet of its own), with a link that only says where, no title.
_CLAUSE_RE = re.compile(
    r"(?:in order to|although|though|while|since|because|it (?:is|may|might|can|will|helps))\s",
    re.IGNORECASE,
)


def _pointer(fields: Fields) -> str | None:
    """An item that is a sentence pointing at a link, not a work's title: it ends on a word that
    needs more (the link's label goes on with it) and starts in lower case or as a pointer
    (``If you…``, ``Please…``, ``…check out the``); nothing else names a work."""
    title = (fields.title or "").strip()
    words = re.sub(r"^\W+", "", title)
    if fields.ids or fields.venue or fields.year:
        return None
    # ``You can also check out the same data … [here](…)``: the link only says where.
    here = bool(fields.links) and all(HERE_RE.match(x.label or "") for x in fields.links)
    if here and (_POINTING_RE.search(words) or _CLAUSE_RE.match(words)):
        return "a sentence that points at a link (a note, no work)"
    if not _GOES_ON_RE.search(title) or not (words[:1].islower() or _POINTING_RE.search(words)):
        return None
    return "a sentence that points at a link (a note, no work)"


def _news(unit: Unit, fields: Fields) -> str | None:
    """A dated item that says what happened and links no paper (``_news``)."""
    text = unit.head.inline.text
    if fields.ids or any(x.kind in _PAPER_ROLES for x in fields.links):
        # ``2025.04.28: The Paper of WidgetNet was Accepted by CVPR 2025 ([arXiv](…))``: an event
        # told in a sentence, its links only saying what they are (no title link), is news too.
        links = unit.head.inline.links
        told = fields.title_link is None and all(_says_what(x.label) for x in links)
        return "news (a date and what happened)" if told and dated_event(text) else None
    return "news (a date and what happened)" if news_item(text) or dated_event(text) else None


def _says_what(label: str) -> bool:
    """A link label that says what the link is (``arXiv``, ``Project``, ``Outstanding Paper``),
    not a title."""
    return is_role_label(label) or len(label.split()) <= 2


def _is_profile(url: str) -> bool:
    if host(url) in _PEOPLE_HOSTS or social_account(url):
        return True
    return host(url) == "github.com" and not is_code_url(url)


# A repository named as a list of papers (``TTS-papers``, ``paper-list``, ``reading_list``,
# ``LLMAgentPapers``).
_PAPER_LIST_RE = re.compile(
    r"(?:^|[-_.])papers?(?:[-_.]?(?:list|reading))?(?:$|[-_.])|reading[-_.]?list"
    # ``AdversarialNetsPapers``, ``GanPaperList``: the same written in camel case.
    r"|(?-i:(?<=[a-z])Papers?(?:List)?$)",
    re.IGNORECASE,
)
# ``A list of all named widgets!``, ``A collection of widget papers``: an item that says it is a
# list (a collection of code is code).
_A_LIST_RE = re.compile(
    r"^\W*(?:(?:an?|the) )?(?:[\w-]+ )?(?:list of|collection of (?:[\w-]+ ){0,3}papers)\b", re.I
)


_LISTS_RE = re.compile(
    r"\b(?:awesome|other|more|related)\b.*\blists?\b|\b(?:paper|reading) lists\b", re.I
)


# A file kept in a repository, not its page of text (a list is a README or a Markdown page):
# a paper (``…/Foo-Papers/raw/master/A%20Survey.pdf``) or code the list ships
# (``…/Awesome-Widgets/blob/master/sim_hash.cpp``).
# A file linked through ``/tree/`` too (``…/awesome-notebooks/tree/master/AWS/Get_files.ipynb``:
# GitHub shows the file), not a folder (no extension).
_KEPT_FILE_RE = re.compile(
    r"/(?:raw|blob|tree)/[^?#]+\.(?!(?:md|markdown|rst|txt|html?|org)\b)[a-z0-9]{1,6}(?:$|[?#])",
    re.I,
)
_FRAMEWORK_RE = re.compile(r"(?:py)?torch|tensorflow|tf2?|keras|caffe2?|mxnet|jax|paddle|mindspore")
_NO_TASK_WORDS = frozenset(("awesome", "list", "lists", "curated", "resources", "papers"))
_FRAMEWORK_NAMED_RE = re.compile(
    r"[-_.](?:py)?torch$|[-_.](?:tensorflow|tf2?|keras|caffe2?|mxnet|jax|paddle|mindspore)$", re.I
)


def is_paper_list(url: str) -> bool:
    """Another list: an ``awesome`` repository, or one named as a list of papers; not a file
    kept in one (``…/Foo-Papers/raw/master/A%20Survey.pdf`` is a paper), not code named for its
    framework (``awesome-widget-segmentation-pytorch``)."""
    if not is_code_url(url) or _KEPT_FILE_RE.search(url):
        return False
    parts = [p for p in url.split("?")[0].split("/") if p]
    # ``Owner/awesome-widget-segmentation-pytorch``: a repository named for a task and the
    # framework its code is written with is an implementation, whatever its name starts with;
    # ``awesome-jax``, ``awesome-keras-list`` name no task: lists about a framework.
    if len(parts) >= 4 and _FRAMEWORK_NAMED_RE.search(parts[3]):
        words = [w for w in re.split(r"[-_.]+", parts[3].casefold()) if w]
        task = [w for w in words if w not in _NO_TASK_WORDS and not _FRAMEWORK_RE.fullmatch(w)]
        if task:
            return False
    if "awesome" in url.lower():
        return True
    return len(parts) >= 4 and bool(_PAPER_LIST_RE.search(parts[3]))
