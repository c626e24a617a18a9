# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on an eighteenth (development) set of public lists (issue 12), each written here in a
few lines of our own."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, int]]:
    return [(e.entry.title, e.entry.line) for e in result.entries]


NAMES_THEN_TITLE_LINK = """\
# Widget Detection

### 2019
- Lee A, Chan B, Wu C, et al. [Deep widget stacking for small gadgets](https://example.org/stack.pdf)[C]//Proceedings of the Widget Conference. 2019: 10-20.
- Ann Lee, Bo Chan, Cy Wu .[Sparse gadget detection in the wild](https://arxiv.org/pdf/1902.01234) .[J] arXiv preprint arXiv:1902.01234.
- 【WNet】Ann Lee, Bo Chan .[WNet: Widget networks for tiny faces](https://arxiv.org/pdf/1903.01234) .[J] arXiv preprint arXiv:1903.01234.<br>[code: [lee/wnet](https://github.com/lee/wnet)]
- Dora Kim .[Comparing widget and gadget techniques](https://arxiv.org/pdf/1904.01234) .[J] arXiv preprint arXiv:1904.01234.
- Ann Lee, Bo Chan. [Learning small widgets](https://arxiv.org/abs/1905.01234). ICML 2019.
- Deep Learning. [A primer on widget nets](https://example.org/primer.pdf)
"""


def test_names_before_a_title_link_are_its_authors_and_the_link_its_title() -> None:
    result = _read(NAMES_THEN_TITLE_LINK)
    assert _found(result) == [
        ("Deep widget stacking for small gadgets", 4),
        ("Sparse gadget detection in the wild", 5),
        ("WNet: Widget networks for tiny faces", 6),
        ("Comparing widget and gadget techniques", 7),
        ("Learning small widgets", 8),
        ("Deep Learning", 9),  # a phrase no name reads like: no author list, as before
    ]
    authors = [e.entry.authors for e in result.entries]
    # Vancouver/GB-T names (surname, then initials) are turned round since bf38163, as the
    # corpus writes authors: given names first.
    assert authors[0] == ["A. Lee", "B. Chan", "C. Wu"]
    assert authors[1] == ["Ann Lee", "Bo Chan", "Cy Wu"]
    assert authors[3] == ["Dora Kim"]
    assert authors[4] == ["Ann Lee", "Bo Chan"]
    assert authors[5] == []
    assert (result.entries[4].entry.venue, result.entries[4].entry.year) == ("ICML", 2019)
    # The document-kind mark after the title link (``.[J]``) leaves the venue after it readable.
    assert (result.entries[1].entry.venue, result.entries[1].entry.note) == ("arXiv", None)
    assert sorted(link.url for link in result.entries[2].entry.links) == [
        "https://arxiv.org/pdf/1903.01234",
        "https://github.com/lee/wnet",
    ]


QUOTED_PAPER_HEADINGS = """\
## 3. ICCV2021

- **Widget re-identification**

> #### 1) *"Joint Widget Adaptation for Cross-Domain Gadget Search"* [[paper](https://example.org/w1.pdf)]
> #### 2) *"Appearance-Preserving Widget Convolution"* [[paper](https://example.org/w2.pdf)] [[github](https://github.com/ann/w2)]

- **Gadget search**
> #### 1) *"Online Multi-modal Gadget Search in Videos"* [[paper](https://example.org/g1.pdf)]


---

## 4. CVPR2021

> #### 1) *"Counting Widgets Under Occlusion"* [[paper](https://example.org/c1.pdf)]
> #### 2) *"Gadget Search by Natural Language"* [[paper](https://example.org/c2.pdf)]
"""


def test_headings_in_a_quote_that_carry_their_papers_links_are_entries() -> None:
    result = _read(QUOTED_PAPER_HEADINGS)
    assert _found(result) == [
        ("Joint Widget Adaptation for Cross-Domain Gadget Search", 5),
        ("Appearance-Preserving Widget Convolution", 6),
        ("Online Multi-modal Gadget Search in Videos", 9),
        ("Counting Widgets Under Occlusion", 16),
        ("Gadget Search by Natural Language", 17),
    ]
    assert sorted(link.url for link in result.entries[1].entry.links) == [
        "https://example.org/w2.pdf",
        "https://github.com/ann/w2",
    ]


HEADING_PER_TOOL = """\
## Images

#### - [Widgetron](https://github.com/ann/widgetron) ![](https://img.shields.io/github/stars/ann/widgetron.svg?style=social) - is a library that bends widgets into new shapes for training.

It has these parts:

| **Part** | **What** |
|---|---|
| [widgetron.bend](https://widgetron.example.org/bend.html) | bends widgets |
| [widgetron.twist](https://widgetron.example.org/twist.html) | twists widgets |

![widgetron](https://example.org/widgetron.gif)

#### - [gadgetaug](https://github.com/bo/gadgetaug) ![](https://img.shields.io/github/stars/bo/gadgetaug.svg?style=social) - this package adds noise, blur and crops to gadget photos:
* Blur()
* Crop()

#### - [Mixing Gadgets](https://github.com/cy/mixing) ![](https://img.shields.io/github/stars/cy/mixing.svg?style=social) - the official code of the paper on mixing gadgets.
[[Project]](https://cy.example.org/mixing/) [[Paper]](https://arxiv.org/abs/2001.00111)
"""


def test_a_heading_per_tool_with_its_description_and_notes_below_is_one_entry() -> None:
    result = _read(HEADING_PER_TOOL)
    found = [(e.entry.title, e.entry.line, e.entry.end_line) for e in result.entries]
    assert found == [("Widgetron", 3, 12), ("gadgetaug", 14, 16), ("Mixing Gadgets", 18, 19)]
    assert sorted(link.url for link in result.entries[2].entry.links) == [
        "https://arxiv.org/abs/2001.00111",
        "https://cy.example.org/mixing/",
        "https://github.com/cy/mixing",
    ]


SITES_AMONG_WORKS = """\
# Awesome Widgets

## Papers

1.  [Learning Deep Widgets for Gadget Retrieval](http://example.org/widgets.pdf)
2. [Widget images are easy to spot... for now](http://example.org/spot.pdf)

### WebSites

1.  [widgets.net](http://widgets.net/)
2.  [gadgets.stanford.edu](http://gadgets.stanford.edu/)
3.  [www.cs.example.edu/widget-lab...](https://www.cs.example.edu/widget-lab/people/)
4.  [gadgetnet.org](http://gadgetnet.org/) - a library of gadget models with a web demo.
"""


def test_a_website_named_by_its_own_address_is_no_work() -> None:
    result = _read(SITES_AMONG_WORKS)
    assert _found(result) == [
        ("Learning Deep Widgets for Gadget Retrieval", 5),
        ("Widget images are easy to spot... for now", 6),  # an ellipsis ends no sentence
        ("gadgetnet.org", 13),  # what it is said: a tool, not just an address
    ]
    assert [(s.line, s.reason) for s in result.skipped if s.line in (10, 11, 12)] == [
        (10, "a website named by its address"),
        (11, "a website named by its address"),
        (12, "a website named by its address"),
    ]
