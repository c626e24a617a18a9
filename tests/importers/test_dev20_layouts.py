# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of real lists the importer had not met (owners s-z, helper dev20), written here in our
own words with invented titles and addresses, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


NAME_DASH_TITLE = """\
# Widget normals

## Plane fitting

- **WidgetFit** (Lee et al.) - *Fitting Planes to Noisy Widgets*. SIGGRAPH 1999. [Paper](https://doi.org/10.1145/0000001)
- **Chan et al.** - *Smoothing Gadget Clouds with Jets*. CAGD 2005. [Paper](https://doi.org/10.1016/0000002)
- **Dee and Moss** - *Normals of Sprockets in the Wild*. TVCG 2011. [Paper](https://doi.org/10.1109/0000003) / [Code](https://github.com/dee/sprocket-normals)
- **Gadget Sphere Fitting** (Orr and Park) - *Algebraic Gadget Surfaces*. TOG 2007. [Paper](https://doi.org/10.1145/0000004)
- **WLS** (Levin) – *The Power of Moving Widgets*. Mathematics of Computation 1998. [Paper](https://doi.org/10.1090/0000005)

## Datasets

- **WidgetSet** (2015) - Synthetic widgets for normal estimation. [Dataset](https://widgets.example.org/)
"""


def test_a_bold_name_then_a_dash_then_a_title_in_italics() -> None:
    result = _read(NAME_DASH_TITLE)
    found = [
        (e.entry.title, e.entry.alias, e.entry.authors, e.entry.venue, e.entry.year)
        for e in result.entries
    ]
    assert found == [
        ("Fitting Planes to Noisy Widgets", "WidgetFit", ["Lee"], "SIGGRAPH", 1999),
        ("Smoothing Gadget Clouds with Jets", None, ["Chan"], "CAGD", 2005),
        ("Normals of Sprockets in the Wild", None, ["Dee", "Moss"], "TVCG", 2011),
        ("Algebraic Gadget Surfaces", "Gadget Sphere Fitting", ["Orr", "Park"], "TOG", 2007),
        # one surname alone is no list of names the name reader accepts: no authors, title kept
        ("The Power of Moving Widgets", "WLS", [], "Mathematics of Computation", 1998),
        # no title in italics after the dash: the bold name is the title, as before
        ("WidgetSet", None, [], None, 2015),
    ]
    assert [len(e.entry.links) for e in result.entries] == [1, 1, 2, 1, 1, 1]

