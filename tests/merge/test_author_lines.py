"""Author lines agree when they name the same people as far as both go."""

from __future__ import annotations

from catalogue.ingest.author_lines import agree


def test_a_line_cut_short_or_missing_a_middle_name_agrees() -> None:
    assert agree(("hinton", "vinyals", "dean"), ("hinton",))  # `Hinton et al.`
    assert agree(("hinton", "vinyals", "dean"), ("hinton", "dean"))  # one left out
    assert agree((), ("hinton",))  # nothing to compare


def test_another_first_author_or_another_order_disagrees() -> None:
    assert not agree(("hinton", "vinyals", "dean"), ("vinyals", "dean"))
    assert not agree(("hinton", "vinyals", "dean"), ("hinton", "dean", "vinyals"))
