# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in set 19e1's lists, written here in our own words, each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _row(url: str, title: str, venue: str) -> str:
    return f"""<tr>
  <td align="left">
    <a href="{url}">
      {title}
    </a>
  </td>
  <td align="center">{venue}</td>
</tr>"""


GAPPED_TABLE = f"""\
# Widget splatting

## Pruning

<table>
<thead>
<tr>
<th align="left">Title</th>
<th align="center">Venue</th>

</tr>
</thead>
<tbody>

{_row("https://arxiv.org/abs/2401.00001", "Pruned Widgets for Fast Splatting", "CVPR")}

{_row("https://arxiv.org/abs/2401.00002", "Gadget Gaussians with Fewer Points", "ECCV")}
{_row("https://arxiv.org/abs/2401.00003", "Sprocket Splats: Compact Scenes", "ICLR")[5:]}
</tbody>
</table>

## After

- [A Paper Below the Table](https://arxiv.org/abs/2401.00009)
"""


def test_an_html_table_with_blank_lines_between_its_tags_is_one_table() -> None:
    result = _read(GAPPED_TABLE)
    found = [(e.entry.title, [str(x.url) for x in e.entry.links]) for e in result.entries]
    assert found == [
        ("Pruned Widgets for Fast Splatting", ["https://arxiv.org/abs/2401.00001"]),
        ("Gadget Gaussians with Fewer Points", ["https://arxiv.org/abs/2401.00002"]),
        # its ``<tr>`` left out: the row starts at its first ``<td>``
        ("Sprocket Splats: Compact Scenes", ["https://arxiv.org/abs/2401.00003"]),
        ("A Paper Below the Table", ["https://arxiv.org/abs/2401.00009"]),
    ]


MARKDOWN_IN_CELLS = """\
# Widgets

<table>
<tr>
<td>

**[Widget Nets for Gadgets](https://arxiv.org/abs/2401.00011)**

</td>
</tr>

<tr>
<td>

**[Sprocket Learning at Scale](https://arxiv.org/abs/2401.00012)**

</td>
</tr>
</table>
"""


def test_markdown_inside_table_cells_keeps_its_blank_lines() -> None:
    titles = [e.entry.title for e in _read(MARKDOWN_IN_CELLS).entries]
    assert titles == ["Widget Nets for Gadgets", "Sprocket Learning at Scale"]


WEIGHTS_BADGES = """\
# Fast video models

| Method | Paper | Code & Weights |
|---|---|---|
| **WidgetVid** | [WidgetVid: Fewer Tokens for Video Widgets](https://arxiv.org/abs/2401.00021) | [![Star](https://img.shields.io/github/stars/ann/widgetvid.svg?style=social)](https://github.com/ann/widgetvid) [![Weights](https://img.shields.io/badge/%F0%9F%A4%97_Weights-FFD21E)](https://huggingface.co/ann/widgetvid-7b) |
| **GadgetClip** | [GadgetClip: Small Clips for Gadgets](https://arxiv.org/abs/2401.00022) | [![Weights](https://img.shields.io/badge/Weights-Drive-4285F4)](https://drive.google.com/drive/folders/abc123) |
| **Sprocket** | [Sprocket Models at the Edge](https://arxiv.org/abs/2401.00023) | [![License](https://img.shields.io/badge/License-MIT-blue)](https://opensource.org/licenses/MIT) |
"""


def test_a_badge_linked_to_model_weights_is_the_works_link() -> None:
    found = [[str(x.url) for x in e.entry.links] for e in _read(WEIGHTS_BADGES).entries]
    assert found == [
        [
            "https://arxiv.org/abs/2401.00021",
            "https://github.com/ann/widgetvid",
            "https://huggingface.co/ann/widgetvid-7b",
        ],
        ["https://arxiv.org/abs/2401.00022", "https://drive.google.com/drive/folders/abc123"],
        ["https://arxiv.org/abs/2401.00023"],  # a licence badge stays decoration
    ]


HEADINGS_IN_ITEMS = """\
# Small networks

## Design

* #### WidgetNets

  ##### 1、[WidgetNet: Tiny Widgets for Phones](https://arxiv.org/abs/2401.00031)

  ##### 2、[WidgetNetV2: Smaller Still](https://arxiv.org/abs/2401.00032)  [github](https://github.com/ann/widgetnet)  (2024)

* #### Others

  ##### 1、 [Distilling Gadgets into Widgets](https://arxiv.org/abs/2401.00033)

  ##### adding...
"""


def test_paper_headings_inside_list_items_are_works() -> None:
    found = [
        (e.entry.title, [str(x.url) for x in e.entry.links], e.entry.section)
        for e in _read(HEADINGS_IN_ITEMS).entries
    ]
    assert [(t, u) for t, u, _ in found] == [
        ("WidgetNet: Tiny Widgets for Phones", ["https://arxiv.org/abs/2401.00031"]),
        (
            "WidgetNetV2: Smaller Still",
            ["https://arxiv.org/abs/2401.00032", "https://github.com/ann/widgetnet"],
        ),
        ("Distilling Gadgets into Widgets", ["https://arxiv.org/abs/2401.00033"]),
    ]


BROKEN_ROWS = """\
# Fast widgets

|Date|Category|Title|Paper|Code|Venue|
|:---:|:---|:---|:---:|:---:|:---:|
|2025.12| Widget distillation |[**WD**] Widget Distillation for Faster Gadgets
 (@Lab)  | [[pdf]](https://arxiv.org/pdf/2512.00041) | soon |arXiv|
|2025.11| Widget caching |[**WC**] Caching Widgets in Long Gadget Chains
 (@Lab)  | [[pdf]](https://arxiv.org/pdf/2511.00042) |[[code]](https://github.com/ann/wc) |ICLR|
|2025.10| Widget pruning |[**WP**] Pruned Widgets at Scale (@Lab) | [[pdf]](https://arxiv.org/pdf/2510.00043) | |arXiv|
"""


def test_a_table_row_broken_inside_a_cell_is_one_row() -> None:
    result = _read(BROKEN_ROWS)
    found = [(e.entry.line, [str(x.url) for x in e.entry.links]) for e in result.entries]
    assert found == [
        (5, ["https://arxiv.org/pdf/2512.00041"]),
        (7, ["https://arxiv.org/pdf/2511.00042", "https://github.com/ann/wc"]),
        (9, ["https://arxiv.org/pdf/2510.00043"]),
    ]


TOOL_SECTIONS = """\
# Widget compression

## Part 1 ：frameworks

### Part 1-1 ：[Widget-Lite](https://widget.example.org/lite)

#### adding...

### Part 1-2 ：[gadgetrt](https://github.com/ann/gadgetrt)

* #### Overview

  ##### Gadgetrt runs widgets fast on small devices.

## Part 2 ：papers

### Part 2-1 ：[Widget Papers](https://github.com/ann/widget-papers)

- [Fast Widgets for Small Gadgets](https://arxiv.org/abs/2401.00051)
"""


def test_a_labelled_heading_linking_a_tool_over_a_section_without_links_is_a_work() -> None:
    found = [(e.entry.line, e.entry.title) for e in _read(TOOL_SECTIONS).entries]
    # A section whose heading links a page but which holds works is a section still.
    assert found == [
        (5, "Widget-Lite"),
        (9, "gadgetrt"),
        (19, "Fast Widgets for Small Gadgets"),
    ]


def test_a_table_never_closed_keeps_the_blank_lines_after_it() -> None:
    text = "# Widgets\n\n<table>\n<tr><td>x</td></tr>\n\n<div>\n\n- [Widget Nets for Gadgets](https://arxiv.org/abs/2401.00061)\n"
    from catalogue.ingest.importers._table_gaps import close_table_gaps

    assert close_table_gaps(text) == text
    assert [e.entry.title for e in _read(text).entries] == ["Widget Nets for Gadgets"]
