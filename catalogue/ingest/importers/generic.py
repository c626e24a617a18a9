"""``generic``: awesome lists of a layout nobody here has seen.

Entries are bullets (``[Title](url)``, ``[Title][ref]``, ``**Title**`` or ``Title.`` followed by
authors, venue and year in any of the common orders; see ``_bullets``) or rows of a Markdown table
whose header names its columns (see ``_tables``). Headings and bold lines alone are sections;
sections named like code or talks make their entries code or talks. Indented lines and quotes right
below a bullet belong to it: an italic line is its authors, other text its summary.
"""

from __future__ import annotations

import re

from . import EntryKind, Importer, ImportResult, register
from ._bullets import BulletFields, inline_references, read_bullet
from ._common import BOLD_HEADING_LEVEL, Builder, bold_heading
from ._links import TITLE_ROLE
from ._markdown import bullet, find_links, is_blank, reference_definition, split_lines
from ._meta import looks_like_names
from ._tables import Role, cells, is_separator, is_table_row, read_row, roles
from ._text import clean_text, split_authors

_KINDS: list[tuple[re.Pattern[str], EntryKind]] = [
    (re.compile(r"\b(?:videos?|talks?|lectures?|presentations?)\b", re.I), "talk"),
    (re.compile(r"\b(?:code|implementations?|librar(?:y|ies)|frameworks?|tools?)\b", re.I), "code"),
]
_ITALIC_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*(?P<a>[^*]+)\*|_(?P<b>[^_]+)_)\s*$")
# A reference link (``[Title][ref]``) or a bare URL in a bullet also makes it a likely entry.
_ENTRY_HINT_RE = re.compile(r"\]\[|https?://")
_QUOTE_RE = re.compile(r"^\s*>\s?(?P<text>.*)$")


def section_kind(path: list[str]) -> EntryKind:
    """Talks or code when the nearest section that says so names them; papers otherwise."""
    for text in reversed(path):
        for pattern, kind in _KINDS:
            if pattern.search(text):
                return kind
    return "paper"


class _Generic:
    def __init__(self, text: str, source: str) -> None:
        self.builder = Builder(source, split_lines(text))
        self.lines = self.builder.lines
        self.refs: dict[str, tuple[str, int]] = {}
        self.used: set[str] = set()
        for number, line in enumerate(self.lines, 1):
            found = reference_definition(line)
            if found and found[0] not in self.refs:
                self.refs[found[0]] = (found[1], number)

    def run(self) -> ImportResult:
        number = 1
        while number <= len(self.lines):
            number = self._step(number)
        for key, (_, line) in self.refs.items():
            if key in self.used:
                self.builder.consume(line)
            else:
                self.builder.skip(line, "link definition that no entry uses")
        return self.builder.finish()

    def _step(self, number: int) -> int:
        """Handle the line at ``number``; returns the next line to look at."""
        line = self.lines[number - 1]
        if reference_definition(line):
            return number + 1  # accounted for at the end, when it is known whether it is used
        taken = self.builder.take_heading(number)
        if taken:
            return number + taken
        sub = bold_heading(line)
        if sub is not None:
            self.builder.sections.heading(BOLD_HEADING_LEVEL, sub)
            self.builder.consume(number)
            return number + 1
        if is_table_row(line) and number < len(self.lines) and is_separator(self.lines[number]):
            return self._table(number)
        item = bullet(line)
        if item is not None:
            after = self._bullet(number, item.indent, item.content)
            if after:
                return after
            self.builder.skip(number, "bullet that names no paper (no title with a link or year)")
            return number + 1
        self.builder.other_line(number)
        return number + 1

    def _bullet(self, number: int, indent: int, content: str) -> int | None:
        kind = section_kind(self.builder.sections.path)
        refs = {key: url for key, (url, _) in self.refs.items()}
        fields = read_bullet(inline_references(content, refs, self.used), TITLE_ROLE[kind])
        if fields is None:
            return None
        end, summary = self._continuation(number, indent, fields)
        self.builder.consume(*range(number, end + 1))
        self.builder.warn_bad_links(number, fields.bad_links)
        self.builder.add_fields(
            kind,
            number,
            fields,
            end_line=end,
            date=fields.date,
            summary=" ".join(x for x in (fields.description, summary) if x) or None,
        )
        return end + 1

    def _continuation(
        self, number: int, indent: int, fields: BulletFields
    ) -> tuple[int, str | None]:
        """The lines below a bullet that belong to it: indented lines right below it (an italic
        one is its authors, others its summary) and quotes, also after blank lines. Returns the
        entry's last line and its summary."""
        end, probe, summary = number, number + 1, []
        while probe <= len(self.lines):
            line = self.lines[probe - 1]
            if is_blank(line):
                after = next(
                    (
                        n
                        for n in range(probe, len(self.lines) + 1)
                        if not is_blank(self.lines[n - 1])
                    ),
                    None,
                )
                if after is None or not _QUOTE_RE.match(self.lines[after - 1]):
                    break
                probe = after
                continue
            inner = bullet(line)
            quote = _QUOTE_RE.match(line)
            if inner is not None and (inner.indent <= indent or find_links(inner.content)):
                break
            if quote:
                summary.append(quote.group("text"))
            elif len(line) - len(line.lstrip()) > indent:
                italic = _ITALIC_RE.match(line)
                text = (italic.group("a") or italic.group("b")).strip() if italic else None
                if text and not fields.authors_text and looks_like_names(text):
                    fields.authors_text, fields.authors = text, split_authors(text)
                elif text:
                    summary.append(text)
                else:
                    summary.append(inner.content if inner else line)
            else:
                break
            end, probe = probe, probe + 1
        return end, clean_text(" ".join(summary))

    def _table(self, number: int) -> int:
        header = cells(self.lines[number - 1])
        kinds = roles(header)
        self.builder.consume(number, number + 1)
        probe = number + 2
        while probe <= len(self.lines) and is_table_row(self.lines[probe - 1]):
            self._row(probe, header, kinds)
            probe += 1
        return probe

    def _row(self, number: int, header: list[str], kinds: list[Role]) -> None:
        refs = {key: url for key, (url, _) in self.refs.items()}
        row = cells(inline_references(self.lines[number - 1], refs, self.used))
        fields = read_row(header, kinds, row)
        if not fields.title:
            self.builder.skip(number, "table row without a title")
            return
        for url in fields.bad_links:
            self.builder.warn(number, f"link {url!r} is not an http(s) URL")
        self.builder.consume(number)
        self.builder.add_fields(
            section_kind(self.builder.sections.path),
            number,
            fields,
            summary=fields.summary,
            tags=fields.tags,
            framework=fields.framework,
            note="; ".join(fields.rest) or None,
        )


def parse(text: str, source: str) -> ImportResult:
    return _Generic(text, source).run()


def sniff(text: str) -> float:
    """A modest score for any list with entries, so that a specific layout that fits wins."""
    lines = split_lines(text)
    for index, line in enumerate(lines):
        item = bullet(line)
        if item is not None and (find_links(item.content) or _ENTRY_HINT_RE.search(item.content)):
            return 0.3
        if is_table_row(line) and index + 1 < len(lines) and is_separator(lines[index + 1]):
            return 0.3
    return 0.05 if any(find_links(line) for line in lines) else 0.0


IMPORTER = register(
    Importer(
        name="generic",
        description="any Markdown awesome list: link bullets in common orders, tables, ref links",
        parse=parse,
        sniff=sniff,
    )
)
