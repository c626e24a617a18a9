"""Inline Markdown (a heading's, a paragraph's, a table cell's) as an ``Inline``: plain text with
its links, emphasis, code spans and line starts, from markdown-it-py's inline tokens; the inline
HTML that lists write in Markdown lines (``<a href>``, ``<b>``, ``<br>``) read like Markdown."""

from __future__ import annotations

import html
import re

from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from ._badge_links import is_work_badge
from ._document import Inline, InlineLink
from ._relative import web_address

_SPACE_RE = re.compile(r"[ \t]+")
_SRC_RE = re.compile(r"\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_ALT_RE = re.compile(r"\balt\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_TAG_RE = re.compile(
    r"<(?P<close>/)?(?P<name>[A-Za-z]+)\b(?:[^>]*?\bhref\s*=\s*[\"'](?P<href>[^\"']*)[\"'])?[^>]*>"
)


_GLUED_TITLE_RE = re.compile(r'(?<=[^\s"])"[^"\s]*"$')


class _InlineBuilder:
    def __init__(self, line: int) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.out = Inline(starts=[(0, line)])
        self.line = line
        self.strong_from: list[int] = []
        self.em_from: list[int] = []
        self.code_from: list[int] = []
        self.small_from: list[int] = []
        self.link_from: list[tuple[int, str, bool, int]] = []  # start, url, strong, images
        self.folded = 0  # inside a ``<details>`` written after the entry's words

    def add(self, text: str) -> None:
        if self.folded:
            return
        text = text.replace("\n", " ")
        self.parts.append(text)
        self.size += len(text)

    def token(self, tok: Token) -> None:
        kind = tok.type
        if kind in ("text", "text_special"):
            self.add(tok.content)
        elif kind == "code_inline":
            self.out.code.append((self.size, self.size + len(tok.content.replace("\n", " "))))
            self.add(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            self.add(" ")
            self.line += 1
            self.out.starts.append((self.size, self.line))
            if kind == "hardbreak":
                self.out.hard.add(self.size)
        elif kind == "strong_open":
            self.strong_from.append(self.size)
        elif kind == "strong_close" and self.strong_from:
            self.out.strong.append((self.strong_from.pop(), self.size))
        elif kind == "em_open":
            self.em_from.append(self.size)
        elif kind == "em_close" and self.em_from:
            self.out.em.append((self.em_from.pop(), self.size))
        elif kind == "code_open":
            self.code_from.append(self.size)
        elif kind == "code_close" and self.code_from:
            self.out.code.append((self.code_from.pop(), self.size))
        elif kind == "link_open":
            # ``(https://host/page"[HTML]")``: a title glued to the address is no part of it.
            url = web_address(_GLUED_TITLE_RE.sub("", str(tok.attrGet("href") or "")))
            self.link_from.append((self.size, url, bool(self.strong_from), len(self.out.images)))
        elif kind == "link_close" and self.link_from:
            start, url, strong, images = self.link_from.pop()
            label = "".join(self.parts)[start:]
            alt = " ".join(a for a, _ in self.out.images[images:])
            image_only = not label.strip() and len(self.out.images) > images
            image_only = image_only and not is_work_badge(url, alt)
            strong = strong or any(a <= start and b >= self.size for a, b in self.out.strong)
            self.out.links.append(
                InlineLink(label, url, start, self.size, self.line, strong, image_only, alt)
            )
        elif kind == "image":
            self.out.images.append((tok.content, str(tok.attrGet("src") or "")))
        elif kind == "html_inline":
            self._html(tok.content)

    def _html(self, tag: str) -> None:
        """Inline HTML: ``<br>`` a space; ``<a href>``, ``<b>``/``<strong>`` and ``<i>``/``<em>``
        like their Markdown forms; code spans kept apart (their text is no link)."""
        match = _TAG_RE.match(tag)
        if match is None:
            return
        name, closing = match.group("name").lower(), bool(match.group("close"))
        if name == "br" and not closing:
            # A line break like a hard one: what follows (``<br> Venue 2023``) is a line of its own.
            self.add(" ")
            self.out.starts.append((self.size, self.line))
            self.out.hard.add(self.size)
        elif name == "a" and (closing or match.group("href")):
            attrs = {} if closing else {"href": html.unescape(match.group("href"))}
            self.token(Token(f"link_{'close' if closing else 'open'}", "a", 0, attrs=attrs))
        elif name == "details" and (closing or "".join(self.parts).strip()):
            # ``Title [pdf](…) <details><summary>BibTeX</summary>@article{…}</details>``: what
            # the page folds away (an abstract, a citation) is no title, author or venue; its
            # links are kept, their labels with it.
            self.folded = max(0, self.folded + (-1 if closing else 1))
        elif name in ("sub", "small"):
            # ``<sub>Original figure · <a href="…">Source</a> · Credit: …</sub>``: small print.
            if not closing:
                self.small_from.append(self.size)
            elif self.small_from:
                self.out.small.append((self.small_from.pop(), self.size))
        elif name in ("b", "strong", "i", "em", "code"):
            kind = {"b": "strong", "i": "em"}.get(name, name)
            self.token(Token(f"{kind}_{'close' if closing else 'open'}", name, 0))
        elif name == "img" and not self.link_from and (src := _SRC_RE.search(tag)):
            # ``<img src="https://img.shields.io/badge/DAC-2025-green.svg">`` beside a title: a
            # badge, as ``![](…)`` is (what it says may be the venue and year).
            alt = _ALT_RE.search(tag)
            self.out.images.append((html.unescape(alt.group(1)) if alt else "", src.group(1)))

    def finish(self) -> Inline:
        self.out.text = "".join(self.parts)
        self.out.links.sort(key=lambda x: x.start)
        return self.out


def inline_of(node: SyntaxTreeNode, line: int) -> Inline:
    builder = _InlineBuilder(line)
    token = node.token
    for child in token.children or [] if token is not None else []:
        builder.token(child)
    return builder.finish()
