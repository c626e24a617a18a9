"""Layouts met in set 19f1's lists, written here in our own words, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[str]:
    return [e.entry.title for e in result.entries]


BOLD_TITLES = """\
# Widgets for Planning

## Papers

### Widget Transformer: Planning via Sequence Widgets

**NeurIPS'21** [[Paper]](https://arxiv.org/abs/2101.00001) [[Code]](https://github.com/ann/widget-transformer)
A work that plans with widgets.

## More

**Gadget Transformers for Offline Widget Learning**
to do

**Can a Sprocket help offline planning?**

**Widget Cloning with One Gadget**

**Sprockets are Sample Efficient Widget Models**

## Notes

**Important**

Some words about the list.
"""


def test_a_run_of_bold_titles_without_links_is_a_run_of_works() -> None:
    result = _read(BOLD_TITLES)
    assert _titles(result) == [
        "Widget Transformer: Planning via Sequence Widgets",
        "Gadget Transformers for Offline Widget Learning",
        "Can a Sprocket help offline planning?",
        "Widget Cloning with One Gadget",
        "Sprockets are Sample Efficient Widget Models",
    ]
    assert [e.entry.line for e in result.entries][1:] == [12, 15, 17, 19]
    assert result.entries[1].entry.links == []


BOLD_SUBHEADINGS = """\
# Widgets

**Widget Detection in the Wild**

- [Fast Widgets](https://arxiv.org/abs/2101.00002)

**Widget Tracking over Time**

- [Tracked Widgets](https://arxiv.org/abs/2101.00003)

**Widget Segmentation for Gadgets**

- [Segmented Widgets](https://arxiv.org/abs/2101.00004)

**Widget Counting in Dense Scenes**

- [Counted Widgets](https://arxiv.org/abs/2101.00005)
"""


def test_bold_lines_each_over_their_works_stay_sub_headings() -> None:
    result = _read(BOLD_SUBHEADINGS)
    assert _titles(result) == [
        "Fast Widgets",
        "Tracked Widgets",
        "Segmented Widgets",
        "Counted Widgets",
    ]
    assert result.entries[0].entry.section == ["Widget Detection in the Wild"]
