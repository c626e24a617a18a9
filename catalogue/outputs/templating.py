"""The one Jinja environment factory, with an escaping filter per output format.

Undefined variables are errors (StrictUndefined), so a typo in a template fails the build instead
of rendering an empty string. Autoescaping is off: each template says what it escapes with the
filter for its output (``md``, ``html``, ``latex``, ``url``), because one page can mix formats.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from urllib.parse import quote

import jinja2

from ..defaults import template_dirs

# Characters that both GitHub (CommonMark) and Python-Markdown accept a backslash escape for.
_MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-!])")
# Characters Python-Markdown does not unescape (`\<` would show its backslash): entities instead.
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"}
_MD_ENTITY_RE = re.compile("[" + re.escape("".join(_MD_ENTITIES)) + "]")


def escape_markdown(text: object) -> str:
    """Make text render literally in Markdown (GitHub and Python-Markdown), inline context."""
    value = _MD_SPECIALS.sub(r"\\\1", str(text))
    # After the backslashes: the entities' own `#` must not be escaped.
    return _MD_ENTITY_RE.sub(lambda m: _MD_ENTITIES[m.group()], value)


_LINK_TEXT_SPECIALS = re.compile(r"([\\\[\]])")


def escape_link_text(text: object) -> str:
    """Only what would end a ``[link text]`` early: for lists rendered in their authors' own
    style, where every other character stays as the author wrote it."""
    return _LINK_TEXT_SPECIALS.sub(r"\\\1", str(text))


def escape_html(text: object) -> str:
    return html.escape(str(text), quote=True)


def escape_url(url: object) -> str:
    """Keep a URL's own reserved characters; percent-encode what would break a Markdown link."""
    return quote(str(url), safe=":/?#[]@!$&'*+,;=%~-._")


@cache
def environment(project_dir: Path | None = None) -> jinja2.Environment:
    """The templates of ``project_dir`` over the shipped ones (None: the shipped ones alone)."""
    loaders = [jinja2.FileSystemLoader(str(folder)) for folder in template_dirs(project_dir)]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["html"] = escape_html
    env.filters["url"] = escape_url
    env.filters["link_text"] = escape_link_text
    _add_latex_filters(env)
    return env


def _add_latex_filters(env: jinja2.Environment) -> None:
    # Imported here: the BibTeX module pulls in pylatexenc, which only LaTeX outputs need.
    from .bibtex import bibtex_name, latex, protect_title

    env.filters["latex"] = latex
    env.filters["bibtex_title"] = protect_title
    env.filters["bibtex_name"] = bibtex_name
