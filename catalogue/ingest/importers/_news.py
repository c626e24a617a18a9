"""News written as list items: a date, then what happened to the list or a paper (``[Mar. 28th]
The official AAAI 2024 paper list is released!``, ``2023.06.29 - Paper v4 released: …``).

Lists keep such items above their papers, often folded away, and under headings that do not say
"News" (``<summary>Click to see more</summary>``). An item that starts with a date, says what
was released, updated or added, and links no paper is news, not a work; a dated item with a
paper's link or identifier (``[2023.05] [Title](https://arxiv.org/…)``) stays an entry.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # ``Mar.``, ``March``
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?:19|20)\d{{2}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}})?"
    rf"|{_MONTH}\s*{_DAY}(?:,?\s*(?:19|20)\d{{2}})?"
    rf"|{_DAY}\s+{_MONTH}(?:,?\s*(?:19|20)\d{{2}})?)"
)
_DATED_RE = re.compile(rf"^\W{{0,4}}[\[(【]?\s*{_DATE}\s*[\])】]?\s*[-:：]?\s", re.IGNORECASE)
_HAPPENED_RE = re.compile(
    r"\b(?:released?|updated?|added|summari[sz]ed|launched|announced|is out|are out|fixed"
    r"|fix typos|initial version)\b",
    re.IGNORECASE,
)


# ``- [News] The translation is available on [Zhihu](…)``: an item the list marks as news.
_NEWS_TAG_RE = re.compile(r"^\W{0,4}[\[(【]\s*(?:news|update|updates)\s*[\])】]", re.IGNORECASE)


def news_item(text: str) -> bool:
    """Whether an entry's text starts with a date and says what happened, or with a ``[News]``
    tag (see the module)."""
    if _NEWS_TAG_RE.match(text):
        return True
    return bool(_DATED_RE.match(text)) and bool(_HAPPENED_RE.search(text))


# ``was Online``, ``was Accepted by CVPR 2025``, ``was Updated``, ``Project Started``: what
# happened to a paper of the list's authors, said as an event.
_EVENT_RE = re.compile(
    r"\b(?:(?:is|was|were|are|been|got|get)\s+(?:online|accepted|published|available)"
    r"|(?:was|were|has been|have been)\s+(?:updated|released|extended)"
    r"|accepted\s+(?:by|to|at|in)|started)\b",
    re.IGNORECASE,
)


def dated_event(text: str) -> bool:
    """An item that starts with a date and tells what happened to a paper or the list as an event
    (``2025.04.02: The Paper of WidgetNet was Online ([arXiv](…))``, ``… Project Started``):
    news, though it links the paper (``[Jan. 3rd] Widgets Are Released Early [[Paper]](…)``,
    a title that says released, stays a work)."""
    return bool(_DATED_RE.match(text)) and bool(_EVENT_RE.search(text))
