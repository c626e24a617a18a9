# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts found read wrongly by a reviewer's lists (review11 P1 and R4): a short bold name over a
line of venue and identifier links, and venue-tagged runs that name events rather than works.
Titles and addresses are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


BOLD_NAME_OVER_TAG_LINKS = """\
# Awesome Widget Papers

## Detection
- **Widget DETR: End-to-End Widget Detection**<br>[CVPR 2023](https://openaccess.thecvf.com/content/CVPR2023/html/a.html) · [arXiv 2301.00011](https://arxiv.org/abs/2301.00011)
- **Gadget YOLO**<br>[ICCV 2023](https://openaccess.thecvf.com/content/ICCV2023/html/b.html) · [arXiv 2301.00012](https://arxiv.org/abs/2301.00012)
- **Sprocket RCNN**<br>[ECCV 2022](https://doi.org/10.1007/978-3-031-00000-0_1) | [doi:10.1007/978-3-031-00000-0_1](https://doi.org/10.1007/978-3-031-00000-0_1)
- Cog Tracker<br>[NeurIPS'21](https://proceedings.neurips.cc/paper/2021/hash/c.html), [PDF](https://example.org/cog.pdf)
"""


def test_a_short_bold_name_over_venue_and_id_links_is_the_title() -> None:
    # The line below names where each work is (a venue and year, an identifier, a role): the
    # short name above is the title, not the alias of a title that is not there.
    entries = [e.entry for e in _read(BOLD_NAME_OVER_TAG_LINKS).entries]
    assert [e.title for e in entries] == [
        "Widget DETR: End-to-End Widget Detection",
        "Gadget YOLO",
        "Sprocket RCNN",
        "Cog Tracker",
    ]
    assert [(e.venue, e.year) for e in entries] == [
        ("CVPR", 2023),
        ("ICCV", 2023),
        ("ECCV", 2022),
        ("NeurIPS", 2021),
    ]
    assert [str(x.url) for x in entries[1].links] == [
        "https://openaccess.thecvf.com/content/ICCV2023/html/b.html",
        "https://arxiv.org/abs/2301.00012",
    ]


SHORT_NAME_OVER_TITLE_LINK = """\
# Awesome Widget Papers

- **REGAL**<br>[Regal: Learning Widgets from Few Gadgets](https://arxiv.org/abs/2302.00001) · [CVPR 2023](https://openaccess.thecvf.com/content/CVPR2023/html/r.html)
- **Tiny**<br>[Tiny Widgets at Scale](https://arxiv.org/abs/2302.00002)
"""


def test_a_short_bold_name_over_a_title_link_stays_its_alias() -> None:
    entries = [e.entry for e in _read(SHORT_NAME_OVER_TITLE_LINK).entries]
    assert [(e.title, e.alias) for e in entries] == [
        ("Regal: Learning Widgets from Few Gadgets", "REGAL"),
        ("Tiny Widgets at Scale", "Tiny"),
    ]


EVENT_RUNS = """\
# Awesome Widget Learning

## Tutorials
- Slides: [CVPR 2023 tutorial](https://widgets.example.com/cvpr23.pdf), [ICCV 2023 Tutorial](https://widgets.example.com/iccv23.pdf)
- Talks: [NeurIPS 2022 keynote](https://widgets.example.com/nips22), [ICML 2021 invited talk](https://widgets.example.com/icml21)

## Projects
- Video synthesis: [vid2widget](https://github.com/acme/vid2widget) (NeurIPS'18), [fs-vid2widget](https://github.com/acme/fs) (NeurIPS'19)
"""


def test_venue_tagged_events_are_no_works_of_their_own() -> None:
    titles = [e.entry.title for e in _read(EVENT_RUNS).entries]
    for event in ("tutorial", "Tutorial", "keynote", "invited talk"):
        assert event not in titles
    assert "vid2widget" in titles and "fs-vid2widget" in titles
