"""Probe layouts written here, each failing before its rule: headings numbered by hand
(``### 1. Title``, ``### 2) [Title](…)``) over the work's details; a ``Title:`` label in front of
an item's title; fields set apart by spaced dashes (``Title - Ann Lee, Bo Chan - ICLR 2015``)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


NUMBERED_HEADINGS = """\
# Gadget reading list

## Pruning

### 1. Gadget Pruning at Initialisation

Ada Quill, Ben Rook. ICML 2021. [paper](https://arxiv.org/abs/2101.00001)

### 2) [Structured Gadget Sparsity Without Retraining](https://arxiv.org/abs/2102.00002)

Cleo Vance, Dan Wolfe. NeurIPS 2021.

### 3. Channel Gadgets for Tiny Devices
- Authors: Eve Yates
- Paper: https://arxiv.org/abs/2103.00003
"""


def test_a_number_typed_in_front_of_a_headings_title_is_no_title() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.authors, e.entry.year, [x.url for x in e.entry.links])
        for e in _read(NUMBERED_HEADINGS).entries
    ]
    assert found == [
        (
            5,
            "Gadget Pruning at Initialisation",
            ["Ada Quill", "Ben Rook"],
            2021,
            ["https://arxiv.org/abs/2101.00001"],
        ),
        (
            9,
            "Structured Gadget Sparsity Without Retraining",
            ["Cleo Vance", "Dan Wolfe"],
            2021,
            ["https://arxiv.org/abs/2102.00002"],
        ),
        (
            13,
            "Channel Gadgets for Tiny Devices",
            ["Eve Yates"],
            2021,
            ["https://arxiv.org/abs/2103.00003"],
        ),
    ]


A_LINKED_SECTION_OVER_PROSE = """\
# Gadget tools

### [The Gadget Framework Handbook](https://example.org/handbook)

Ada Quill's handbook, Gadget Press.

### [Gadget Pruning Library For Everyone](https://github.com/ada/gadget-prune)

Ben Rook, Cleo Vance.
"""


def test_a_linked_heading_over_prose_without_a_year_stays_no_paper() -> None:
    # Guard for the rule above: a linked heading needs a dated details line below it.
    assert [e.kind for e in _read(A_LINKED_SECTION_OVER_PROSE).entries if e.kind == "paper"] == []


TITLE_LABELS = """\
## Papers

- Title: Gadget Distillation with Masks<br>
  Authors: Fay Gale, Gus Hale<br>
  Venue: ECCV 2022<br>
  Links: [paper](https://arxiv.org/abs/2204.00004) [code](https://github.com/fay/gdm)
- **Title:** Global Gadget Distillation for Detectors<br>
  **Authors:** Fay Gale et al.<br>
  **Venue:** CVPR 2022<br>
  **Links:** [paper](https://arxiv.org/abs/2205.00005)
"""


def test_a_title_label_in_front_of_an_items_title_is_no_word_of_it() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue, e.entry.year)
        for e in _read(TITLE_LABELS).entries
    ]
    assert found == [
        ("Gadget Distillation with Masks", ["Fay Gale", "Gus Hale"], "ECCV", 2022),
        ("Global Gadget Distillation for Detectors", ["Fay Gale"], "CVPR", 2022),
    ]


DASHED_FIELDS = """\
## Papers

- Gadget Knowledge in a Small Network - Hal Ives, Ida Jones, Jon Kerr - NIPS 2014 Workshop - [Paper](https://arxiv.org/abs/1403.00006)
- Hints for Thin Gadgets – Kim Lowe, Lee Marsh – ICLR 2015 – [Paper](https://arxiv.org/abs/1412.00007)
- MobileGadgets - Efficient Gadget Networks for Phones (CVPR 2018) [Paper](https://arxiv.org/abs/1804.00008)
"""


def test_spaced_dashes_set_a_title_apart_from_its_authors() -> None:
    found = [(e.entry.title, e.entry.authors) for e in _read(DASHED_FIELDS).entries]
    assert found == [
        ("Gadget Knowledge in a Small Network", ["Hal Ives", "Ida Jones", "Jon Kerr"]),
        ("Hints for Thin Gadgets", ["Kim Lowe", "Lee Marsh"]),
        # A dash inside a title with no names after it stays in the title.
        ("MobileGadgets - Efficient Gadget Networks for Phones", []),
    ]
