# ruff: noqa: E501  (list lines are as long as lists write them)
"""More layouts written here to probe the generic reader, each failing before its rule: a heading
over a paragraph of numbered works, IEEE-style volume and pages after a journal, a venue tag in
code font, bold labels on the wrapped lines of an item, a venue badge."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


HEADING_OVER_NUMBERED_LINES = """\
# Sprocket papers

## Searching in Small Spaces

(1) Sprocket Search with Gradients. Mo Nu, Ol Pa. ICLR 2019. [[paper]](https://arxiv.org/abs/1901.00007)
(2) Gadget Search Revisited. Qi Ro. ECCV 2018. [[paper]](https://arxiv.org/abs/1801.00008)
"""


def test_a_heading_over_a_paragraph_of_works_one_per_line_is_no_work_of_its_own() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.year)
        for e in _read(HEADING_OVER_NUMBERED_LINES).entries
    ]
    assert found == [
        (5, "Sprocket Search with Gradients", 2019),
        (6, "Gadget Search Revisited", 2018),
    ]


IEEE_CITATIONS = """\
## Surveys

1) Gil Ho, Ian Jo, "A Survey of Sprocket Learning," *IEEE TPAMI*, vol. 44, no. 2, pp. 1-20, 2022. [Link](https://ieeexplore.ieee.org/document/9000015)
2) Kim Lo, "Cogs in the Wild," *IEEE Transactions on Image Processing*, vol. 30, pp. 100-110, 2021. [Link](https://ieeexplore.ieee.org/document/9000016)
"""


def test_volume_number_and_pages_after_a_journal_are_no_words_of_its_name() -> None:
    found = [(e.entry.title, e.entry.venue, e.entry.year) for e in _read(IEEE_CITATIONS).entries]
    assert found == [
        ("A Survey of Sprocket Learning", "TPAMI", 2022),
        ("Cogs in the Wild", "TIP", 2021),
    ]


CODE_FONT_VENUE = """\
## Depth

- Sprocket Priors for Depth `ICCV 2023` [arXiv](https://arxiv.org/abs/2303.00011)
- Cog Depth with `torch.compile` Tricks [arXiv](https://arxiv.org/abs/2303.00012)
"""


def test_a_venue_in_code_font_after_a_title_is_its_venue() -> None:
    found = [(e.entry.title, e.entry.venue, e.entry.year) for e in _read(CODE_FONT_VENUE).entries]
    assert found == [
        ("Sprocket Priors for Depth", "ICCV", 2023),
        ("Cog Depth with torch.compile Tricks", None, 2023),
    ]


BOLD_LABELLED_LINES = """\
## Tracking

- **Title:** Tracking Sprockets Online
  **Authors:** Ed Fox, Gil Ho
  **Venue:** ICCV 2021
  **Links:** [paper](https://arxiv.org/abs/2106.00023), [code](https://github.com/ed/tso)
- **Title:** Offline Cog Tracking
  **Authors**: Ian Jo
  **Venue**: WACV 2020
  **Links**: [paper](https://arxiv.org/abs/2001.00024)
"""


def test_bold_labels_on_an_items_wrapped_lines_start_fields_of_their_own() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue) for e in _read(BOLD_LABELLED_LINES).entries
    ]
    assert found == [
        ("Tracking Sprockets Online", ["Ed Fox", "Gil Ho"], "ICCV"),
        ("Offline Cog Tracking", ["Ian Jo"], "WACV"),
    ]


VENUE_BADGES = """\
## 2024

| Title | Venue | Code |
|---|---|---|
| [**Gear-of-Thought: Reasoning with Gears**](https://arxiv.org/abs/2401.00031) <br> Ann Lee, Bo Chan | ![](https://img.shields.io/badge/ICLR-2024-blue) | [Github](https://github.com/ann/gear) |
| [**Cogs Are All You Need**](https://arxiv.org/abs/2402.00032) <br> Cy Dee | ![NeurIPS](https://img.shields.io/static/v1?label=NeurIPS&message=2023&color=red) | - |
| [**Sprockets Think Twice**](https://arxiv.org/abs/2403.00033) <br> Ed Fox | ![](https://img.shields.io/badge/Paper-PDF-green) | - |
"""


def test_a_badge_that_names_a_venue_gives_the_venue() -> None:
    found = [(e.entry.title, e.entry.venue, e.entry.year) for e in _read(VENUE_BADGES).entries]
    assert found == [
        ("Gear-of-Thought: Reasoning with Gears", "ICLR", 2024),
        ("Cogs Are All You Need", "NeurIPS", 2023),
        ("Sprockets Think Twice", None, 2024),
    ]


CHINESE_LABELS = """\
## 编织

- 论文：[Weaving Transformers for Looms](https://arxiv.org/abs/2307.00044)　代码：[GitHub](https://github.com/b/weave)
- 论文: [Knitting Priors](https://arxiv.org/abs/2307.00045), 代码: [GitHub](https://github.com/b/knit)
"""


def test_chinese_paper_and_code_labels_are_neither_title_nor_authors() -> None:
    found = [(e.entry.title, e.entry.authors) for e in _read(CHINESE_LABELS).entries]
    assert found == [("Weaving Transformers for Looms", []), ("Knitting Priors", [])]


ONE_INITIALLED_AUTHOR = """\
## Spools

- Spool Attention for Yarn, E. Fox, ICLR 2021. [pdf](https://arxiv.org/abs/2101.00053)
- Tag, Not Rewrite: Editing Spools, ICLR 2021. [pdf](https://arxiv.org/abs/2101.00054)
"""


def test_one_name_with_an_initial_between_a_title_and_its_venue_is_its_author() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue)
        for e in _read(ONE_INITIALLED_AUTHOR).entries
    ]
    assert found == [
        ("Spool Attention for Yarn", ["E. Fox"], "ICLR"),
        ("Tag, Not Rewrite: Editing Spools", [], "ICLR"),
    ]


NUMBER_AS_LABEL = """\
## 2023

- [2301.00061](https://arxiv.org/abs/2301.00061) Thimble Transformers for Sewing
- Pin Cushion Learning. [arXiv:2302.00062](https://arxiv.org/abs/2302.00062)
- [10.1145/3400016](https://doi.org/10.1145/3400016) Gadgets in the Wild
"""


def test_a_link_labelled_with_the_papers_number_is_no_title() -> None:
    found = [
        (e.entry.title, [x.url for x in e.entry.links]) for e in _read(NUMBER_AS_LABEL).entries
    ]
    assert found == [
        ("Thimble Transformers for Sewing", ["https://arxiv.org/abs/2301.00061"]),
        ("Pin Cushion Learning", ["https://arxiv.org/abs/2302.00062"]),
        ("Gadgets in the Wild", ["https://doi.org/10.1145/3400016"]),
    ]


HEADING_OVER_LABELLED_TITLE = """\
## Methods

#### Lathe-Former
- Paper: [Lathe-Former: Turning Transformers](https://arxiv.org/abs/2402.00072)
- Code: https://github.com/lathe/former
- Venue: ICML 2024

#### Chuck-Net
- Paper: [PDF](https://arxiv.org/abs/2403.00073)
- Venue: CVPR 2024
"""


def test_a_short_name_over_a_labelled_title_link_is_the_alias() -> None:
    found = [
        (e.entry.title, e.entry.alias, e.entry.venue)
        for e in _read(HEADING_OVER_LABELLED_TITLE).entries
    ]
    assert found == [
        ("Lathe-Former: Turning Transformers", "Lathe-Former", "ICML"),
        ("Chuck-Net", None, "CVPR"),
    ]


FOLDED_CITATION = """\
## Smelting

- [Smelting Priors](https://arxiv.org/abs/2002.00092) <details><summary>BibTeX</summary>@article{dee2020, title={Smelting Priors}, journal={Widget Letters}, year={2020}}</details>
- [Casting Nets](https://arxiv.org/abs/2002.00093), ICML 2020 <details><summary>Abstract</summary>We cast nets. Ann Lee, Bo Chan.</details>
"""


def test_what_an_items_details_element_folds_away_is_no_field_of_it() -> None:
    found = [
        (e.entry.title, e.entry.venue, e.entry.authors) for e in _read(FOLDED_CITATION).entries
    ]
    assert found == [("Smelting Priors", None, []), ("Casting Nets", "ICML", [])]


FOOTNOTED = """\
## Weaving

- Bobbin Flow[^1] [[paper]](https://arxiv.org/abs/2005.00115)
- Treadle Learning [[paper]](https://arxiv.org/abs/2006.00116)[^note]

[^1]: Oral presentation.
[^note]: Best paper award.
"""


def test_a_footnotes_mark_is_no_word_of_a_title() -> None:
    found = [e.entry.title for e in _read(FOOTNOTED).entries]
    assert found == ["Bobbin Flow", "Treadle Learning"]


CODE_FONT_VENUE_FIRST = """\
### 2019
* 📝 `ICCV` Whittle Networks. [paper](https://arxiv.org/abs/1903.00125)
* `CVPR 2019` Sanding with Attention. [paper](https://arxiv.org/abs/1904.00126)
* `torch.nn` Modules for Carving. [paper](https://arxiv.org/abs/1905.00127)
"""


def test_a_venue_in_code_font_in_front_of_a_title_is_a_tag() -> None:
    found = [(e.entry.title, e.entry.venue) for e in _read(CODE_FONT_VENUE_FIRST).entries]
    assert found == [
        ("Whittle Networks", "ICCV"),
        ("Sanding with Attention", "CVPR"),
        ("torch.nn Modules for Carving", None),
    ]


WORKS_IN_ONE_CELL = """\
| Year | Papers |
|---|---|
| 2021 | [Drill Bits for Deep Learning](https://arxiv.org/abs/2101.00141) (ICML)<br>[Auger Networks](https://arxiv.org/abs/2102.00142) (ICLR) |
| 2020 | [Chuck Priors](https://arxiv.org/abs/2001.00144) (NeurIPS) |
| 2019 | [Brace Nets](https://arxiv.org/abs/1901.00145)<br>[[code]](https://github.com/b/brace) |
"""


def test_a_table_cell_whose_lines_each_name_a_work_gives_one_entry_per_work() -> None:
    found = [
        (e.entry.line, e.entry.title, e.entry.year, [x.url for x in e.entry.links])
        for e in _read(WORKS_IN_ONE_CELL).entries
    ]
    assert found == [
        (3, "Drill Bits for Deep Learning", 2021, ["https://arxiv.org/abs/2101.00141"]),
        (3, "Auger Networks", 2021, ["https://arxiv.org/abs/2102.00142"]),
        (4, "Chuck Priors", 2020, ["https://arxiv.org/abs/2001.00144"]),
        (5, "Brace Nets", 2019, ["https://arxiv.org/abs/1901.00145", "https://github.com/b/brace"]),
    ]


VENUE_IN_THE_TITLE_CELL = """\
| Paper | Year |
|---|---|
| [Chuck Priors for Drills](https://arxiv.org/abs/2001.00144) (ICML) | 2020 |
| Auger Nets for Holes [(MICCAI 2019)](https://arxiv.org/abs/1901.00145) | 2019 |
| [Bit Nets for Holes](https://arxiv.org/abs/2001.00146) (Ann Lee) | 2020 |
"""


def test_a_known_venue_beside_the_title_in_its_cell_is_the_venue() -> None:
    found = [
        (e.entry.title, e.entry.venue, e.entry.year) for e in _read(VENUE_IN_THE_TITLE_CELL).entries
    ]
    assert found == [
        ("Chuck Priors for Drills", "ICML", 2020),
        ("Auger Nets for Holes", "MICCAI", 2019),
        ("Bit Nets for Holes", None, 2020),
    ]
