# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts written here (session 8's probe) to find what the generic reader misses on lists
nobody has seen, each failing before its rule. Titles, names and addresses are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


BARE_ADDRESS_PARAGRAPHS = """\
# Widget papers

A curated list of widget papers. For an overview, read the survey at https://arxiv.org/abs/2001.00001 first.

## Papers

Widget Nets for Large Scale Gadget Recognition. https://arxiv.org/abs/2101.00181

Deep Gadget Flows for Detection. Cy Dee. ICML 2021. https://arxiv.org/abs/2102.00182

Towards Robust Widget Embeddings (ICLR 2022) https://openreview.net/forum?id=rwe183

Neural Widget Processes for Segmentation: https://arxiv.org/abs/2104.00184

Gadget Grammar Induction with Widgets, ACL 2021, https://aclanthology.org/2021.acl-long.185

## License

Released under CC0, see https://creativecommons.org/publicdomain/zero/1.0/ for the text.
"""


def test_a_paragraph_of_a_title_and_a_paper_address_written_as_text_is_an_entry() -> None:
    # The address names its paper as a link would; the introduction and licence stay prose.
    assert _found(_read(BARE_ADDRESS_PARAGRAPHS)) == [
        ("Widget Nets for Large Scale Gadget Recognition", ["https://arxiv.org/abs/2101.00181"]),
        ("Deep Gadget Flows for Detection", ["https://arxiv.org/abs/2102.00182"]),
        ("Towards Robust Widget Embeddings", ["https://openreview.net/forum?id=rwe183"]),
        ("Neural Widget Processes for Segmentation", ["https://arxiv.org/abs/2104.00184"]),
        ("Gadget Grammar Induction with Widgets", ["https://aclanthology.org/2021.acl-long.185"]),
    ]


NUMBERED_HEADINGS_OVER_LINKS = """\
# Widget papers

## 2 Methods

### 2.1 Detection

#### 2.1.1 Widget Nets for Large Scale Gadget Recognition

[[paper]](https://arxiv.org/abs/2101.00221) [[code]](https://github.com/ann/wn)

#### 2.1.2. Deep Gadget Flows for Detection

Ann Lee, Bo Chan. CVPR 2021.

[[paper]](https://arxiv.org/abs/2102.00222)

#### 2.1.3 Towards Robust Widget Embeddings

- Paper: [arXiv](https://arxiv.org/abs/2103.00223)
- Code: [GitHub](https://github.com/dan/rwe)

### 2.2 Segmentation

- [Neural Widget Processes for Segmentation](https://arxiv.org/abs/2104.00224), NeurIPS 2021

### 2.3 Tracking

Lee, A. and Chan, B., 2020. Sparse widget attention for tracking. *Widget Journal*, 3(2), pp.1-9. [[PDF]](https://example.org/swa.pdf)
"""


def test_a_numbered_heading_over_links_that_only_say_what_they_are_is_a_work() -> None:
    # Nothing below ``2.1.1 Title`` names a work of its own: the heading is the work, its number
    # no title word. ``2.2 Segmentation`` over a work, ``2.3 Tracking`` over a reference, stay sections.
    assert _found(_read(NUMBERED_HEADINGS_OVER_LINKS)) == [
        ("Widget Nets for Large Scale Gadget Recognition", ["https://arxiv.org/abs/2101.00221", "https://github.com/ann/wn"]),
        ("Deep Gadget Flows for Detection", ["https://arxiv.org/abs/2102.00222"]),
        ("Towards Robust Widget Embeddings", ["https://arxiv.org/abs/2103.00223", "https://github.com/dan/rwe"]),
        ("Neural Widget Processes for Segmentation", ["https://arxiv.org/abs/2104.00224"]),
        ("Sparse widget attention for tracking", ["https://example.org/swa.pdf"]),
    ]  # fmt: skip


HTML_CELL_WORKS_ON_ONE_LINE = """\
# Widget papers

<table>
<tr><th>Topic</th><th>Papers</th></tr>
<tr><td>Detection</td><td><a href="https://arxiv.org/abs/2101.00021">Widget Nets for Large Scale Gadget Recognition</a><br><a href="https://arxiv.org/abs/2102.00022">Deep Gadget Flows for Detection</a></td></tr>
<tr><td>Tracking</td><td><a href="https://arxiv.org/abs/2106.00026">Sparse Widget Attention for Tracking</a> (CVPR 2022)<br><a href="https://arxiv.org/abs/2107.00027">Tracking Gadgets Across Frames</a> (ECCV 2022)</td></tr>
</table>
"""


def test_works_a_br_separates_on_one_line_of_an_html_cell_are_entries_of_their_own() -> None:
    # ``</a><br><a href>``: the second line starts where its link does, not inside it (before,
    # the cell was one line and the row one work holding both links).
    result = _read(HTML_CELL_WORKS_ON_ONE_LINE)
    assert _found(result) == [
        ("Widget Nets for Large Scale Gadget Recognition", ["https://arxiv.org/abs/2101.00021"]),
        ("Deep Gadget Flows for Detection", ["https://arxiv.org/abs/2102.00022"]),
        ("Sparse Widget Attention for Tracking", ["https://arxiv.org/abs/2106.00026"]),
        ("Tracking Gadgets Across Frames", ["https://arxiv.org/abs/2107.00027"]),
    ]
    assert [(e.entry.venue, e.entry.year) for e in result.entries][2:] == [
        ("CVPR", 2022),
        ("ECCV", 2022),
    ]


CHINESE_PUNCTUATION = """\
# 小部件论文列表

## 论文

1. 【论文】[基于小部件的大规模识别方法](https://arxiv.org/abs/2101.00231)（代码：https://github.com/ann/wn）
2. 《Neural Widget Processes for Segmentation》，NeurIPS 2021，[链接](https://arxiv.org/abs/2104.00234)
3. Gadget Grammar Induction with Widgets —— ACL 2021 —— [论文地址](https://aclanthology.org/2021.acl-long.235/)
4. Sparse Widget Attention for Tracking [官方代码](https://github.com/kai/swa) [论文链接](https://arxiv.org/abs/2106.00236)
"""


def test_chinese_punctuation_ends_fields_and_addresses_and_chinese_role_labels_name_no_title() -> (
    None
):
    # ``）`` is no part of an address; ``链接``, ``论文地址``, ``官方代码`` say what a link is;
    # ``《Title》`` is a quoted title; ``——`` sets fields apart as a spaced dash does.
    result = _read(CHINESE_PUNCTUATION)
    assert _found(result) == [
        ("基于小部件的大规模识别方法", ["https://arxiv.org/abs/2101.00231", "https://github.com/ann/wn"]),
        ("Neural Widget Processes for Segmentation", ["https://arxiv.org/abs/2104.00234"]),
        ("Gadget Grammar Induction with Widgets", ["https://aclanthology.org/2021.acl-long.235/"]),
        ("Sparse Widget Attention for Tracking", ["https://github.com/kai/swa", "https://arxiv.org/abs/2106.00236"]),
    ]  # fmt: skip
    assert [(e.entry.venue, e.entry.year) for e in result.entries][1:3] == [
        ("NeurIPS", 2021),
        ("ACL", 2021),
    ]
    assert [e.entry.authors for e in result.entries] == [[], [], [], []]


DETAILS_WITH_LOOSE_LINKS = """\
# Widget papers

## Papers

<details>
<summary>Neural Widget Processes for Segmentation</summary>
<a href="https://arxiv.org/abs/2104.00194">paper</a> <a href="https://github.com/gil/nwp">code</a>
</details>

<details>
<summary><b>Gadget Grammar Induction with Widgets</b></summary>
Ivy Jo, Kai Lu. ACL 2021.<br>
<a href="https://aclanthology.org/2021.acl-long.195.pdf">pdf</a>
</details>

<details>
<summary>Show the figure</summary>
<img src="https://example.org/figure.png">
</details>
"""


def test_links_loose_in_a_details_block_below_its_summary_are_the_summary_work_links() -> None:
    # No ``<p>`` around them, no blank line: the page shows them as a paragraph under the summary.
    result = _read(DETAILS_WITH_LOOSE_LINKS)
    assert _found(result) == [
        ("Neural Widget Processes for Segmentation", ["https://arxiv.org/abs/2104.00194", "https://github.com/gil/nwp"]),
        ("Gadget Grammar Induction with Widgets", ["https://aclanthology.org/2021.acl-long.195.pdf"]),
    ]  # fmt: skip
    assert result.entries[1].entry.authors == ["Ivy Jo", "Kai Lu"]
    assert (result.entries[1].entry.venue, result.entries[1].entry.year) == ("ACL", 2021)


WORKS_IN_DIVS = """\
<div align="center">
<img src="https://example.org/logo.png" width="120"><br>
<b>Awesome Widget Papers</b><br>
A curated list of papers on widgets and gadgets, kept by the widget lab.<br>
<a href="https://awesome.re"><img src="https://awesome.re/badge.svg"></a>
<a href="https://github.com/lab/awesome-widgets/stargazers"><img src="https://img.shields.io/github/stars/lab/awesome-widgets"></a>
</div>

## Papers

<div>
<a href="https://arxiv.org/abs/2101.00391"><b>Widget Nets for Large Scale Gadget Recognition</b></a><br>
Ann Lee, Bo Chan. CVPR 2021.
</div>

<div>
<a href="https://arxiv.org/abs/2102.00392"><b>Deep Gadget Flows for Detection</b></a><br>
Cy Dee. ICML 2021.
</div>
"""


def test_a_work_written_loose_in_a_div_is_an_entry_and_a_header_div_is_none() -> None:
    # The text and links of a <div> outside any <p> are a paragraph, as in a <details>; the
    # list's centred header (a logo, its name, a sentence about it, badges) stays no work.
    result = _read(WORKS_IN_DIVS)
    assert [
        (e.entry.line, e.entry.title, e.entry.authors, e.entry.year) for e in result.entries
    ] == [
        (12, "Widget Nets for Large Scale Gadget Recognition", ["Ann Lee", "Bo Chan"], 2021),
        (17, "Deep Gadget Flows for Detection", ["Cy Dee"], 2021),
    ]
    assert [[x.url for x in e.entry.links] for e in result.entries] == [
        ["https://arxiv.org/abs/2101.00391"],
        ["https://arxiv.org/abs/2102.00392"],
    ]


DEFINITION_LIST = """\
# Widget papers

## Papers

<dl>
<dt><a href="https://arxiv.org/abs/2101.00381">Widget Nets for Large Scale Gadget Recognition</a></dt>
<dd>Ann Lee, Bo Chan. CVPR 2021.</dd>
<dt><a href="https://arxiv.org/abs/2102.00382">Deep Gadget Flows for Detection</a></dt>
<dd>Cy Dee. ICML 2021. <a href="https://github.com/cy/dgf">code</a></dd>
</dl>
"""


def test_a_term_and_its_description_in_an_html_definition_list_are_one_item() -> None:
    result = _read(DEFINITION_LIST)
    assert _found(result) == [
        ("Widget Nets for Large Scale Gadget Recognition", ["https://arxiv.org/abs/2101.00381"]),
        ("Deep Gadget Flows for Detection", ["https://arxiv.org/abs/2102.00382", "https://github.com/cy/dgf"]),
    ]  # fmt: skip
    assert [(e.entry.authors, e.entry.venue, e.entry.year) for e in result.entries] == [
        (["Ann Lee", "Bo Chan"], "CVPR", 2021),
        (["Cy Dee"], "ICML", 2021),
    ]


CODE_NAMES_BEFORE_TITLE_LINKS = """\
# Widget papers

## Papers

- `WidgetNet` [Widget Nets for Large Scale Gadget Recognition](https://arxiv.org/abs/2101.00121) CVPR 2021
- `Deep-GF v2` [Deep Gadget Flows for Detection](https://arxiv.org/abs/2102.00122) ICML 2021
- `ICCV` [Tracking Gadgets Across Frames](https://arxiv.org/abs/2107.00127) 2023
"""


def test_a_short_name_in_code_font_before_a_title_link_is_the_alias() -> None:
    # Before, the code span was the title; a venue in code font stays a tag (the venue).
    result = _read(CODE_NAMES_BEFORE_TITLE_LINKS)
    assert [(e.entry.title, e.entry.alias, e.entry.venue) for e in result.entries] == [
        ("Widget Nets for Large Scale Gadget Recognition", "WidgetNet", "CVPR"),
        ("Deep Gadget Flows for Detection", "Deep-GF v2", "ICML"),
        ("Tracking Gadgets Across Frames", None, "ICCV"),
    ]


ARROWS_AFTER_THE_VENUE = """\
# Widget papers

## Papers

- Widget Nets for Large Scale Gadget Recognition [CVPR 2021] → https://arxiv.org/abs/2101.00371
- Deep Gadget Flows for Detection [ICML 2021] → [paper](https://arxiv.org/abs/2102.00372)
- Towards Robust Widget Embeddings (ICLR 2022) 🔥 [paper](https://arxiv.org/abs/2103.00373)
"""


def test_an_arrow_or_emoji_after_the_venue_in_brackets_leaves_the_venue_out_of_the_title() -> None:
    result = _read(ARROWS_AFTER_THE_VENUE)
    assert [(e.entry.title, e.entry.venue, e.entry.year) for e in result.entries] == [
        ("Widget Nets for Large Scale Gadget Recognition", "CVPR", 2021),
        ("Deep Gadget Flows for Detection", "ICML", 2021),
        ("Towards Robust Widget Embeddings", "ICLR", 2022),
    ]


FOOTNOTE_LINKS = """\
# Widget papers

## Papers

- Widget Nets for Large Scale Gadget Recognition[^1], Ann Lee, Bo Chan. CVPR 2021.
- Deep Gadget Flows for Detection[^2], Cy Dee. ICML 2021.

[^1]: https://arxiv.org/abs/2101.00091
[^2]: https://arxiv.org/abs/2102.00092
"""


def test_a_footnote_mark_linking_the_paper_is_no_word_of_the_authors() -> None:
    # ``[^1]`` resolves to its definition's address: the paper's link, its mark no author text.
    result = _read(FOOTNOTE_LINKS)
    assert [(e.entry.title, e.entry.authors) for e in result.entries] == [
        ("Widget Nets for Large Scale Gadget Recognition", ["Ann Lee", "Bo Chan"]),
        ("Deep Gadget Flows for Detection", ["Cy Dee"]),
    ]
    assert [[x.url for x in e.entry.links] for e in result.entries] == [
        ["https://arxiv.org/abs/2101.00091"],
        ["https://arxiv.org/abs/2102.00092"],
    ]
