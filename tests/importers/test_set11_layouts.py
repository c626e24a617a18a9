"""Layouts met on an eleventh (development) set of public lists (issue 12), each written here in a
few lines of our own: a short-name heading over a bold title, its authors and labelled link
bullets; authors-first items of three lines with related papers nested below them; a blog badge
in a table's paper column; dataset items with bare or scheme-less addresses, and the intro and
category items around them."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _links(result: ImportResult) -> list[dict[str, str]]:
    return [{link.url: str(link.kind) for link in e.entry.links} for e in result.entries]


HEADED_LINK_BULLETS = """\
# Widget Classification Papers

## Papers and code

### WNet
**Very Tall Widget Networks for Large-Scale Gadget Recognition.**<hard>
Ann Lee, Bo Chan
- pdf: [https://arxiv.org/abs/1501.00011](https://arxiv.org/abs/1501.00011)
- code: [official : https://github.com/annlee/wnet](https://github.com/annlee/wnet)
- code: [unofficial-keras : https://github.com/someone/keras-wnet](https://github.com/someone/keras-wnet)

### GadgetNet
**Going Sideways with Gadgets**<hard>
Cy Dee, Ed Fox, Gil Hu
- pdf: [https://arxiv.org/abs/1502.00022](https://arxiv.org/abs/1502.00022)
- code: [unofficial-torch : https://github.com/someone/gadgetnet-torch](https://github.com/someone/gadgetnet-torch)

### Stacked Widget Nets
**Stacking Widgets: Deeper Nets with Shortcuts**<hard>
Ann Lee
- pdf: [https://arxiv.org/abs/1503.00033](https://arxiv.org/abs/1503.00033)
- code: [unofficial-chainer : https://github.com/someone/stacked](https://github.com/someone/stacked)
""".replace("<hard>", "  ")  # a hard line break, as the lists write it


def test_a_short_name_heading_over_a_bold_title_and_labelled_link_bullets_is_one_entry() -> None:
    result = _read(HEADED_LINK_BULLETS)
    found = [(e.kind, e.entry.line, e.entry.title, e.entry.alias) for e in result.entries]
    assert found == [
        ("paper", 5, "Very Tall Widget Networks for Large-Scale Gadget Recognition", "WNet"),
        ("paper", 12, "Going Sideways with Gadgets", "GadgetNet"),
        ("paper", 18, "Stacking Widgets: Deeper Nets with Shortcuts", "Stacked Widget Nets"),
    ]
    assert _links(result)[0] == {
        "https://arxiv.org/abs/1501.00011": "arxiv",
        "https://github.com/annlee/wnet": "code",
        "https://github.com/someone/keras-wnet": "code",
    }
    assert "https://github.com/someone/gadgetnet-torch" in _links(result)[1]
    assert [e.entry.authors for e in result.entries][1] == ["Cy Dee", "Ed Fox", "Gil Hu"]
    assert result.entries[0].entry.year == 2015
