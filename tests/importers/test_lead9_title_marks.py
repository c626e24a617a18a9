"""Arrows and emoji after a title are cut (``Widget Nets →``, ``Gadget Flows 🔥``), and only
there: the cut is the trailing run of marks and spaces, and a title with a mark inside keeps it.
The rule is checked against a plain character-by-character statement of it, on titles built from
marks, spaces and words, including long runs that once took the pattern seconds (one try per
position)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalogue.ingest.importers._title import _TRAIL_MARKS_RE

MARKS = ["→", "⇒", "➡", "⟶", "➜", "🔥", "📄", "\ufe0f"]


def _is_mark(ch: str) -> bool:
    return bool(_TRAIL_MARKS_RE.fullmatch(ch))


def _by_hand(title: str) -> str:
    """Strip trailing spaces and marks; keep the title whole if no mark was among them."""
    end = len(title)
    while end and (title[end - 1].isspace() or _is_mark(title[end - 1])):
        end -= 1
    tail = title[end:]
    return title[:end] if any(_is_mark(ch) for ch in tail) else title


@given(st.lists(st.sampled_from([*MARKS, " ", "  ", "Widget", "Nets", "x"]), max_size=30))
def test_trailing_marks_are_cut_and_nothing_else(pieces: list[str]) -> None:
    title = "".join(pieces)
    assert _TRAIL_MARKS_RE.sub("", title) == _by_hand(title)


def test_a_long_run_of_marks_before_a_word_is_kept() -> None:
    title = "→ " * 5000 + "Widget"
    assert _TRAIL_MARKS_RE.sub("", title) == title
    assert _TRAIL_MARKS_RE.sub("", "Widget Nets " + "→ " * 5000) == "Widget Nets"
