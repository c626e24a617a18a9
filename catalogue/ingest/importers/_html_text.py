"""The text of an HTML element (an ``<li>``, a ``<td>``, a ``<p>``) as an ``Inline``: its inline
tags (``<b>``, ``<i>``, ``<code>``, ``<a href>``, ``<img>``) marked as their Markdown forms are,
one line per ``<br>`` (see ``_html``)."""

from __future__ import annotations

from ._badge_links import is_work_badge
from ._document import Inline, InlineLink
from ._markdown import find_links
from ._relative import web_address


class HtmlText:
    """An ``Inline`` built from HTML text and inline tags, one line per ``<br>``."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.inline = Inline(starts=[])
        self.bold: list[int] = []
        self.italic: list[int] = []
        self.code: list[int] = []
        self.link: tuple[int, str, int] | None = None  # start, href, images before it
        self.new_line = True  # the next text starts a line of its own

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def _space(self) -> None:
        if self.parts and not self.parts[-1].endswith(" "):
            self._put(" ")

    def add(self, data: str, line: int) -> None:
        if not data.strip():
            self._space()
            return
        lead = data[: len(data) - len(data.lstrip())]
        if self.new_line:
            self._space()
            self.inline.starts.append((self.size, line + lead.count("\n")))
            self.new_line = False
        elif lead:
            self._space()
        self._marked(" ".join(data.split()), line)
        if data[-1].isspace():
            self._put(" ")

    def _marked(self, text: str, line: int) -> None:
        """``<td>[Title](https://doi.org/…)<br><sub>Authors</sub></td><td>![tag](https://…)</td>``:
        Markdown links and images written in an HTML element's text (the page may show them as
        written; the writer meant them as links) are read as ``<a href>`` and ``<img>`` are, so an
        HTML row reads as the same row written in Markdown does (its title the link's label, a
        badge image no link of the work)."""
        at = 0
        for link in find_links(text):
            if link.start < at:
                continue
            image = link.start > 0 and text[link.start - 1] == "!"
            self._put(text[at : link.start - 1 if image else link.start])
            if image:
                self.start_tag("img", {"alt": link.label, "src": link.url})
            else:
                self.start_tag("a", {"href": link.url})
                self._label(link.label)
                self.end_tag("a", line)
            at = link.end
        self._put(text[at:])

    def _label(self, label: str) -> None:
        """A Markdown link's label: its images (``[![CI](…/badge.svg)](…)``) as ``<img>``."""
        at = 0
        for inner in find_links(label):
            if inner.start > 0 and label[inner.start - 1] == "!":
                self._put(label[at : inner.start - 1])
                self.start_tag("img", {"alt": inner.label, "src": inner.url})
                at = inner.end
        self._put(label[at:])

    def finish(self, line: int) -> Inline:
        if self.link is not None:  # ``<td><a href='…'> Name </td>``: the cell ends the link
            self.end_tag("a", line)
        self.inline.text = "".join(self.parts)
        if not self.inline.starts:
            self.inline.starts = [(0, line)]
        self.inline.links.sort(key=lambda x: x.start)
        return self.inline

    def start_tag(self, tag: str, attrs: dict[str, str | None]) -> None:
        if self.new_line and tag in ("b", "strong", "i", "em", "code", "a"):
            # ``…</a><br><a href="…">Title B</a>``: the space that starts the line goes before
            # the tag, so that the line starts where the link does, not inside it.
            self._space()
        if tag in ("b", "strong"):
            self.bold.append(self.size)
        elif tag in ("i", "em"):
            self.italic.append(self.size)
        elif tag == "code":
            self.code.append(self.size)
        elif tag == "a":
            self.link = (self.size, web_address(attrs.get("href") or ""), len(self.inline.images))
        elif tag == "img":
            self.inline.images.append((attrs.get("alt") or "", attrs.get("src") or ""))
        elif tag == "br":
            self.new_line = True

    def end_tag(self, tag: str, line: int) -> None:
        if tag in ("b", "strong") and self.bold:
            self.inline.strong.append((self.bold.pop(), self.size))
        elif tag in ("i", "em") and self.italic:
            self.inline.em.append((self.italic.pop(), self.size))
        elif tag == "code" and self.code:
            self.inline.code.append((self.code.pop(), self.size))
        elif tag == "a" and self.link is not None:
            start, href, images = self.link
            self.link = None
            label = "".join(self.parts)[start:]
            alt = " ".join(a for a, _ in self.inline.images[images:])
            image_only = not label.strip() and len(self.inline.images) > images
            image_only = image_only and not is_work_badge(href, alt)
            strong = any(a <= start and b >= self.size for a, b in self.inline.strong)
            self.inline.links.append(
                InlineLink(label, href, start, self.size, line, strong, image_only, alt)
            )
