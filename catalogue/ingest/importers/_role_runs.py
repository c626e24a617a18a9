"""A line of one work's links joined by a separator, each labelled only by its role.

A generated catalogue writes a heading per model, a paragraph describing it, then one line of
its links: ``[Paper](https://…) · [GitHub](https://…) · [Details](models/x.md)``, a role it
lacks said in words (``GitHub: no author-linked repository found``), the separator a middle
dot, a bar or a bullet. Below it a figure may stand with its credit line
(``![Name — Figure 1](assets/x.png)`` over ``*Figure 1 · [Source](https://…)*``).
"""

from __future__ import annotations

import re

from ._document import Block, Inline
from ._evidence import real_links
from ._roles import is_role_label

_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+")
# Labels that only say what the link is, beside the role words of ``_roles``.
_ROLE_RE = re.compile(r"(?i)^(?:details?|more|source|docs?|huggingface|hugging face|model card)$")
_NOTE_WORDS = 8
# A role it lacks: ``GitHub: no author-linked repository found``, ``Code: not released``, ``—``.
_NOTE_RE = re.compile(r"^\s*(?:[^\W\d_][\w -]{0,20}:\s|[-–—]+\s*$|n/?a\s*$)", re.IGNORECASE)
# A figure's credit line: ``*Figure 1 · [Source](…)*``, ``Fig. 2. Credit: [Source](…)``.
_CREDIT_RE = re.compile(r"(?i)^\s*(?:fig(?:ure|\.)?|paper figure|image|credit|source)\b")


def _role(label: str) -> bool:
    label = label.strip()
    return is_role_label(label) or bool(_ROLE_RE.match(label))


def role_run(line: Inline) -> bool:
    """``[Paper](…) · GitHub: none found · [Details](…)``: two parts or more joined by a
    separator, each one link labelled by its role and nothing else, or a short note without a
    link; at least one part is a link."""
    links = line.links  # a relative one too (``[Details](models/x.md)``), not taken as the work's
    if not real_links(line) or line.strong:
        return False
    parts, at, linked = 0, 0, 0
    for found in [*_SEPARATOR_RE.finditer(line.text), None]:
        end = found.start() if found else len(line.text)
        inside = [x for x in links if at <= x.start and x.end <= end]
        rest = line.text[at:end]
        if inside:
            if len(inside) > 1 or not _role(inside[0].label):
                return False
            rest = line.text[at : inside[0].start] + line.text[inside[0].end : end]
            if re.search(r"[^\W\d_]", rest):
                return False
            linked += 1
        elif not _note(rest):
            return False
        parts += 1
        at = found.end() if found else end
    return parts >= 2 and linked == len(links)


def _note(text: str) -> bool:
    """A part without a link: a role and what the list says of it, in a few words."""
    found = _NOTE_RE.match(text)
    if found is None or len(text.split()) > _NOTE_WORDS:
        return False
    head = text[: found.end()].strip().rstrip(":")
    return not re.search(r"[^\W\d_]", head) or _role(head)


def figure_credit(body: list[Block], at: int) -> bool:
    """The paragraph at ``at`` is the credit line of the figure right above it."""
    block, above = body[at], body[at - 1] if at else None
    if above is None or above.kind != "paragraph" or above.inline is None:
        return False
    if not above.inline.images or re.search(r"[^\W\d_]", _outside_links(above.inline)):
        return False
    return block.inline is not None and bool(_CREDIT_RE.match(block.inline.text))


def _outside_links(line: Inline) -> str:
    text = list(line.text)
    for x in line.links:
        text[x.start : x.end] = " " * (x.end - x.start)
    return "".join(text)
