"""A heading per work whose details are labelled paragraphs below it, not bullets:
``### <a name="x" href="./sets/X">Widget Set</a>`` over ``Homepage: <a href="u">u</a>``,
``Paper: https://…``, a description and ``Task: …`` paragraphs (catalogues of data sets or tools
generated one page per work, grouped under letter headings). Read by ``_headed``."""

from __future__ import annotations

from ._document import Block, Inline
from ._evidence import bare_urls, real_links
from ._labelled import label_end, labelled_link
from ._roles import is_role_label


def labelled_paragraphs(heading: Block, body: list[Block]) -> bool:
    """Below a heading that names a thing (its words, or a link to the list's own page of it:
    no link to the web), paragraphs only, no list or table; one or more of them a short label
    that says what a link is and then only its address (``Homepage: <a href="u">u</a>``,
    ``Code: https://…``, ``Website: <a href="https://x.org/">x.org</a>``), no label twice; the
    other paragraphs links to nowhere else (a description, ``Task: …``, a badge): the work the
    heading names and its links."""
    inline = heading.inline
    if inline is None or heading.level < 2 or real_links(inline) or bare_urls(inline):
        return False
    if len(inline.text.split()) > 12 or not any(c.isalpha() for c in inline.text):
        return False
    if not body or any(b.kind != "paragraph" or b.inline is None for b in body):
        return False
    labels: list[str] = []
    for block in body:
        line = block.inline
        assert line is not None
        if _address_line(line):
            end = label_end(line)
            assert end is not None
            labels.append(line.text[:end].strip(" :：").lower())
            if not is_role_label(labels[-1]):
                # ``**Widget Outlier Datasets**: https://…``: a work named before its address,
                # not the heading's work's homepage, code, paper, …
                return False
        elif real_links(line) or bare_urls(line):
            return False  # a link that names something of its own: not one work's page
    return bool(labels) and len(set(labels)) == len(labels)


def _address_line(line: Inline) -> bool:
    """``Homepage: <a href="u">u</a>``, also the address without its scheme as its label."""
    if labelled_link(line):
        return True
    end = label_end(line)
    links = real_links(line)
    if end is None or len(links) != 1 or bare_urls(line):
        return False
    link = links[0]
    bare = link.url.split("://", 1)[-1].rstrip("/")
    rest = (line.text[end : link.start] + line.text[link.end :]).strip()
    return not rest and link.label.strip().rstrip("/") == bare
