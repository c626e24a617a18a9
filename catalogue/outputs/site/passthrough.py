"""A Python-Markdown extension: generated HTML blocks go to the page without being parsed again.

The site's cards and lists are HTML written by the catalogue's templates, escaped there. Left as
raw HTML in the Markdown, every tag of them is parsed twice per build (by Python-Markdown's HTML
block reader and by MkDocs' anchor collector): at 10,000 papers that was most of the build.
Lines between ``<!-- catalogue:html -->`` and ``<!-- /catalogue:html -->`` are instead stored
whole in Markdown's HTML stash, which puts them back verbatim after conversion.

Without the extension (another renderer reading the same Markdown) the blocks are ordinary raw
HTML and render the same, only more slowly. Enabled in ``site/mkdocs.yml``:
``markdown_extensions: [catalogue.site.passthrough]``.
"""

from __future__ import annotations

# Python-Markdown ships no type information.
from markdown import Extension, Markdown  # type: ignore[import-untyped]
from markdown.preprocessors import Preprocessor  # type: ignore[import-untyped]

OPEN = "<!-- catalogue:html -->"
CLOSE = "<!-- /catalogue:html -->"
# After whitespace normalising (30), before MkDocs' raw HTML scan (21) and HTML blocks (20).
PRIORITY = 25


def wrap(html: str) -> str:
    """Mark a block of generated HTML; it must start with a block-level element."""
    return f"{OPEN}\n{html.strip(chr(10))}\n{CLOSE}"


class PassThrough(Preprocessor):  # type: ignore[misc]
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        at = 0
        while at < len(lines):
            if lines[at] != OPEN:
                out.append(lines[at])
                at += 1
                continue
            try:
                end = lines.index(CLOSE, at + 1)
            except ValueError:  # unclosed: leave it to the ordinary raw HTML handling
                out.extend(lines[at:])
                break
            placeholder = self.md.htmlStash.store("\n".join(lines[at + 1 : end]))
            out += ["", placeholder, ""]
            at = end + 1
        return out


class PassThroughExtension(Extension):  # type: ignore[misc]
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(PassThrough(md), "catalogue_passthrough", PRIORITY)


def makeExtension(**kwargs: object) -> PassThroughExtension:  # the name Markdown looks up
    return PassThroughExtension(**kwargs)
